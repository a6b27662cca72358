/** The readiness dashboard's route, registered from its descriptor in `@vigil/api`. */
import { dashboardRoutes as routes } from '@vigil/api';
import type { App, AppContext } from '../context.ts';
import { todayUtc } from '../evidence/index.ts';
import { OrgResponseCache } from '../http/org-response-cache.ts';
import { serve } from '../http/serve.ts';
import { registryOf } from '../monitoring/index.ts';
import { getDashboard } from './dashboard.queries.ts';

export function registerDashboardRoutes(app: App, ctx: AppContext) {
  const { db, changeFeed } = ctx;
  const cache = new OrgResponseCache(db, changeFeed);
  serve(app, routes.get, async (req, reply) => {
    const orgId = req.auth!.org!.id;
    const viewer = { role: req.auth!.org!.role, userId: req.auth!.user.id };
    // Auditors see only their engagements, so their answer is cached apart from everyone else's.
    // Expiry and engagement stages follow the calendar, so a cached answer lasts one UTC day at most.
    const day = todayUtc();
    const key = viewer.role === 'auditor' ? `dashboard:${day}:auditor:${viewer.userId}` : `dashboard:${day}`;
    const body = await cache.json(orgId, key, routes.get.responses[200], () =>
      getDashboard(db, orgId, viewer, registryOf(ctx)),
    );
    // A buffer is sent as it is: no second serialization or encoding; the schema still documents it.
    return reply.type('application/json').send(body as never);
  });
}
