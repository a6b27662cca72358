/** The engagements API: audits the organization is preparing for or going through. */
import { CategoryIdSchema, ReportTypeIdSchema } from '@vigil/catalog';
import { EngagementStatusSchema } from '@vigil/core/vocabulary';
import { z } from 'zod';
import { IsoDateSchema, itemsOf, NameSchema } from './common.ts';
import { defineRoute } from './route.ts';

export const EngagementSchema = z.object({
  id: z.string(),
  name: z.string(),
  reportType: ReportTypeIdSchema,
  asOfDate: z.string().nullable(),
  windowStart: z.string().nullable(),
  windowEnd: z.string().nullable(),
  categories: z.array(CategoryIdSchema),
  /**
   * The stage today: derived from the dates (planning, observation once a Type II window starts,
   * reporting once it ends or the Type I as-of date comes) unless set further along by hand (completed).
   */
  status: EngagementStatusSchema,
  auditFirm: z.string(),
  systemIds: z.array(z.string()),
  auditors: z.array(z.object({ id: z.string(), email: z.string(), name: z.string() })),
  createdAt: z.string(),
});
export type Engagement = z.infer<typeof EngagementSchema>;

export const EngagementCreateSchema = z.strictObject({
  name: NameSchema,
  reportType: ReportTypeIdSchema,
  asOfDate: IsoDateSchema.optional(),
  windowStart: IsoDateSchema.optional(),
  windowEnd: IsoDateSchema.optional(),
  auditFirm: z.string().trim().max(200).default(''),
  systemIds: z.array(z.string().uuid()).max(1000).optional(),
});
/** A new engagement as a caller writes it. */
export type EngagementInput = z.input<typeof EngagementCreateSchema>;
/** A new engagement as the server reads it, defaults applied. */
export type EngagementCreate = z.output<typeof EngagementCreateSchema>;

/** Names of stages before issue 11, still accepted on update: fieldwork is observation, closed is completed. */
const LEGACY_STATUS: Record<string, string> = { fieldwork: 'observation', closed: 'completed' };

export const EngagementUpdateSchema = z
  .strictObject({
    name: NameSchema,
    /**
     * A stage set by action: the shown status is the further along of this and the stage the dates
     * give, so "completed" closes an engagement and "planning" reopens one to follow its dates.
     */
    status: z.preprocess(
      (v) => (typeof v === 'string' ? (LEGACY_STATUS[v] ?? v) : v),
      EngagementStatusSchema,
    ),
    auditFirm: z.string().trim().max(200),
    asOfDate: IsoDateSchema,
    windowStart: IsoDateSchema,
    windowEnd: IsoDateSchema,
    systemIds: z.array(z.string().uuid()).max(1000),
  })
  .partial();
export type EngagementUpdate = z.infer<typeof EngagementUpdateSchema>;

const EngagementParams = z.strictObject({ engagementId: z.string().uuid() });
const tag = 'engagements';

/** Every endpoint of the engagements domain. */
export const engagementRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/api/engagements',
    access: { permission: 'engagements.read' },
    tag,
    summary: 'The engagements the caller may see, newest first',
    responses: { 200: itemsOf(EngagementSchema) },
  }),
  create: defineRoute({
    method: 'POST',
    path: '/api/engagements',
    access: { permission: 'engagements.manage' },
    tag,
    summary: 'Open an engagement',
    body: EngagementCreateSchema,
    responses: { 201: EngagementSchema },
  }),
  get: defineRoute({
    method: 'GET',
    path: '/api/engagements/:engagementId',
    access: { permission: 'engagements.read' },
    tag,
    summary: 'One engagement',
    params: EngagementParams,
    responses: { 200: EngagementSchema },
  }),
  update: defineRoute({
    method: 'PATCH',
    path: '/api/engagements/:engagementId',
    access: { permission: 'engagements.manage' },
    tag,
    summary:
      'Change an engagement: its name, stage (completed closes it; planning, observation and reporting also follow the dates), firm, dates or systems',
    params: EngagementParams,
    body: EngagementUpdateSchema,
    responses: { 200: EngagementSchema },
  }),
} as const;
