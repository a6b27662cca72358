/** The activities API: recurring work that proves controls, its calendar, completion and the iCalendar feed. */
import { FrequencySchema } from '@vigil/catalog';
import { ActivityStatusSchema } from '@vigil/core/activity-schedule';
import { z } from 'zod';
import { IsoDateSchema, NoBodySchema } from './common.ts';
import { defineRoute } from './route.ts';

/** One occurrence of a recurring activity: the work of one period of a control. */
export const ActivitySchema = z.object({
  id: z.string(),
  title: z.string(),
  /** What evidence completes it, in words. */
  evidenceHint: z.string(),
  controlId: z.string(),
  controlCode: z.string(),
  controlTitle: z.string(),
  frequency: FrequencySchema,
  /** The last day of the period it proves. */
  periodEnd: IsoDateSchema,
  dueDate: IsoDateSchema,
  ownerId: z.string().nullable(),
  /** Null when nobody owns it: shown as unassigned. */
  ownerName: z.string().nullable(),
  status: ActivityStatusSchema,
  /** Open and past its due date. */
  overdue: z.boolean(),
  completedAt: z.string().nullable(),
  completedOn: IsoDateSchema.nullable(),
  completedByName: z.string().nullable(),
  /** Completed after its due date; null while open. */
  late: z.boolean().nullable(),
  evidenceId: z.string().nullable(),
  evidenceTitle: z.string().nullable(),
  note: z.string().nullable(),
});
export type Activity = z.infer<typeof ActivitySchema>;

export const ActivityDetailSchema = ActivitySchema.extend({
  /** Every occurrence of the same activity for the same control, newest period first. */
  history: z.array(ActivitySchema),
});
export type ActivityDetail = z.infer<typeof ActivityDetailSchema>;

/** `overdue` is open past its due date; `open` includes it. */
export const ActivityFilterStatusSchema = z.enum(['open', 'overdue', 'completed']);

export const ActivitiesQuerySchema = z.strictObject({
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
  /** A member's id, `me`, or `unassigned`. */
  owner: z.union([z.string().uuid(), z.enum(['me', 'unassigned'])]).optional(),
  status: ActivityFilterStatusSchema.optional(),
});
export type ActivitiesQuery = z.input<typeof ActivitiesQuerySchema>;

export const ActivitiesListSchema = z.object({
  items: z.array(ActivitySchema),
  /** The server's today, so every client agrees on what is overdue. */
  today: IsoDateSchema,
});
export type ActivitiesList = z.infer<typeof ActivitiesListSchema>;

export const ActivityCompleteSchema = z.strictObject({
  /** The evidence item that shows the work was done: uploaded first, or picked from the library. */
  evidenceId: z
    .string({ error: 'choose or upload the evidence that shows it was done' })
    .uuid('must be an evidence id'),
  note: z.string().trim().max(2000).optional(),
});
export type ActivityComplete = z.input<typeof ActivityCompleteSchema>;

export const ActivityUpdateSchema = z
  .strictObject({
    ownerId: z.string().uuid('must be a member id').nullable(),
    dueDate: IsoDateSchema,
  })
  .partial();
export type ActivityUpdate = z.input<typeof ActivityUpdateSchema>;

export const ActivityCompletedSchema = z.object({
  completed: ActivitySchema,
  next: ActivitySchema.nullable(),
});

/** Whether the caller has a calendar feed; the secret URL itself is shown only when made. */
export const CalendarFeedSchema = z.object({ active: z.boolean(), createdAt: z.string().nullable() });
export const CalendarFeedCreatedSchema = z.object({ url: z.string(), createdAt: z.string() });
export type CalendarFeedCreated = z.infer<typeof CalendarFeedCreatedSchema>;

const ActivityParams = z.strictObject({ activityId: z.string().uuid() });
/** The feed's secret, with or without the `.ics` calendar apps like to see. */
export const CalendarFeedParamsSchema = z.strictObject({
  feedToken: z.string().regex(/^cal_[A-Za-z0-9_-]{20,100}(\.ics)?$/, 'not a calendar feed address'),
});

const tag = 'activities';
const read = { permission: 'activities.read' } as const;
const manage = { permission: 'activities.manage' } as const;

/** Every endpoint of the activities domain. */
export const activityRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/api/activities',
    access: read,
    tag,
    summary: 'Activity occurrences by due date, filtered by dates, owner and status',
    query: ActivitiesQuerySchema,
    responses: { 200: ActivitiesListSchema },
  }),
  schedule: defineRoute({
    method: 'POST',
    path: '/api/activities/schedule',
    access: manage,
    tag,
    summary: 'Schedule the next occurrence of every recurring activity of the adopted controls',
    body: NoBodySchema,
    responses: { 200: z.object({ added: z.number() }) },
  }),
  feed: defineRoute({
    method: 'GET',
    path: '/api/activities/feed',
    access: read,
    tag,
    summary: 'Whether the signed-in person has a calendar feed',
    responses: { 200: CalendarFeedSchema },
  }),
  createFeed: defineRoute({
    method: 'POST',
    path: '/api/activities/feed',
    access: read,
    tag,
    summary: 'Make (or remake, revoking the old one) the secret address of your calendar feed',
    body: NoBodySchema,
    responses: { 201: CalendarFeedCreatedSchema },
  }),
  ical: defineRoute({
    method: 'GET',
    path: '/api/calendar/:feedToken',
    // The secret in the address is the credential: calendar apps cannot sign in.
    access: { public: true },
    tag,
    summary: 'The activities you own, as an iCalendar feed of all-day events',
    params: CalendarFeedParamsSchema,
    file: 'text/calendar',
    responses: { 200: null },
  }),
  get: defineRoute({
    method: 'GET',
    path: '/api/activities/:activityId',
    access: read,
    tag,
    summary: 'One occurrence with the history of its activity',
    params: ActivityParams,
    responses: { 200: ActivityDetailSchema },
  }),
  update: defineRoute({
    method: 'PATCH',
    path: '/api/activities/:activityId',
    access: manage,
    tag,
    summary: 'Change the owner or due date of an open occurrence',
    params: ActivityParams,
    body: ActivityUpdateSchema,
    responses: { 200: ActivitySchema },
  }),
  complete: defineRoute({
    method: 'POST',
    path: '/api/activities/:activityId/complete',
    access: manage,
    tag,
    summary: 'Complete an occurrence with its evidence; the next period is scheduled',
    params: ActivityParams,
    body: ActivityCompleteSchema,
    responses: { 200: ActivityCompletedSchema },
  }),
} as const;
