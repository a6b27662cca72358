/** Request and response schemas of the integrations (connectors) routes. */

import { NameSchema } from '@vigil/api';
import { z } from 'zod';

const ScheduleMinutesSchema = z
  .number()
  .int()
  .min(5, 'must be at least 5 minutes')
  .max(60 * 24 * 31, 'must be at most 31 days');

// Lists (AWS regions, TLS endpoints) are arrays of strings; a string may hold a PEM certificate.
const ConfigSchema = z
  .record(
    z.string().max(100),
    z.union([z.string().max(20_000), z.number(), z.boolean(), z.array(z.string().max(2000)).max(200)]),
  )
  .refine((c) => Object.keys(c).length <= 50, 'at most 50 settings');

/** Secrets for a live collector (a token, a key); stored encrypted and never shown again. */
const CredentialsSchema = z.record(z.string().max(100), z.string().max(20_000));

export const ConnectorsCreateSchema = z.strictObject({
  /** An importer id (`aws.credential_report`), `file.auto`, or a live collector id. */
  kind: z.string().trim().min(1).max(100),
  name: NameSchema,
  scheduleMinutes: ScheduleMinutesSchema.nullable().optional(),
  /** Settings; `path` is a file under the import directory that scheduled runs read. */
  config: ConfigSchema.optional(),
  credentials: CredentialsSchema.optional(),
  enabled: z.boolean().optional(),
});
export type ConnectorsCreateReq = z.infer<typeof ConnectorsCreateSchema>;

export const ConnectorsUpdateSchema = z.strictObject({
  name: NameSchema.optional(),
  config: ConfigSchema.optional(),
  /** New secrets, or null to remove them. */
  credentials: CredentialsSchema.nullable().optional(),
  enabled: z.boolean().optional(),
});
export type ConnectorsUpdateReq = z.infer<typeof ConnectorsUpdateSchema>;

export const ConnectorsScheduleSchema = z.strictObject({
  /** Minutes between runs, or null for upload-only. */
  scheduleMinutes: ScheduleMinutesSchema.nullable(),
});

export const ConnectorSchema = z.object({
  id: z.string(),
  kind: z.string(),
  kindTitle: z.string(),
  /** `live` connectors run a collector; `file` connectors import uploads or config.path. */
  mode: z.enum(['file', 'live']),
  name: z.string(),
  /** Resource types the connector produces. */
  produces: z.array(z.string()),
  scheduleMinutes: z.number().nullable(),
  config: z.record(z.string(), z.unknown()),
  hasCredentials: z.boolean(),
  enabled: z.boolean(),
  lastRunAt: z.string().nullable(),
  lastSuccessAt: z.string().nullable(),
  lastStatus: z.string().nullable(),
  lastError: z.string().nullable(),
  /** Data older than twice the schedule. */
  stale: z.boolean(),
  createdAt: z.string(),
});
export type ConnectorView = z.infer<typeof ConnectorSchema>;

export const ConnectorKindSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  source: z.string().nullable(),
  produces: z.array(z.string()),
  /** `file` importers take uploads (and scheduled reads of config.path); `live` collectors call an API. */
  mode: z.enum(['file', 'live']),
  /** What a live connector asks for, so a client can render its form; none for file kinds. */
  fields: z.array(
    z.object({
      name: z.string(),
      label: z.string(),
      description: z.string().nullable(),
      /** Secrets go into `credentials`, are stored encrypted and are never returned. */
      secret: z.boolean(),
      required: z.boolean(),
      type: z.enum(['string', 'url', 'number', 'boolean', 'string[]', 'text']),
    }),
  ),
});
export type ConnectorKind = z.infer<typeof ConnectorKindSchema>;
