/** The people domain's part of every sweep, run in its transaction (see `SweepFollower` in context.ts). */

import type { Db } from '@vigil/db';
import { ACCOUNT_TYPES } from '@vigil/monitoring';
import type { SweepFacts } from '../context.ts';
import { alertOverdueAccounts, followAccountSweep } from './offboarding.ts';
import { completeEnrolledDevices } from './onboarding.ts';
import { followRosterSweep } from './roster-sync.ts';

/**
 * After a roster sweep the register follows the roster; after an account sweep leavers' accounts are
 * measured; after a device sweep enrolled devices complete onboarding. Every sweep is also the tick
 * that sends overdue offboarding alerts (once each).
 */
export async function followSweep(tx: Db, sweep: SweepFacts): Promise<void> {
  await followRosterSweep(tx, sweep);
  if (sweep.types.some((t) => ACCOUNT_TYPES.includes(t)) || sweep.types.includes('hr.employee')) {
    await followAccountSweep(tx, sweep);
  }
  if (sweep.types.includes('endpoint.device')) await completeEnrolledDevices(tx, sweep.orgId, sweep.now);
  await alertOverdueAccounts(tx, sweep.orgId, sweep.now);
}
