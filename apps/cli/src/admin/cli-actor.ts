/** Who the audit trail records for changes made from the command line. */
import { type OrgActor, systemActor } from '@vigil/server';

/**
 * The CLI acting in one organization. Whoever can open the database already holds every power, so
 * the CLI acts with the owner's rules; the audit trail records it as `system:cli`.
 */
export function cliActor(orgId: string): OrgActor {
  return { ...systemActor('system:cli'), orgId, role: 'owner' };
}
