/**
 * What other domains use of monitoring (connectors): the registry, sweeps, run recording and
 * liveness, the alert outbox, the coverage kept and the account checks re-run when a connector retires; the per-control
 * monitoring snapshot (dashboard).
 */
export { reevaluateAfterRetirement, reevaluateLeavers } from './account-lookup.ts';
export { monitoringSnapshot } from './control-status.ts';
export { refreshCoverage } from './coverage-store.ts';
export { engagementEffectiveness } from './effectiveness.service.ts';
export { getRun } from './monitoring.queries.ts';
export { getCheckDetail } from './monitoring.service.ts';
export type { AnyCheck, MonitoringRegistry } from './registry.ts';
export {
  AUTO_DETECT_KIND,
  checksForOrg,
  collectorIn,
  detectIn,
  importerIn,
  registryOf,
  typesOfKind,
} from './registry.ts';
export type { RunLiveness } from './run-liveness.ts';
export { failDeadRuns, runLivenessFromEnv, watchDeadRuns } from './run-liveness.ts';
export type { SweepProgress } from './run-recorder.ts';
export type { SweepResult } from './sweep.ts';
export { runSweep, SweepFailed, SweepInputError } from './sweep.ts';
export type { OutboxRow } from './sweep-alerts.ts';
export { controlsOfCheck, insertOutbox, loadControlLinks, rowsForControls } from './sweep-alerts.ts';
export { sweepLockKey } from './sweep-lock.ts';
