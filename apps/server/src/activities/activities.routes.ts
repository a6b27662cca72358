/** HTTP routes of the activities domain, registered from their descriptors in `@vigil/api`. */
import { activityRoutes as routes } from '@vigil/api';
import { VigilError } from '@vigil/core';
import { actorOf } from '../auth/request-auth.ts';
import type { App, AppContext } from '../context.ts';
import { publicOrigin } from '../http/public-origin.ts';
import { serve } from '../http/serve.ts';
import { activityDetail, getActivity, listActivities } from './activities.queries.ts';
import { completeActivity } from './activity-completer.ts';
import { updateActivity } from './activity-editor.ts';
import { scheduleActivities } from './activity-scheduler.ts';
import { createFeed, feedCalendar, feedStatus } from './calendar-feed.ts';

/** Today in UTC: due dates are calendar dates, the same for everyone in the organization. */
export const todayUtc = (now = new Date()) => now.toISOString().slice(0, 10);

function signedInUser(userId: string | null): string {
  // API tokens belong to a user too; only system actors have none, and they never reach a route.
  if (!userId) throw new VigilError('forbidden', 'A calendar feed belongs to a person; sign in as one');
  return userId;
}

export function registerActivityRoutes(app: App, ctx: AppContext) {
  const { db, config } = ctx;

  serve(app, routes.list, async (req) => {
    const actor = actorOf(req);
    const today = todayUtc();
    const { owner, ...q } = req.query;
    const ownerId = owner === 'me' ? actor.userId : owner === 'unassigned' ? null : owner;
    return { items: await listActivities(db, actor.orgId, { ...q, ownerId }, today), today };
  });

  serve(app, routes.schedule, async (req) => {
    const actor = actorOf(req);
    return db.transaction((tx) => scheduleActivities(tx, actor, todayUtc()));
  });

  serve(app, routes.feed, async (req) => {
    const actor = actorOf(req);
    return feedStatus(db, actor.orgId, signedInUser(actor.userId));
  });

  serve(app, routes.createFeed, async (req, reply) => {
    const actor = actorOf(req);
    const userId = signedInUser(actor.userId);
    const feed = await db.transaction((tx) => createFeed(tx, { ...actor, userId }));
    const url = `${publicOrigin(config, req)}/api/calendar/${feed.token}.ics`;
    return reply.status(201).send({ url, createdAt: feed.createdAt });
  });

  serve(app, routes.ical, async (req, reply) => {
    const text = await feedCalendar(db, req.params.feedToken, publicOrigin(config, req), todayUtc());
    reply.header('content-type', 'text/calendar; charset=utf-8');
    reply.header('cache-control', 'private, max-age=300');
    return reply.send(text);
  });

  serve(app, routes.get, async (req) => {
    const orgId = actorOf(req).orgId;
    return activityDetail(db, orgId, req.params.activityId, todayUtc());
  });

  serve(app, routes.update, async (req) => {
    const actor = actorOf(req);
    await db.transaction((tx) => updateActivity(tx, actor, req.params.activityId, req.body));
    return getActivity(db, actor.orgId, req.params.activityId, todayUtc());
  });

  serve(app, routes.complete, async (req) => {
    const actor = actorOf(req);
    const today = todayUtc();
    const { nextId } = await db.transaction((tx) =>
      completeActivity(tx, actor, req.params.activityId, req.body, today),
    );
    return {
      completed: await getActivity(db, actor.orgId, req.params.activityId, today),
      next: nextId ? await getActivity(db, actor.orgId, nextId, today) : null,
    };
  });
}
