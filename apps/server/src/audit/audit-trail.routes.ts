/** Routes to browse, export and verify the organization's audit trail. */
import { describeBreak, SignedCheckpointSchema } from '@vigil/core';
import { schema } from '@vigil/db';
import { stringify } from 'csv-stringify';
import { asc } from 'drizzle-orm';
import { z } from 'zod';
import type { App, AppContext } from '../context.ts';
import { errorResponses } from '../http/schemas.ts';
import { deriveCheckpointKey } from '../security/checkpoint-key.ts';
import { AuditFilterSchema, auditWhere, listAuditEvents } from './audit-trail.queries.ts';
import { verifyOrgChain } from './chain-verifier.ts';
import { currentCheckpoints } from './checkpoints.ts';

const EventSchema = z.object({
  seq: z.number(),
  at: z.string(),
  actorType: z.string(),
  actorLabel: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  changes: z.record(z.string(), z.unknown()),
  requestId: z.string().nullable(),
  ip: z.string().nullable(),
  hash: z.string(),
});

const read = { access: { permission: 'audit_trail.read' } } as const;
const EXPORT_BATCH = 2000;

export function registerAuditTrailRoutes(app: App, { db, masterKey }: AppContext) {
  const checkpointKey = deriveCheckpointKey(masterKey);

  app.get(
    '/api/audit-events',
    {
      config: read,
      schema: {
        tags: ['audit trail'],
        querystring: AuditFilterSchema.extend({
          limit: z.coerce.number().int().min(1).max(500).default(50),
          before: z.coerce.number().int().min(1).optional(),
        }),
        response: {
          200: z.object({ items: z.array(EventSchema), nextBefore: z.number().nullable() }),
          ...errorResponses,
        },
      },
    },
    async (req) => {
      const { limit, before, ...filter } = req.query;
      return listAuditEvents(db, req.auth!.org!.id, filter, limit, before);
    },
  );

  app.get(
    '/api/audit-events/export.csv',
    {
      config: read,
      schema: {
        tags: ['audit trail'],
        summary: 'The filtered trail as CSV, oldest first',
        querystring: AuditFilterSchema,
      },
    },
    async (req, reply) => {
      const orgId = req.auth!.org!.id;
      const csv = stringify({
        header: true,
        columns: [
          'seq',
          'at',
          'actor_type',
          'actor',
          'action',
          'entity_type',
          'entity_id',
          'changes',
          'request_id',
          'ip',
          'prev_hash',
          'hash',
        ],
      });
      reply.header('content-type', 'text/csv; charset=utf-8');
      reply.header('content-disposition', 'attachment; filename="vigil-audit-trail.csv"');
      // Batches keyed by seq keep memory flat however long the trail is.
      (async () => {
        let after = 0;
        for (;;) {
          const batch = await db
            .select()
            .from(schema.auditEvents)
            .where(auditWhere(orgId, req.query, { afterSeq: after }))
            .orderBy(asc(schema.auditEvents.seq))
            .limit(EXPORT_BATCH);
          for (const r of batch) {
            const at = new Date(r.at).toISOString();
            const changes = JSON.stringify(r.changes);
            const ok = csv.write([
              r.seq,
              at,
              r.actorType,
              r.actorLabel,
              r.action,
              r.entityType,
              r.entityId,
              changes,
              r.requestId,
              r.ip,
              r.prevHash,
              r.hash,
            ]);
            if (!ok) await new Promise((resolve) => csv.once('drain', resolve));
          }
          if (batch.length < EXPORT_BATCH) break;
          after = batch.at(-1)!.seq;
        }
        csv.end();
      })().catch((err) => csv.destroy(err));
      return reply.send(csv);
    },
  );

  app.get(
    '/api/audit-events/verify',
    {
      config: read,
      schema: {
        tags: ['audit trail'],
        summary: 'Recompute the hash chain and name the first broken link',
        response: {
          200: z.object({
            ok: z.boolean(),
            checked: z.number(),
            break: z.object({ seq: z.number(), reason: z.string(), message: z.string() }).nullable(),
          }),
        },
      },
    },
    async (req) => {
      const result = await verifyOrgChain(db, req.auth!.org!.id);
      return {
        ok: result.break === null,
        checked: result.checked,
        break: result.break
          ? { seq: result.break.seq, reason: result.break.reason, message: describeBreak(result.break) }
          : null,
      };
    },
  );

  app.get(
    '/api/audit-events/checkpoint',
    {
      config: read,
      schema: {
        tags: ['audit trail'],
        summary: 'The chain signed now, and the public key that signs checkpoints, to keep outside Vigil',
        response: {
          200: z.object({
            publicKey: z.string(),
            keyId: z.string(),
            fingerprint: z.string(),
            checkpoint: SignedCheckpointSchema.nullable(),
            /** Why no checkpoint was signed: the chain head disagrees with its entries. */
            refused: z.string().nullable(),
          }),
          ...errorResponses,
        },
      },
    },
    async (req) => {
      const { checkpoints, refused } = await currentCheckpoints(db, checkpointKey, {
        orgId: req.auth!.org!.id,
      });
      return {
        publicKey: checkpointKey.publicKeyPem,
        keyId: checkpointKey.keyId,
        fingerprint: checkpointKey.fingerprint,
        checkpoint: checkpoints[0] ?? null,
        refused: refused[0]?.reason ?? null,
      };
    },
  );
}
