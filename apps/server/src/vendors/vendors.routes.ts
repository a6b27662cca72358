/** HTTP routes of the vendor register; the report upload sits in its own multipart scope. */
import multipart from '@fastify/multipart';
import { vendorRoutes as routes } from '@vigil/api';
import { VENDOR_REPORT_KIND_LABELS } from '@vigil/core';
import { stringify } from 'csv-stringify/sync';
import { actorOf } from '../auth/request-auth.ts';
import type { App, AppContext } from '../context.ts';
import { recordEvidence, todayUtc } from '../evidence/index.ts';
import { serve } from '../http/serve.ts';
import { readReportUpload } from './report-upload.ts';
import {
  addReport,
  checkReportFields,
  createReview,
  createVendor,
  setSubservice,
  updateReview,
  updateVendor,
} from './vendor-editor.ts';
import { getVendor, listVendors, vendorRow } from './vendors.queries.ts';

export async function registerVendorRoutes(app: App, { db, evidenceStore: store }: AppContext) {
  serve(app, routes.list, async (req) => ({ items: await listVendors(db, req.auth!.org!.id, todayUtc()) }));

  serve(app, routes.csv, async (req, reply) => {
    const rows = await listVendors(db, req.auth!.org!.id, todayUtc());
    const csv = stringify(
      rows.map((v) => [
        v.name,
        v.services,
        v.status,
        v.tier,
        v.tierOverride ? v.tierOverrideReason : '',
        v.dataAccess,
        v.businessImpact,
        v.subProcessor ? 'yes' : 'no',
        v.partOfSystem ? 'yes' : 'no',
        v.subserviceMethod ?? '',
        v.owner?.name ?? '',
        v.parent?.name ?? '',
        v.contractStart ?? '',
        v.contractEnd ?? '',
        v.dpaSignedOn ?? '',
        v.nextReviewDue ?? '',
      ]),
      {
        header: true,
        columns: [
          'name',
          'services',
          'status',
          'tier',
          'tier_override_reason',
          'data_access',
          'business_impact',
          'sub_processor',
          'part_of_system',
          'subservice_method',
          'owner',
          'parent_vendor',
          'contract_start',
          'contract_end',
          'dpa_signed_on',
          'next_review_due',
        ],
      },
    );
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="vendors.csv"')
      .send(csv);
  });

  serve(app, routes.get, async (req) => getVendor(db, req.auth!.org!.id, req.params.vendorId, todayUtc()));

  serve(app, routes.create, async (req, reply) => {
    const actor = actorOf(req);
    const id = await db.transaction((tx) => createVendor(tx, actor, req.body, todayUtc()));
    reply.code(201);
    return getVendor(db, actor.orgId, id, todayUtc());
  });

  serve(app, routes.update, async (req) => {
    const actor = actorOf(req);
    await db.transaction((tx) => updateVendor(tx, actor, req.params.vendorId, req.body));
    return getVendor(db, actor.orgId, req.params.vendorId, todayUtc());
  });

  serve(app, routes.setSubservice, async (req) => {
    const actor = actorOf(req);
    await db.transaction((tx) => setSubservice(tx, actor, req.params.vendorId, req.body));
    return getVendor(db, actor.orgId, req.params.vendorId, todayUtc());
  });

  serve(app, routes.createReview, async (req, reply) => {
    const actor = actorOf(req);
    await db.transaction((tx) => createReview(tx, actor, req.params.vendorId, req.body, todayUtc()));
    reply.code(201);
    return getVendor(db, actor.orgId, req.params.vendorId, todayUtc());
  });

  serve(app, routes.updateReview, async (req) => {
    const actor = actorOf(req);
    await db.transaction((tx) =>
      updateReview(tx, actor, req.params.vendorId, req.params.reviewId, req.body, todayUtc()),
    );
    return getVendor(db, actor.orgId, req.params.vendorId, todayUtc());
  });

  await app.register(async (scope: App) => {
    // Multipart parsing only where a file is accepted; the size is enforced while staging.
    await scope.register(multipart, {
      throwFileSizeLimit: false,
      limits: { fileSize: store.maxBytes + 1, files: 1, fields: 20, fieldSize: 64 * 1024, parts: 25 },
    });
    serve(scope, routes.uploadReport, async (req, reply) => {
      const actor = actorOf(req);
      const upload = await readReportUpload(req, store, actor.orgId);
      try {
        const vendor = await vendorRow(db, actor.orgId, req.params.vendorId);
        const f = upload.fields;
        checkReportFields(f);
        await db.transaction(async (tx) => {
          const item = await recordEvidence(tx, actor, store, {
            orgId: actor.orgId,
            kind: 'upload',
            title: `${VENDOR_REPORT_KIND_LABELS[f.kind]}: ${vendor.name}`,
            fileName: upload.fileName,
            mediaType: upload.mediaType,
            content: upload.staged,
            periodStart: f.periodStart,
            periodEnd: f.periodEnd,
            renewBy: null,
          });
          await addReport(tx, actor, vendor, f, {
            evidenceId: item.id,
            fileName: upload.fileName,
            sha256: item.sha256,
          });
        });
        reply.code(201);
        return getVendor(db, actor.orgId, vendor.id, todayUtc());
      } finally {
        await upload.staged.discard();
      }
    });
  });
}
