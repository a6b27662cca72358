/** The connectors API (under /api/integrations): connectors, their kinds and schedule, uploads and on-demand runs. */
import { z } from 'zod';
import { itemsOf, NameSchema, NoBodySchema } from './common.ts';
import { defineRoute } from './route.ts';
import { RunSchema } from './runs.ts';

const ScheduleMinutesSchema = z
  .number()
  .int()
  .min(5, 'must be at least 5 minutes')
  .max(60 * 24 * 31, 'must be at most 31 days');

// Lists (AWS regions, TLS endpoints) are arrays of strings; a string may hold a PEM certificate; the
// one map is a CSV connector's `columns`: the file's column chosen for each field.
const ConfigSchema = z
  .record(
    z.string().max(100),
    z.union([
      z.string().max(20_000),
      z.number(),
      z.boolean(),
      z.array(z.string().max(2000)).max(200),
      z.record(z.string().max(100), z.string().max(200)),
    ]),
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
  /** The same, as people name them ("IAM users"). */
  producesTitles: z.array(z.string()),
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
  /**
   * Kinds whose files may not name their account (an AWS password policy): what the account is called
   * ("AWS account"), so a person can give its id once (`config.accountId`); null for other kinds.
   */
  account: z.string().nullable(),
  /** CSV kinds: the fields read, so a person can choose the column holding each (`config.columns`). */
  columns: z.array(
    z.object({
      field: z.string(),
      label: z.string(),
      required: z.boolean(),
      /** Column names looked for when none is chosen. */
      headers: z.array(z.string()),
    }),
  ),
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

const ConnectorParams = z.strictObject({ connectorId: z.string().uuid() });
const tag = 'integrations';

export const connectorRoutes = {
  kinds: defineRoute({
    method: 'GET',
    path: '/api/integrations/kinds',
    access: { permission: 'integrations.read' },
    tag,
    summary: 'The kinds of connector this installation offers, with their form fields',
    responses: { 200: itemsOf(ConnectorKindSchema) },
  }),
  list: defineRoute({
    method: 'GET',
    path: '/api/integrations',
    access: { permission: 'integrations.read' },
    tag,
    summary: "The organization's connectors",
    responses: { 200: itemsOf(ConnectorSchema) },
  }),
  create: defineRoute({
    method: 'POST',
    path: '/api/integrations',
    access: { permission: 'integrations.manage' },
    tag,
    summary: 'Add a connector (credentials are sealed and never shown again)',
    body: ConnectorsCreateSchema,
    responses: { 201: ConnectorSchema },
  }),
  get: defineRoute({
    method: 'GET',
    path: '/api/integrations/:connectorId',
    access: { permission: 'integrations.read' },
    tag,
    summary: 'One connector',
    params: ConnectorParams,
    responses: { 200: ConnectorSchema },
  }),
  update: defineRoute({
    method: 'PATCH',
    path: '/api/integrations/:connectorId',
    access: { permission: 'integrations.manage' },
    tag,
    summary: 'Change a connector',
    params: ConnectorParams,
    body: ConnectorsUpdateSchema,
    responses: { 200: ConnectorSchema },
  }),
  schedule: defineRoute({
    method: 'PUT',
    path: '/api/integrations/:connectorId/schedule',
    access: { permission: 'integrations.manage' },
    tag,
    summary: "Set a connector's schedule, or null for upload-only",
    params: ConnectorParams,
    body: ConnectorsScheduleSchema,
    responses: { 200: ConnectorSchema },
  }),
  remove: defineRoute({
    method: 'DELETE',
    path: '/api/integrations/:connectorId',
    access: { permission: 'integrations.manage' },
    tag,
    summary: 'Delete a connector; its resources become gone',
    params: ConnectorParams,
    body: NoBodySchema,
    responses: { 200: z.object({ deleted: z.literal(true) }) },
  }),
  run: defineRoute({
    method: 'POST',
    path: '/api/integrations/:connectorId/run',
    access: { permission: 'integrations.run' },
    tag,
    summary:
      'Run a connector now: queued when workers run jobs, else run here and its run returned (a failed live collection too)',
    params: ConnectorParams,
    body: NoBodySchema,
    responses: { 200: RunSchema, 202: z.object({ queued: z.boolean() }) },
  }),
  upload: defineRoute({
    method: 'POST',
    path: '/api/integrations/:connectorId/upload',
    access: { permission: 'integrations.run' },
    tag,
    summary: 'Import a file (multipart field "file") through the connector; returns the run',
    params: ConnectorParams,
    upload: true,
    responses: { 200: RunSchema },
  }),
} as const;
