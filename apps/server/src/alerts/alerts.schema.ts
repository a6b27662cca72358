/** Request and response schemas of alert channels and the alert outbox. */
import { z } from 'zod';

/** What happened: a check started failing, recovered, a connector failed, or data went stale. */
export const ALERT_KINDS = ['fail', 'recovered', 'connector_error', 'stale'] as const;
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

export const ChannelParams = z.strictObject({ channelId: z.string().uuid() });

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
