/** HTTP routes of alerting, registered from their descriptors in `@vigil/api`. */
import { alertRoutes as routes } from '@vigil/api';
import { actorOf } from '../auth/request-auth.ts';
import type { App, AppContext } from '../context.ts';
import { serve } from '../http/serve.ts';
import {
  createChannel,
  deleteChannel,
  listChannels,
  rotateChannelSecret,
  updateChannel,
} from './alert-channels.ts';
import { listOutbox } from './alerts.queries.ts';
import { sendTestDigest } from './channel-test.ts';

export function registerAlertRoutes(app: App, ctx: AppContext) {
  const { db, masterKey } = ctx;

  serve(app, routes.listChannels, async (req) => ({ items: await listChannels(db, req.auth!.org!.id) }));

  serve(app, routes.createChannel, async (req, reply) => {
    const actor = actorOf(req);
    const created = await db.transaction((tx) => createChannel(tx, actor, masterKey, req.body));
    return reply.status(201).send(created);
  });

  serve(app, routes.updateChannel, async (req) => {
    const actor = actorOf(req);
    return db.transaction((tx) => updateChannel(tx, actor, req.params.channelId, req.body));
  });

  serve(app, routes.deleteChannel, async (req, reply) => {
    const actor = actorOf(req);
    await db.transaction((tx) => deleteChannel(tx, actor, req.params.channelId));
    return reply.status(204).send(null);
  });

  serve(app, routes.rotateSecret, async (req) => {
    const actor = actorOf(req);
    return db.transaction((tx) => rotateChannelSecret(tx, actor, masterKey, req.params.channelId));
  });

  serve(app, routes.testChannel, async (req) =>
    sendTestDigest(ctx, req.auth!.org!.id, req.params.channelId, req.auth!.user),
  );

  serve(app, routes.outbox, async (req) => ({ items: await listOutbox(db, req.auth!.org!.id, req.query) }));
}
