/** What other domains use of evidence: recording it (connectors), expiry and validity (monitoring, dashboard). */
export {
  evidenceExpiry,
  expiredEvidenceByControl,
  todayUtc,
  validEvidenceByControl,
} from './evidence.queries.ts';
export { recordEvidence } from './evidence-recorder.ts';
