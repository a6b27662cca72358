/**
 * When a control counts as met for readiness: the rule that ties a control's stated status to what
 * its evidence and checks show, so readiness follows the evidence rather than what someone typed.
 */
import type { ControlStatus } from '@vigil/core/vocabulary';
import type { ControlMonitoringStatus } from './control-status.ts';

export interface ControlReadinessInput {
  status: ControlStatus;
  applicable: boolean;
  /** The worst health of its checks (`monitoringSnapshot` on the server). */
  monitoring: ControlMonitoringStatus;
  /** Linked evidence that is current: not superseded and not past its renew-by date. */
  currentEvidence: number;
}

/** True when the monitoring status means a check of the control is failing or in error. */
export const hasFailingChecks = (monitoring: ControlMonitoringStatus): boolean =>
  monitoring === 'failing' || monitoring === 'error';

/**
 * A control is met only when it is applicable and implemented, it has current evidence or passing
 * automated checks, and none of its checks is failing or in error.
 */
export function controlMet(c: ControlReadinessInput): boolean {
  if (!c.applicable || c.status !== 'implemented') return false;
  if (hasFailingChecks(c.monitoring)) return false;
  return c.monitoring === 'passing' || c.currentEvidence > 0;
}
