/** "My tasks" for everyone signed in, and the organization's overdue counts for the dashboard. */
import { taskRoutes as routes } from '@vigil/api';
import type { App, AppContext } from '../context.ts';
import { todayUtc } from '../evidence/index.ts';
import { serve } from '../http/serve.ts';
import { myTasks, overdueAreas } from './tasks.queries.ts';

export function registerTaskRoutes(app: App, ctx: AppContext) {
  const { db } = ctx;
  serve(app, routes.mine, async (req) => ({
    tasks: await myTasks(db, { orgId: req.auth!.org!.id, userId: req.auth!.user.id, today: todayUtc() }),
  }));
  serve(app, routes.overdue, async (req) => ({
    areas: await overdueAreas(db, req.auth!.org!.id, todayUtc()),
  }));
}
