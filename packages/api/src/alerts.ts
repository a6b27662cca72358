/** The alerting API: channels (email, signed webhook, Slack), a test send, and the outbox. */
import { z } from 'zod';
import { NoBodySchema } from './common.ts';
import { defineRoute } from './route.ts';

/**
 * What happened: a check started failing, recovered, a connector failed, or data went stale; or a
 * person's task (a policy to accept, training, a review, a recurring activity) is due soon or overdue.
 */
export const ALERT_KINDS = ['fail', 'recovered', 'connector_error', 'stale', 'due_soon', 'overdue'] as const;
export const AlertKindSchema = z.enum(ALERT_KINDS);
export type AlertKind = z.infer<typeof AlertKindSchema>;

export const ChannelKindSchema = z.enum(['email', 'webhook', 'slack']);
export type ChannelKind = z.infer<typeof ChannelKindSchema>;

const EventsSchema = z
  .array(AlertKindSchema)
  .min(1, 'choose at least one event kind')
  .transform((list) => [...new Set(list)]);

export const ChannelCreateSchema = z.strictObject({
  kind: ChannelKindSchema,
  name: z.string().trim().min(1).max(200),
  /** Email: addresses separated by commas (control owners are added per alert). Webhook and Slack: the URL. */
  target: z.string().trim().max(2000),
  events: EventsSchema.default([...ALERT_KINDS]),
  enabled: z.boolean().default(true),
});
export type ChannelCreateReq = z.infer<typeof ChannelCreateSchema>;

export const ChannelUpdateSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(200),
    target: z.string().trim().max(2000),
    events: EventsSchema,
    enabled: z.boolean(),
  })
  .partial();
export type ChannelUpdateReq = z.infer<typeof ChannelUpdateSchema>;

export const ChannelSchema = z.object({
  id: z.string(),
  kind: ChannelKindSchema,
  name: z.string(),
  /** Slack URLs are credentials themselves and are shown shortened. */
  target: z.string(),
  events: z.array(z.string()),
  enabled: z.boolean(),
  /** Webhooks sign each delivery with a secret that was shown once, when it was made. */
  hasSecret: z.boolean(),
  createdAt: z.string(),
});
export type ChannelView = z.infer<typeof ChannelSchema>;

/** The answer to creating a channel or rotating its secret: the secret appears here and nowhere else. */
export const ChannelWithSecretSchema = ChannelSchema.extend({ secret: z.string().nullable() });
export type ChannelWithSecret = z.infer<typeof ChannelWithSecretSchema>;

const ChannelParams = z.strictObject({ channelId: z.string().uuid() });

export const OutboxQuerySchema = z.strictObject({
  status: z.enum(['pending', 'sent', 'all']).default('pending'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const OutboxItemSchema = z.object({
  id: z.number(),
  kind: z.string(),
  payload: z.record(z.string(), z.unknown()),
  recipientUserId: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  attempts: z.number(),
  lastError: z.string().nullable(),
  nextAttemptAt: z.string().nullable(),
});
export type OutboxItem = z.infer<typeof OutboxItemSchema>;

export const ChannelTestResultSchema = z.object({ ok: z.boolean(), error: z.string().nullable() });
export type ChannelTestResult = z.infer<typeof ChannelTestResultSchema>;

const manage = { permission: 'alerts.manage' } as const;
const read = { permission: 'alerts.read' } as const;
const tag = 'alerts';

/** Every endpoint of the alerts domain. */
export const alertRoutes = {
  listChannels: defineRoute({
    method: 'GET',
    path: '/api/alert-channels',
    access: read,
    tag,
    summary: 'The alert channels of the organization',
    responses: { 200: z.object({ items: z.array(ChannelSchema) }) },
  }),
  createChannel: defineRoute({
    method: 'POST',
    path: '/api/alert-channels',
    access: manage,
    tag,
    summary: 'Add a channel; a webhook channel answers with its signing secret, shown only this once',
    body: ChannelCreateSchema,
    responses: { 201: ChannelWithSecretSchema },
  }),
  updateChannel: defineRoute({
    method: 'PATCH',
    path: '/api/alert-channels/:channelId',
    access: manage,
    tag,
    summary: "Change a channel's name, target, events or whether it is on",
    params: ChannelParams,
    body: ChannelUpdateSchema,
    responses: { 200: ChannelSchema },
  }),
  deleteChannel: defineRoute({
    method: 'DELETE',
    path: '/api/alert-channels/:channelId',
    access: manage,
    tag,
    summary: 'Remove a channel',
    params: ChannelParams,
    body: NoBodySchema,
    responses: { 204: null },
  }),
  rotateSecret: defineRoute({
    method: 'POST',
    path: '/api/alert-channels/:channelId/rotate-secret',
    access: manage,
    tag,
    summary: "Replace a webhook's signing secret; the new one is shown only this once",
    params: ChannelParams,
    body: NoBodySchema,
    responses: { 200: ChannelWithSecretSchema },
  }),
  testChannel: defineRoute({
    method: 'POST',
    path: '/api/alert-channels/:channelId/test',
    access: manage,
    tag,
    summary: 'Send a test digest through the channel now (email goes to you and the listed addresses)',
    params: ChannelParams,
    body: NoBodySchema,
    responses: { 200: ChannelTestResultSchema },
  }),
  outbox: defineRoute({
    method: 'GET',
    path: '/api/alerts/outbox',
    access: read,
    tag,
    summary: 'Alert events and their delivery state (pending ones show attempts and the last error)',
    query: OutboxQuerySchema,
    responses: { 200: z.object({ items: z.array(OutboxItemSchema) }) },
  }),
} as const;
