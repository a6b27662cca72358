/**
 * The Vigil server as a library: the one entry the CLI, the benchmarks and scripts import.
 * Everything else under src/ is the server's own; the CLI importing past this file fails the check.
 */

// Access reviews: starting a campaign (the benchmark)
export { createCampaign } from './access-reviews/campaign-starter.ts';
export { linkPeopleToMembers } from './accounts/index.ts';
// The app
export { buildApp } from './app.ts';
// Audit trail: actors, recording, the hash chain and its signed checkpoints
export type { Actor, OrgActor } from './audit/actor.ts';
export { systemActor } from './audit/actor.ts';
export { recordAudit } from './audit/audit-recorder.ts';
export type { ChainVerification } from './audit/chain-verifier.ts';
export { verifyOrgChain } from './audit/chain-verifier.ts';
export type { PublishReport } from './audit/checkpoints.ts';
export {
  checkAgainstCheckpoints,
  currentCheckpoints,
  publishCheckpoints,
  storedCheckpoints,
} from './audit/checkpoints.ts';
// The audit package: built from the database, verified from the file alone
export * from './audit-package/index.ts';
export { changePopulationOf } from './changes/index.ts';
// Settings
export { serverConfigFromEnv } from './config.ts';
// Connectors: file imports, importer detection, live collection and the job queue
export { importFile } from './connectors/connector-runner.ts';
export { ARCHIVE_MAX_ENTRIES, unpackArchiveFile } from './connectors/connector-upload.ts';
export { detectFileImporter, readableFormats } from './connectors/importer-detection.ts';
export { SweepQueue } from './connectors/jobs/sweep-queue.ts';
export { CollectorInputError, parseCollectorInput, runLiveCollection } from './connectors/live-collection.ts';
export type { RunnerEnv } from './connectors/runner-types.ts';
// What route modules and commands share
export type { App, AppContext } from './context.ts';
// Controls and engagements
export { adoptControlLibrary } from './controls/control-adopter.ts';
export { openEngagement } from './engagements/engagements.service.ts';
// Evidence: recording, listing and verification
export { listEvidence } from './evidence/evidence.queries.ts';
export { recordEvidence } from './evidence/evidence-recorder.ts';
export type { EvidenceProblem } from './evidence/evidence-verifier.ts';
export { verifyEvidenceAgainstChain, verifyEvidenceBlobs } from './evidence/evidence-verifier.ts';
// Monitoring: the registry, sweeps, run records and liveness, effectiveness
export { engagementEffectiveness } from './monitoring/effectiveness.service.ts';
export type { AnyCheck, MonitoringRegistry } from './monitoring/registry.ts';
export { collectorIn, defaultRegistry, importerIn } from './monitoring/registry.ts';
export { INTERRUPTED_MESSAGE } from './monitoring/run-liveness.ts';
export type { SweepProgress } from './monitoring/run-recorder.ts';
export type { SweepResult } from './monitoring/sweep.ts';
export { runSweep, SweepFailed, SweepInputError } from './monitoring/sweep.ts';
// Organizations
export { createOrganization } from './organizations/organization-creator.ts';
// OSCAL export (vigil oscal export)
export { exportEngagementOscal, exportOrgOscal } from './oscal/index.ts';
// Policies: the acceptance matrix (bench/policies)
export { acceptanceMatrix, matrixCsv } from './policies/policy-matrix.ts';
// Keys and secrets
export type { CheckpointKey } from './security/checkpoint-key.ts';
export { checkpointPublicKey, deriveCheckpointKey } from './security/checkpoint-key.ts';
export { hashPassword } from './security/passwords.ts';
export { hashToken, loadMasterKey, masterKeyFromEnv, randomToken } from './security/secrets.ts';
// Starting the server
export { startServer } from './server.ts';
export { shippedRegistry } from './shipped-registry.ts';
// Storage: the sealed blob and evidence stores, opened from settings
export type { BlobStore } from './storage/blob-store.ts';
export type { EvidenceStore } from './storage/evidence-store.ts';
export type { EvidenceStoreSettings } from './storage/store-config.ts';
export { evidenceSettingsFromEnv, openBlobStore, openEvidenceStore } from './storage/store-config.ts';
// Tokens and members
export { issueToken, revokeToken } from './tokens/token-issuer.ts';
export { removeMembership, updateMembership } from './users/membership-editor.ts';
export { listMembers } from './users/users.queries.ts';
export { slaReport } from './vulnerabilities/sla-report.ts';
