/**
 * HTTP routes of background checks. Each needs `hr.read` or `hr.manage`: owners by role, admins and
 * members only with the HR access an owner granted (`canWith` in the access hook). Registered
 * inside the training routes' multipart scope, since the report is uploaded as a file.
 */
import { BackgroundCheckFileFieldsSchema, backgroundCheckRoutes as routes } from '@vigil/api';
import { VigilError } from '@vigil/core';
import { actorOf } from '../auth/request-auth.ts';
import type { App, AppContext } from '../context.ts';
import { todayUtc } from '../evidence/index.ts';
import { serve } from '../http/serve.ts';
import { BlobIntegrityError } from '../storage/blob-format.ts';
import { BlobMissingError } from '../storage/blob-store.ts';
import {
  attachReport,
  getBackgroundCheck,
  listBackgroundChecks,
  listHrGrants,
  reportOf,
  setHrGrant,
  updateBackgroundCheck,
} from './background-checks.ts';
import { attachment, readFileUpload } from './file-upload.ts';

export function registerBackgroundCheckRoutes(app: App, { db, evidenceStore: store }: AppContext) {
  serve(app, routes.list, async (req) => ({ items: await listBackgroundChecks(db, req.auth!.org!.id) }));

  serve(app, routes.update, async (req) => {
    const actor = actorOf(req);
    await db.transaction((tx) => updateBackgroundCheck(tx, actor, req.params.personId, req.body, todayUtc()));
    return getBackgroundCheck(db, actor.orgId, req.params.personId);
  });

  serve(app, routes.uploadReport, async (req) => {
    const actor = actorOf(req);
    const upload = await readFileUpload(req, store, actor.orgId, BackgroundCheckFileFieldsSchema);
    try {
      await db.transaction((tx) => attachReport(tx, actor, req.params.personId, upload));
      return getBackgroundCheck(db, actor.orgId, req.params.personId);
    } finally {
      await upload.staged.discard();
    }
  });

  serve(app, routes.report, async (req, reply) => {
    const row = await reportOf(db, req.auth!.org!.id, req.params.personId);
    const bytes = await store
      .read(row.orgId, row.reportStorageKey, { sha256: row.reportSha256, size: row.reportSize ?? 0 })
      .catch((err) => {
        if (err instanceof BlobIntegrityError || err instanceof BlobMissingError) {
          throw new VigilError(
            'internal',
            `The background check report of this person cannot be read: ${err.message}`,
          );
        }
        throw err;
      });
    reply.header('content-type', row.reportMediaType ?? 'application/octet-stream');
    reply.header('content-disposition', attachment(row.reportFileName ?? 'report'));
    // An uploaded HTML or SVG report must never run as a page of this origin.
    reply.header('content-security-policy', "sandbox; default-src 'none'");
    reply.header('cache-control', 'no-store');
    reply.header('x-evidence-sha256', row.reportSha256);
    return reply.send(bytes);
  });

  serve(app, routes.grants, async (req) => ({ items: await listHrGrants(db, req.auth!.org!.id) }));

  serve(app, routes.grant, async (req) => {
    const actor = actorOf(req);
    await db.transaction((tx) => setHrGrant(tx, actor, req.params.userId, req.body.granted));
    const found = (await listHrGrants(db, actor.orgId)).find((g) => g.userId === req.params.userId);
    return found!;
  });
}
