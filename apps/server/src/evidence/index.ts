/** What other domains use of evidence: recording it (connectors) and expiry (monitoring). */
export { expiredEvidenceByControl, todayUtc } from './evidence.queries.ts';
export { recordEvidence } from './evidence-recorder.ts';
