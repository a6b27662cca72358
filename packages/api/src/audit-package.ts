/** The audit package of an engagement: one tar.gz an auditor verifies offline. */
import { z } from 'zod';
import { defineRoute } from './route.ts';

const EngagementParamsSchema = z.strictObject({ engagementId: z.string().uuid() });

export const auditPackageRoutes = {
  download: defineRoute({
    method: 'GET',
    path: '/api/engagements/:engagementId/package',
    access: { permission: 'audit_work.read' },
    tag: 'engagements',
    summary:
      'The audit package (tar.gz): evidence, effectiveness, policies, access reviews, readiness and the audit chain, with a manifest and SHA256SUMS',
    params: EngagementParamsSchema,
    file: 'application/gzip',
    responses: { 200: null },
  }),
};
