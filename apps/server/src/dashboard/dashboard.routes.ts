/** The readiness dashboard's route, registered from its descriptor in `@vigil/api`. */
import { dashboardRoutes as routes } from '@vigil/api';
import type { App, AppContext } from '../context.ts';
import { OrgResponseCache } from '../http/org-response-cache.ts';
import { serve } from '../http/serve.ts';
import { getDashboard } from './dashboard.queries.ts';

export function registerDashboardRoutes(app: App, { db, changeFeed }: AppContext) {
  const cache = new OrgResponseCache(db, changeFeed);
  serve(app, routes.get, async (req, reply) => {
    const orgId = req.auth!.org!.id;
    const viewer = { role: req.auth!.org!.role, userId: req.auth!.user.id };
    // Auditors see only their engagements, so their answer is cached apart from everyone else's.
    const key = viewer.role === 'auditor' ? `dashboard:auditor:${viewer.userId}` : 'dashboard';
    const body = await cache.json(orgId, key, routes.get.responses[200], () =>
      getDashboard(db, orgId, viewer),
    );
    // A buffer is sent as it is: no second serialization or encoding; the schema still documents it.
    return reply.type('application/json').send(body as never);
  });
}
