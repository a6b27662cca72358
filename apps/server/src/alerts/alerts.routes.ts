/** HTTP routes of alerting: channels (email, signed webhook, Slack), a test send, and the outbox. */
import { randomUUID } from 'node:crypto';
import { NoBodySchema } from '@vigil/api';
import { notFound } from '@vigil/core';
import { schema } from '@vigil/db';
import { and, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { actorOf } from '../auth/request-auth.ts';
import type { App, AppContext } from '../context.ts';
import { errorResponses } from '../http/schemas.ts';
import {
  createChannel,
  deleteChannel,
  listChannels,
  presentChannel,
  rotateChannelSecret,
  updateChannel,
} from './alert-channels.ts';
import {
  ChannelCreateSchema,
  ChannelParams,
  ChannelSchema,
  ChannelUpdateSchema,
  ChannelWithSecretSchema,
  OutboxItemSchema,
  OutboxQuerySchema,
} from './alerts.schema.ts';
import { deliverDigest } from './delivery.ts';
import { DEFAULT_DISPATCH } from './dispatcher.ts';

const { alertChannels, alertOutbox, organizations } = schema;
const manage = { access: { permission: 'alerts.manage' } } as const;
const tags = ['alerts'];

export function registerAlertRoutes(app: App, { db, masterKey, mailer, config }: AppContext) {
  app.get(
    '/api/alert-channels',
    {
      config: { access: { permission: 'alerts.read' } },
      schema: { tags, response: { 200: z.object({ items: z.array(ChannelSchema) }), ...errorResponses } },
    },
    async (req) => ({ items: await listChannels(db, req.auth!.org!.id) }),
  );

  app.post(
    '/api/alert-channels',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Add a channel; a webhook channel answers with its signing secret, shown only this once',
        body: ChannelCreateSchema,
        response: { 201: ChannelWithSecretSchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const created = await db.transaction((tx) => createChannel(tx, actor, masterKey, req.body));
      return reply.status(201).send(created);
    },
  );

  app.patch(
    '/api/alert-channels/:channelId',
    {
      config: manage,
      schema: {
        tags,
        params: ChannelParams,
        body: ChannelUpdateSchema,
        response: { 200: ChannelSchema, ...errorResponses },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      return db.transaction((tx) => updateChannel(tx, actor, req.params.channelId, req.body));
    },
  );

  app.delete(
    '/api/alert-channels/:channelId',
    {
      config: manage,
      schema: {
        body: NoBodySchema,
        tags,
        params: ChannelParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      await db.transaction((tx) => deleteChannel(tx, actor, req.params.channelId));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/alert-channels/:channelId/rotate-secret',
    {
      config: manage,
      schema: {
        body: NoBodySchema,
        tags,
        summary: "Replace a webhook's signing secret; the new one is shown only this once",
        params: ChannelParams,
        response: { 200: ChannelWithSecretSchema, ...errorResponses },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      return db.transaction((tx) => rotateChannelSecret(tx, actor, masterKey, req.params.channelId));
    },
  );

  app.post(
    '/api/alert-channels/:channelId/test',
    {
      config: manage,
      schema: {
        body: NoBodySchema,
        tags,
        summary: 'Send a test digest through the channel now (email goes to you and the listed addresses)',
        params: ChannelParams,
        response: { 200: z.object({ ok: z.boolean(), error: z.string().nullable() }), ...errorResponses },
      },
    },
    async (req) => {
      const orgId = req.auth!.org!.id;
      const [channel] = await db
        .select()
        .from(alertChannels)
        .where(and(eq(alertChannels.orgId, orgId), eq(alertChannels.id, req.params.channelId)));
      if (!channel) throw notFound('alert channel');
      const [org] = await db
        .select({ id: organizations.id, name: organizations.name, slug: organizations.slug })
        .from(organizations)
        .where(eq(organizations.id, orgId));
      const now = new Date();
      const user = req.auth!.user;
      try {
        await deliverDigest(
          {
            mailer,
            masterKey,
            publicUrl: config.publicUrl,
            maxItems: 10,
            timeoutMs: DEFAULT_DISPATCH.timeoutMs,
          },
          channel,
          {
            id: randomUUID(),
            org: org!,
            recipient: channel.kind === 'email' ? { id: user.id, name: user.name, email: user.email } : null,
            events: [
              {
                id: 0,
                kind: 'fail',
                createdAt: now,
                payload: {
                  title: `Test alert for "${presentChannel(channel).name}"`,
                  reason: 'nothing is wrong; this is a test',
                },
              },
            ],
            generatedAt: now,
          },
        );
        return { ok: true, error: null };
      } catch (err) {
        return { ok: false, error: (err as Error).message };
      }
    },
  );

  app.get(
    '/api/alerts/outbox',
    {
      config: { access: { permission: 'alerts.read' } },
      schema: {
        tags,
        summary: 'Alert events and their delivery state (pending ones show attempts and the last error)',
        querystring: OutboxQuerySchema,
        response: { 200: z.object({ items: z.array(OutboxItemSchema) }), ...errorResponses },
      },
    },
    async (req) => {
      const { status, limit } = req.query;
      const rows = await db
        .select()
        .from(alertOutbox)
        .where(
          and(
            eq(alertOutbox.orgId, req.auth!.org!.id),
            status === 'pending'
              ? isNull(alertOutbox.sentAt)
              : status === 'sent'
                ? isNotNull(alertOutbox.sentAt)
                : undefined,
          ),
        )
        .orderBy(desc(alertOutbox.id))
        .limit(limit);
      return {
        items: rows.map((r) => ({
          id: r.id,
          kind: r.kind,
          payload: r.payload,
          recipientUserId: r.recipientUserId,
          createdAt: r.createdAt.toISOString(),
          sentAt: r.sentAt?.toISOString() ?? null,
          attempts: r.attempts,
          lastError: r.lastError,
          nextAttemptAt: r.nextAttemptAt?.toISOString() ?? null,
        })),
      };
    },
  );
}
