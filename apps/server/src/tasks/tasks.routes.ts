/** "My tasks" for everyone signed in, and the organization's overdue counts for the dashboard. */
import { taskRoutes as routes } from '@vigil/api';
import type { App, AppContext } from '../context.ts';
import { todayUtc } from '../evidence/index.ts';
import { OrgResponseCache } from '../http/org-response-cache.ts';
import { serve } from '../http/serve.ts';
import { myTasks, overdueAreas } from './tasks.queries.ts';

export function registerTaskRoutes(app: App, ctx: AppContext) {
  const { db, changeFeed } = ctx;
  // Every write that gives or settles a task (a published policy, an acceptance, a training record,
  // a roster sweep, a decision, a completed activity) is audited and so moves the organization's
  // version; due dates follow the calendar, so an answer lasts one UTC day at most. One entry per
  // person: room for every member of a large organization.
  const cache = new OrgResponseCache(db, changeFeed, 5000);
  serve(app, routes.mine, async (req, reply) => {
    const who = { orgId: req.auth!.org!.id, userId: req.auth!.user.id, today: todayUtc() };
    const body = await cache.json(
      who.orgId,
      `mine:${who.today}:${who.userId}`,
      routes.mine.responses[200],
      async () => ({
        tasks: await myTasks(db, who),
      }),
    );
    return reply.type('application/json').send(body as never);
  });
  serve(app, routes.overdue, async (req, reply) => {
    const orgId = req.auth!.org!.id;
    const today = todayUtc();
    const body = await cache.json(orgId, `overdue:${today}`, routes.overdue.responses[200], async () => ({
      areas: await overdueAreas(db, orgId, today),
    }));
    return reply.type('application/json').send(body as never);
  });
}
