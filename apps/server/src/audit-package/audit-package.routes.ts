/** HTTP route of the audit package: streamed to the browser as it is built. */
import { PassThrough } from 'node:stream';
import { auditPackageRoutes as routes } from '@vigil/api';
import type { App, AppContext } from '../context.ts';
import { engagementInScope, engagementViewerOf } from '../engagements/index.ts';
import { serve } from '../http/serve.ts';
import { registryOf } from '../monitoring/registry.ts';
import { buildAuditPackage } from './package-builder.ts';

/** "audit-package-q3-soc-2-2026-12-06.tar.gz": a file name a person recognizes in their downloads. */
function fileName(name: string, today: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `audit-package-${slug || 'engagement'}-${today}.tar.gz`;
}

export function registerAuditPackageRoutes(app: App, ctx: AppContext) {
  const { db } = ctx;
  serve(app, routes.download, async (req, reply) => {
    const engagement = await engagementInScope(db, engagementViewerOf(req), req.params.engagementId);
    const out = new PassThrough();
    buildAuditPackage(
      {
        db,
        store: ctx.evidenceStore,
        registry: registryOf(ctx),
        orgId: engagement.orgId,
        engagementId: engagement.id,
      },
      out,
    ).catch((err) => {
      // The status line is already sent: cut the stream so the download fails instead of ending short.
      req.log.error({ err, engagementId: engagement.id }, 'audit package build failed');
      out.destroy(err as Error);
    });
    reply.header('content-type', 'application/gzip');
    reply.header(
      'content-disposition',
      `attachment; filename="${fileName(engagement.name, new Date().toISOString().slice(0, 10))}"`,
    );
    return reply.send(out);
  });
}
