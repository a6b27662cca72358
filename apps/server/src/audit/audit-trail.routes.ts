/** Routes to browse, export and verify the organization's audit trail, registered from `@vigil/api`. */
import { auditTrailRoutes as routes } from '@vigil/api';
import { describeBreak } from '@vigil/core';
import { stringify } from 'csv-stringify';
import type { App, AppContext } from '../context.ts';
import { serve } from '../http/serve.ts';
import { deriveCheckpointKey } from '../security/checkpoint-key.ts';
import { presentAuditEvents } from './audit-presenter.ts';
import { auditEventsAfter, listAuditActors, listAuditEvents } from './audit-trail.queries.ts';
import { verifyOrgChain } from './chain-verifier.ts';
import { currentCheckpoints } from './checkpoints.ts';

const EXPORT_BATCH = 2000;

export function registerAuditTrailRoutes(app: App, { db, masterKey }: AppContext) {
  const checkpointKey = deriveCheckpointKey(masterKey);

  serve(app, routes.list, async (req) => {
    const { limit, before, ...filter } = req.query;
    return listAuditEvents(db, req.auth!.org!.id, filter, limit, before);
  });

  serve(app, routes.actors, async (req) => ({ items: await listAuditActors(db, req.auth!.org!.id) }));

  serve(app, routes.exportCsv, async (req, reply) => {
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
        'summary',
      ],
    });
    reply.header('content-type', 'text/csv; charset=utf-8');
    reply.header('content-disposition', 'attachment; filename="vigil-audit-trail.csv"');
    // Batches keyed by seq keep memory flat however long the trail is.
    (async () => {
      let after = 0;
      for (;;) {
        const batch = await auditEventsAfter(db, orgId, req.query, after, EXPORT_BATCH);
        for (const r of await presentAuditEvents(db, orgId, batch)) {
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
            r.summary,
          ]);
          if (!ok) await new Promise((resolve) => csv.once('drain', resolve));
        }
        if (batch.length < EXPORT_BATCH) break;
        after = batch.at(-1)!.seq;
      }
      csv.end();
    })().catch((err) => csv.destroy(err));
    return reply.send(csv);
  });

  serve(app, routes.verify, async (req) => {
    const result = await verifyOrgChain(db, req.auth!.org!.id);
    return {
      ok: result.break === null,
      checked: result.checked,
      break: result.break
        ? { seq: result.break.seq, reason: result.break.reason, message: describeBreak(result.break) }
        : null,
    };
  });

  serve(app, routes.checkpoint, async (req) => {
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
  });
}
