/** The audit trail API: browse, export and verify the organization's hash-chained trail. */
import { SignedCheckpointSchema } from '@vigil/core/checkpoint-format';
import { z } from 'zod';
import { defineRoute } from './route.ts';

/** Which events to show; every field narrows the trail further. */
export const AuditFilterSchema = z.strictObject({
  action: z.string().trim().max(100).optional(),
  entityType: z.string().trim().max(100).optional(),
  entityId: z.string().trim().max(100).optional(),
  actor: z.string().trim().max(200).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});
export type AuditFilter = z.infer<typeof AuditFilterSchema>;

export const AuditEventsQuerySchema = AuditFilterSchema.extend({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  before: z.coerce.number().int().min(1).optional(),
});
export type AuditEventsQuery = z.input<typeof AuditEventsQuerySchema>;

/** One recorded value as a label and its text ("Owner": "— → Sam Patel"). */
export const AuditDetailSchema = z.object({ label: z.string(), value: z.string() });
export type AuditDetail = z.infer<typeof AuditDetailSchema>;

/** The words an event is read by: who, what as a sentence, on which object. */
export const AuditEventWordsSchema = z.object({
  /** The member's name, "Name (API token 'ci')", or "Vigil" for work it did by itself. */
  actorName: z.string(),
  /** The action's label, as the filter lists it ("Control changed"). */
  actionLabel: z.string(),
  /** The event as one sentence with names: "Olivia Chen changed the owner of AC-02 from — to Sam Patel". */
  summary: z.string(),
  /** What kind of object it acted on ("Control"), and that object's name when known. */
  objectType: z.string(),
  objectName: z.string().nullable(),
});

export const AuditEventSchema = AuditEventWordsSchema.extend({
  seq: z.number(),
  at: z.string(),
  actorType: z.string(),
  /** What the trail recorded of the actor: an email, or `system:…` for Vigil's own work. */
  actorLabel: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  /** The recorded values as they are stored, and as labelled lines to read. */
  changes: z.record(z.string(), z.unknown()),
  details: z.array(AuditDetailSchema),
  requestId: z.string().nullable(),
  ip: z.string().nullable(),
  hash: z.string(),
});
export type AuditEvent = z.infer<typeof AuditEventSchema>;

export const AuditPageSchema = z.object({
  items: z.array(AuditEventSchema),
  nextBefore: z.number().nullable(),
});
export type AuditPage = z.infer<typeof AuditPageSchema>;

/** Someone who appears in the trail: the label to filter by, and the name to show. */
export const AuditActorSchema = z.object({ label: z.string(), name: z.string() });
export type AuditActor = z.infer<typeof AuditActorSchema>;

export const ChainVerificationSchema = z.object({
  ok: z.boolean(),
  checked: z.number(),
  break: z.object({ seq: z.number(), reason: z.string(), message: z.string() }).nullable(),
});
export type ChainVerification = z.infer<typeof ChainVerificationSchema>;

export const AuditCheckpointSchema = z.object({
  publicKey: z.string(),
  keyId: z.string(),
  fingerprint: z.string(),
  checkpoint: SignedCheckpointSchema.nullable(),
  /** Why no checkpoint was signed: the chain head disagrees with its entries. */
  refused: z.string().nullable(),
});
export type AuditCheckpoint = z.infer<typeof AuditCheckpointSchema>;

const access = { permission: 'audit_trail.read' } as const;
const tag = 'audit trail';

/** Every endpoint of the audit trail; all read-only. */
export const auditTrailRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/api/audit-events',
    access,
    tag,
    summary: 'The filtered trail, newest first, one page at a time',
    query: AuditEventsQuerySchema,
    responses: { 200: AuditPageSchema },
  }),
  actors: defineRoute({
    method: 'GET',
    path: '/api/audit-events/actors',
    access,
    tag,
    summary: 'Everyone who appears in the trail, to filter by',
    responses: { 200: z.object({ items: z.array(AuditActorSchema) }) },
  }),
  exportCsv: defineRoute({
    method: 'GET',
    path: '/api/audit-events/export.csv',
    access,
    tag,
    summary: 'The filtered trail as CSV, oldest first',
    query: AuditFilterSchema,
    file: 'text/csv',
    responses: { 200: null },
  }),
  verify: defineRoute({
    method: 'GET',
    path: '/api/audit-events/verify',
    access,
    tag,
    summary: 'Recompute the hash chain and name the first broken link',
    responses: { 200: ChainVerificationSchema },
  }),
  checkpoint: defineRoute({
    method: 'GET',
    path: '/api/audit-events/checkpoint',
    access,
    tag,
    summary: 'The chain signed now, and the public key that signs checkpoints, to keep outside Vigil',
    responses: { 200: AuditCheckpointSchema },
  }),
} as const;
