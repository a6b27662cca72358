/** HTTP routes of the evidence library: upload, search, download, verify, and a control's evidence. */
import multipart from '@fastify/multipart';
import { evidenceRoutes as routes } from '@vigil/api';
import { VigilError } from '@vigil/core';
import { actorOf } from '../auth/request-auth.ts';
import type { App, AppContext } from '../context.ts';
import { serve } from '../http/serve.ts';
import { BlobIntegrityError } from '../storage/blob-format.ts';
import { BlobMissingError } from '../storage/blob-store.ts';
import {
  controlEvidence,
  evidenceRow,
  getEvidence,
  listEvidence,
  supersedeHistory,
} from './evidence.queries.ts';
import { recordEvidence } from './evidence-recorder.ts';
import { readUpload } from './evidence-upload.ts';
import { verifyEvidenceAgainstChain, verifyEvidenceBlobs, verifyEvidenceItem } from './evidence-verifier.ts';

// Small items are checked completely before the first byte is sent, so a failure is a clean error
// response; larger ones are checked while they stream and the reply is cut short on a mismatch.
const CHECK_BEFORE_SENDING = 8 * 1024 * 1024;

/** `attachment; filename="…"; filename*=UTF-8''…`: the ASCII form for old clients, the exact name for the rest. */
function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

function unreadable(id: string, err: unknown): unknown {
  if (err instanceof BlobIntegrityError) return new VigilError('internal', `evidence ${id}: ${err.message}`);
  if (err instanceof BlobMissingError)
    return new VigilError('internal', `evidence ${id}: the stored content is missing`);
  return err;
}

export async function registerEvidenceRoutes(app: App, { db, evidenceStore: store }: AppContext) {
  await app.register(async (scope: App) => {
    // Multipart parsing only where files are accepted; the file size is enforced while staging.
    await scope.register(multipart, {
      throwFileSizeLimit: false,
      limits: { fileSize: store.maxBytes + 1, files: 1, fields: 300, fieldSize: 64 * 1024, parts: 310 },
    });
    serve(scope, routes.upload, async (req, reply) => {
      const actor = actorOf(req);
      const upload = await readUpload(req, store, actor.orgId);
      try {
        const { fields } = upload;
        const recorded = await db.transaction((tx) =>
          recordEvidence(tx, actor, store, {
            orgId: actor.orgId,
            kind: 'upload',
            title: fields.title,
            description: fields.description,
            fileName: upload.fileName,
            mediaType: upload.claimedType,
            content: upload.staged,
            periodStart: fields.periodStart,
            periodEnd: fields.periodEnd,
            renewBy: fields.renewBy,
            controlIds: fields.controlIds,
            supersedesId: fields.supersedesId,
          }),
        );
        const view = await getEvidence(db, actor.orgId, recorded.id);
        return reply.status(201).send({ ...view, deduped: recorded.deduped });
      } finally {
        await upload.staged.discard();
      }
    });
  });

  serve(app, routes.list, async (req) => listEvidence(db, req.auth!.org!.id, req.query));

  serve(app, routes.verifyAll, async (req) => {
    const orgId = req.auth!.org!.id;
    const chain = await verifyEvidenceAgainstChain(db, orgId);
    const blobs = req.query.blobs === 'true' ? await verifyEvidenceBlobs(db, store, orgId) : null;
    const problems = [...chain.problems, ...(blobs?.problems ?? [])];
    return {
      ok: problems.length === 0,
      checked: chain.checked,
      blobsChecked: blobs?.blobs ?? null,
      problems,
    };
  });

  serve(app, routes.get, async (req) => {
    const orgId = req.auth!.org!.id;
    const item = await getEvidence(db, orgId, req.params.evidenceId);
    return { ...item, history: await supersedeHistory(db, orgId, item.id) };
  });

  serve(app, routes.download, async (req, reply) => {
    const row = await evidenceRow(db, req.auth!.org!.id, req.params.evidenceId);
    const expected = { sha256: row.sha256, size: row.size };
    reply.header('content-type', row.mediaType);
    reply.header('content-disposition', contentDisposition(row.fileName));
    // Uploaded HTML or SVG must never run as a page of this origin.
    reply.header('content-security-policy', "sandbox; default-src 'none'");
    reply.header('x-evidence-sha256', row.sha256);
    if (row.size <= CHECK_BEFORE_SENDING) {
      const bytes = await store.read(row.orgId, row.storageKey, expected).catch((err) => {
        throw unreadable(row.id, err);
      });
      return reply.send(bytes);
    }
    const stream = await store.open(row.orgId, row.storageKey, expected).catch((err) => {
      throw unreadable(row.id, err);
    });
    stream.on('error', (err) =>
      req.log.error({ err, evidenceId: row.id }, 'evidence download failed its check'),
    );
    reply.header('content-length', row.size);
    return reply.send(stream);
  });

  serve(app, routes.verify, async (req) => {
    const row = await evidenceRow(db, req.auth!.org!.id, req.params.evidenceId);
    return verifyEvidenceItem(db, store, row);
  });

  serve(app, routes.forControl, async (req) => controlEvidence(db, req.auth!.org!.id, req.params.controlId));
}
