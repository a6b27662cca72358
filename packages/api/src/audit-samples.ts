/**
 * Populations and samples inside an engagement (issue 14): populations produced from Vigil's own
 * data or uploaded as CSV, each with its completeness record; one reproducible sample per control
 * and population (docs/sampling.md), its per-item results, verification and the files
 * `vigil sample verify` reads. The organization's sample size table lives here too.
 */
import { z } from 'zod';
import { itemsOf } from './common.ts';
import { defineRoute } from './route.ts';

const tag = 'audit-samples';
const read = { permission: 'audit_work.read' } as const;
const test = { permission: 'audit_work.test' } as const;

/** The populations Vigil can produce for an engagement's window from data it already has. */
export const POPULATION_KINDS = [
  'changes',
  'check_failures',
  'incidents',
  'policy_acceptances',
  'new_hires',
  'terminations',
  'access_reviews',
  'vulnerability_remediations',
  'vendor_reviews',
  'recurring_activities',
] as const;
export const PopulationKindSchema = z.enum(POPULATION_KINDS);
export type PopulationKind = z.infer<typeof PopulationKindSchema>;

const text = (max: number) => z.string().trim().max(max);

export const ProducePopulationSchema = z.strictObject({ kind: PopulationKindSchema });

export const UploadPopulationSchema = z.strictObject({
  name: text(300).min(1, 'name the population'),
  source: text(2000).min(1, 'say where the rows come from'),
  fileName: text(300).min(1, 'name the file'),
  text: z.string().max(8_000_000),
  idColumn: text(300).min(1, 'name the column holding each row’s id'),
  timeColumn: text(300).min(1, 'name the column holding when each row happened'),
});

export const DrawSampleSchema = z.strictObject({
  controlId: z.string().uuid(),
  override: z.strictObject({ size: z.number().int().min(0), reason: z.string().max(2000) }).optional(),
});

export const SampleResultInputSchema = z.strictObject({
  itemKey: z.string().min(1).max(1000),
  result: z.enum(['pass', 'exception']),
  note: text(5000).default(''),
});

export const SampleItemSchema = z.object({
  key: z.string(),
  occurredAt: z.string(),
  attributes: z.record(z.string(), z.string()),
  result: z.enum(['pass', 'exception']).nullable(),
  note: z.string(),
  recordedByName: z.string().nullable(),
  recordedAt: z.string().nullable(),
});

export const AuditSampleSchema = z.object({
  id: z.string(),
  populationId: z.string(),
  controlId: z.string(),
  controlCode: z.string(),
  controlTitle: z.string(),
  seed: z.string(),
  size: z.number().int(),
  basis: z.enum(['frequency', 'events', 'override']),
  /** Why this many items, in words. */
  basisWords: z.string(),
  overrideReason: z.string().nullable(),
  drawnByName: z.string().nullable(),
  drawnAt: z.string(),
  items: z.array(SampleItemSchema),
});
export type AuditSample = z.infer<typeof AuditSampleSchema>;

export const AuditPopulationSchema = z.object({
  id: z.string(),
  kind: z.string(),
  name: z.string(),
  source: z.string(),
  query: z.string(),
  ranAt: z.string(),
  rowCount: z.number().int(),
  sha256: z.string(),
  createdByName: z.string().nullable(),
  samples: z.array(AuditSampleSchema),
});
export type AuditPopulation = z.infer<typeof AuditPopulationSchema>;

export const SampleSizePreviewSchema = z.object({
  size: z.number().int(),
  basis: z.enum(['frequency', 'events']),
  words: z.string(),
});

export const SampleVerificationSchema = z.object({
  matches: z.boolean(),
  /** The first thing that differs, in words, or null. */
  difference: z.string().nullable(),
});

export const SampleSizeTableSchema = z.strictObject({
  byFrequency: z.strictObject({
    annual: z.number(),
    quarterly: z.number(),
    monthly: z.number(),
    weekly: z.number(),
    daily: z.number(),
    several_times_a_day: z.number(),
  }),
  eventBands: z.array(z.strictObject({ minItems: z.number(), size: z.number() })).max(20),
});
export const SampleSizeTableViewSchema = SampleSizeTableSchema.extend({ isDefault: z.boolean() });

const base = '/api/engagements/:engagementId';
const engagementParams = z.object({ engagementId: z.string() });
const populationParams = z.object({ engagementId: z.string(), populationId: z.string() });
const sampleParams = z.object({ engagementId: z.string(), sampleId: z.string() });

export const auditSampleRoutes = {
  listPopulations: defineRoute({
    method: 'GET',
    path: `${base}/populations`,
    access: read,
    tag,
    summary: 'Populations of an engagement with their completeness records and samples',
    params: engagementParams,
    responses: { 200: itemsOf(AuditPopulationSchema) },
  }),
  produce: defineRoute({
    method: 'POST',
    path: `${base}/populations`,
    access: test,
    tag,
    summary: "Produce a population for the engagement's period from Vigil's own data",
    params: engagementParams,
    body: ProducePopulationSchema,
    responses: { 201: AuditPopulationSchema },
  }),
  upload: defineRoute({
    method: 'POST',
    path: `${base}/populations/upload`,
    access: test,
    tag,
    summary: 'Upload a population as CSV, naming its id and time columns and its source',
    params: engagementParams,
    body: UploadPopulationSchema,
    maxJsonBytes: 10_000_000,
    responses: { 201: AuditPopulationSchema },
  }),
  populationFile: defineRoute({
    method: 'GET',
    path: `${base}/populations/:populationId/population.jsonl`,
    access: read,
    tag,
    summary: 'The population file, as `vigil sample verify --population` reads it',
    params: populationParams,
    file: 'application/x-ndjson',
    responses: { 200: null },
  }),
  sizePreview: defineRoute({
    method: 'GET',
    path: `${base}/populations/:populationId/sample-size`,
    access: read,
    tag,
    summary: "The sample size the organization's table gives for a control, and why",
    params: populationParams,
    query: z.strictObject({ controlId: z.string().uuid().optional() }),
    responses: { 200: SampleSizePreviewSchema },
  }),
  draw: defineRoute({
    method: 'POST',
    path: `${base}/populations/:populationId/samples`,
    access: test,
    tag,
    summary: 'Draw the sample for a control (once: a second draw is refused)',
    params: populationParams,
    body: DrawSampleSchema,
    responses: { 201: AuditSampleSchema },
  }),
  sampleFile: defineRoute({
    method: 'GET',
    path: `${base}/samples/:sampleId/sample.json`,
    access: read,
    tag,
    summary: 'The recorded sample, as `vigil sample verify --sample` reads it',
    params: sampleParams,
    file: 'application/json',
    responses: { 200: null },
  }),
  verify: defineRoute({
    method: 'GET',
    path: `${base}/samples/:sampleId/verify`,
    access: read,
    tag,
    summary: 'Redraw a stored sample from its stored population and seed',
    params: sampleParams,
    responses: { 200: SampleVerificationSchema },
  }),
  recordResult: defineRoute({
    method: 'PUT',
    path: `${base}/samples/:sampleId/results`,
    access: test,
    tag,
    summary: 'Record pass or exception, with a note, for one drawn item',
    params: sampleParams,
    body: SampleResultInputSchema,
    responses: { 200: AuditSampleSchema },
  }),
  getSizeTable: defineRoute({
    method: 'GET',
    path: '/api/sample-sizes',
    access: { permission: 'audit_work.read' },
    tag,
    summary: "The organization's sample size table",
    responses: { 200: SampleSizeTableViewSchema },
  }),
  putSizeTable: defineRoute({
    method: 'PUT',
    path: '/api/sample-sizes',
    access: { permission: 'engagements.manage' },
    tag,
    summary: "Change the organization's sample size table",
    body: SampleSizeTableSchema,
    responses: { 200: SampleSizeTableViewSchema },
  }),
};
