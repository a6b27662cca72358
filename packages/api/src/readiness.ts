/**
 * The readiness API: the assessment as it stands now (scores per category and criterion, and the gaps
 * with what to do next), and the dated, hashed snapshots taken of it with their exports.
 */
import { ReadinessAreaSchema } from '@vigil/core/readiness-assessment';
import { z } from 'zod';
import { IsoDateSchema, itemsOf, NoBodySchema } from './common.ts';
import { defineRoute } from './route.ts';

const tag = 'readiness';
const read = { permission: 'readiness.read' } as const;
const take = { permission: 'readiness.take' } as const;

export const ReadinessGapSchema = z.object({
  area: ReadinessAreaSchema,
  action: z.string(),
  link: z.string(),
});

export const CriterionReadinessSchema = z.object({
  id: z.string(),
  title: z.string(),
  score: z.number(),
  requirementsMet: z.number(),
  requirements: z.number(),
  controls: z.number(),
  policies: z.number(),
  gaps: z.array(ReadinessGapSchema),
});

export const ReadinessAssessmentSchema = z.object({
  score: z.number(),
  categories: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      score: z.number(),
      criteria: z.array(CriterionReadinessSchema),
    }),
  ),
  gaps: z.array(ReadinessGapSchema.extend({ criteria: z.array(z.string()) })),
});
export type ReadinessAssessmentBody = z.infer<typeof ReadinessAssessmentSchema>;

export const ReadinessSnapshotSchema = z.object({
  id: z.string(),
  takenOn: IsoDateSchema,
  takenAt: z.string(),
  takenByName: z.string(),
  score: z.number(),
  gapCount: z.number(),
  contentSha256: z.string(),
});
export type ReadinessSnapshot = z.infer<typeof ReadinessSnapshotSchema>;

export const ReadinessSnapshotDetailSchema = ReadinessSnapshotSchema.extend({
  /** The canonical JSON the hash was computed over, exactly as stored. */
  content: z.string(),
  assessment: ReadinessAssessmentSchema,
});
export type ReadinessSnapshotDetail = z.infer<typeof ReadinessSnapshotDetailSchema>;

const SnapshotParams = z.object({ snapshotId: z.string().uuid('must be a snapshot id') });

export const readinessRoutes = {
  current: defineRoute({
    method: 'GET',
    path: '/api/readiness',
    access: read,
    tag,
    summary: 'The readiness assessment as it stands now: scores per category and criterion, and the gaps',
    responses: { 200: ReadinessAssessmentSchema },
  }),
  snapshots: defineRoute({
    method: 'GET',
    path: '/api/readiness/snapshots',
    access: read,
    tag,
    summary: 'Readiness snapshots taken, newest first',
    responses: { 200: itemsOf(ReadinessSnapshotSchema) },
  }),
  take: defineRoute({
    method: 'POST',
    path: '/api/readiness/snapshots',
    access: take,
    tag,
    summary: 'Take a readiness assessment: a dated snapshot whose SHA-256 joins the audit chain',
    body: NoBodySchema,
    responses: { 201: ReadinessSnapshotSchema },
  }),
  snapshot: defineRoute({
    method: 'GET',
    path: '/api/readiness/snapshots/:snapshotId',
    access: read,
    tag,
    summary: 'One readiness snapshot with the assessment it froze',
    params: SnapshotParams,
    responses: { 200: ReadinessSnapshotDetailSchema },
  }),
  snapshotPdf: defineRoute({
    method: 'GET',
    path: '/api/readiness/snapshots/:snapshotId/readiness.pdf',
    access: read,
    tag,
    summary: 'A readiness snapshot as PDF',
    params: SnapshotParams,
    file: 'application/pdf',
    responses: { 200: null },
  }),
  snapshotXlsx: defineRoute({
    method: 'GET',
    path: '/api/readiness/snapshots/:snapshotId/readiness.xlsx',
    access: read,
    tag,
    summary: 'A readiness snapshot as a spreadsheet',
    params: SnapshotParams,
    file: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    responses: { 200: null },
  }),
};
