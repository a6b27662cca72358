/**
 * The incidents API (issue 13, CC7.3–CC7.5, P6.6, C1.1): the register, one incident with its
 * timeline and follow-ups, the lifecycle, promotion of a failing check, and the attestations of
 * periods without incidents.
 */
import { IncidentSourceSchema, IncidentStatusSchema } from '@vigil/core/incidents';
import { SeveritySchema } from '@vigil/core/vocabulary';
import { z } from 'zod';
import { IsoDateSchema, itemsOf, NoBodySchema } from './common.ts';
import { defineRoute } from './route.ts';

const tag = 'incidents';
const read = { permission: 'incidents.read' } as const;
const manage = { permission: 'incidents.manage' } as const;

const Instant = z.string().datetime({ offset: true, message: 'must be a date and time' });
const text = (max: number) => z.string().trim().max(max, `must be ${max} characters or fewer`);

const NotificationSchema = z.object({
  required: z.boolean(),
  deadline: z.string().nullable(),
  notifiedAt: z.string().nullable(),
  /** Past the deadline without a notification, or notified after it. */
  late: z.boolean(),
});

export const IncidentFollowUpSchema = z.object({
  id: z.string(),
  title: z.string(),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  dueDate: IsoDateSchema,
  done: z.boolean(),
  overdue: z.boolean(),
});
export type IncidentFollowUp = z.infer<typeof IncidentFollowUpSchema>;

export const IncidentTimelineEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  who: z.string(),
  text: z.string(),
});
export type IncidentTimelineEntry = z.infer<typeof IncidentTimelineEntrySchema>;

export const IncidentSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  severity: SeveritySchema,
  source: IncidentSourceSchema,
  status: IncidentStatusSchema,
  occurredAt: z.string().nullable(),
  detectedAt: z.string(),
  reportedAt: z.string().nullable(),
  significant: z.boolean(),
  /** The earliest notification deadline not yet met, if any. */
  nextDeadline: z.string().nullable(),
});
export type IncidentSummary = z.infer<typeof IncidentSummarySchema>;

export const IncidentSchema = IncidentSummarySchema.extend({
  description: z.string(),
  affectedSystems: z.array(z.object({ id: z.string(), name: z.string() })),
  affectedData: z.string(),
  customers: NotificationSchema,
  authorities: NotificationSchema,
  rootCause: z.string().nullable(),
  lessonsLearned: z.string().nullable(),
  dismissalReason: z.string().nullable(),
  controls: z.array(z.object({ id: z.string(), code: z.string(), title: z.string() })),
  evidence: z.array(z.object({ id: z.string(), title: z.string() })),
  /** The risks of the register this incident bears on. */
  risks: z.array(z.object({ id: z.string(), title: z.string() })),
  promotedFrom: z
    .object({
      checkId: z.string(),
      title: z.string(),
      failing: z.array(
        z.object({ resource: z.string(), source: z.string(), reason: z.string(), since: z.string() }),
      ),
    })
    .nullable(),
  /** The statuses it may move to next. */
  next: z.array(IncidentStatusSchema),
  timeline: z.array(IncidentTimelineEntrySchema),
  followUps: z.array(IncidentFollowUpSchema),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
});
export type Incident = z.infer<typeof IncidentSchema>;

const NotificationInput = z.strictObject({
  required: z.boolean().default(false),
  deadline: Instant.nullable().default(null),
  notifiedAt: Instant.nullable().default(null),
});

/** The fields a person edits; status moves through the transition route. */
export const IncidentFieldsSchema = z.strictObject({
  title: text(200).min(1, 'must not be empty'),
  description: text(10_000).default(''),
  severity: SeveritySchema,
  source: IncidentSourceSchema,
  occurredAt: Instant.nullable().default(null),
  detectedAt: Instant,
  reportedAt: Instant.nullable().default(null),
  affectedSystemIds: z.array(z.string().uuid()).max(200).default([]),
  affectedData: text(2000).default(''),
  customers: NotificationInput.default({ required: false, deadline: null, notifiedAt: null }),
  authorities: NotificationInput.default({ required: false, deadline: null, notifiedAt: null }),
  rootCause: text(10_000).nullable().default(null),
  significant: z.boolean().default(false),
  controlIds: z.array(z.string().uuid()).max(200).default([]),
  evidenceIds: z.array(z.string().uuid()).max(200).default([]),
});
export type IncidentFieldsInput = z.input<typeof IncidentFieldsSchema>;

export const IncidentTransitionSchema = z.strictObject({
  to: IncidentStatusSchema,
  reason: text(2000).nullable().default(null),
  lessonsLearned: text(10_000).nullable().default(null),
});
export type IncidentTransitionInput = z.input<typeof IncidentTransitionSchema>;

export const TimelineEntryInputSchema = z.strictObject({
  at: Instant,
  text: text(5000).min(1, 'must not be empty'),
});

export const FollowUpInputSchema = z.strictObject({
  title: text(500).min(1, 'must not be empty'),
  ownerId: z.string().uuid(),
  dueDate: IsoDateSchema,
});

export const EmptyPeriodSchema = z.object({
  id: z.string(),
  from: IsoDateSchema,
  to: IsoDateSchema,
  note: z.string(),
  attestedBy: z.string(),
  attestedAt: z.string(),
});
export type EmptyPeriod = z.infer<typeof EmptyPeriodSchema>;

export const EmptyPeriodInputSchema = z.strictObject({
  from: IsoDateSchema,
  to: IsoDateSchema,
  note: text(2000).default(''),
});

const IncidentParams = z.strictObject({ incidentId: z.string().uuid() });

/** The whole set of risks linked to an incident; linking or unlinking one sends the new set. */
export const IncidentRisksInputSchema = z.strictObject({
  riskIds: z.array(z.string().uuid('must be a risk id')).max(100),
});
export type IncidentRisksInput = z.input<typeof IncidentRisksInputSchema>;

/** Every endpoint of incidents. */
export const incidentRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/api/incidents',
    access: read,
    tag,
    summary: 'Every incident, latest detected first',
    responses: { 200: itemsOf(IncidentSummarySchema) },
  }),
  csv: defineRoute({
    method: 'GET',
    path: '/api/incidents/export.csv',
    access: read,
    tag,
    summary: 'The incident register as CSV',
    file: 'text/csv',
    responses: { 200: null },
  }),
  get: defineRoute({
    method: 'GET',
    path: '/api/incidents/:incidentId',
    access: read,
    tag,
    summary: 'One incident with its timeline, follow-ups and notification deadlines',
    params: IncidentParams,
    responses: { 200: IncidentSchema },
  }),
  create: defineRoute({
    method: 'POST',
    path: '/api/incidents',
    access: manage,
    tag,
    summary: 'Record an incident',
    body: IncidentFieldsSchema,
    responses: { 201: IncidentSchema },
  }),
  update: defineRoute({
    method: 'PUT',
    path: '/api/incidents/:incidentId',
    access: manage,
    tag,
    summary: "Change an incident's details",
    params: IncidentParams,
    body: IncidentFieldsSchema,
    responses: { 200: IncidentSchema },
  }),
  setRisks: defineRoute({
    method: 'PUT',
    path: '/api/incidents/:incidentId/risks',
    access: manage,
    tag,
    summary: 'Link the risks of the register an incident bears on (the whole set)',
    params: IncidentParams,
    body: IncidentRisksInputSchema,
    responses: { 200: IncidentSchema },
  }),
  transition: defineRoute({
    method: 'POST',
    path: '/api/incidents/:incidentId/status',
    access: manage,
    tag,
    summary: 'Move an incident to its next status (dismissing needs a reason, closing lessons learned)',
    params: IncidentParams,
    body: IncidentTransitionSchema,
    responses: { 200: IncidentSchema },
  }),
  addTimeline: defineRoute({
    method: 'POST',
    path: '/api/incidents/:incidentId/timeline',
    access: manage,
    tag,
    summary: 'Add an entry to the timeline (entries are never changed)',
    params: IncidentParams,
    body: TimelineEntryInputSchema,
    responses: { 200: IncidentSchema },
  }),
  addFollowUp: defineRoute({
    method: 'POST',
    path: '/api/incidents/:incidentId/follow-ups',
    access: manage,
    tag,
    summary: 'Add a follow-up action with its owner and due date',
    params: IncidentParams,
    body: FollowUpInputSchema,
    responses: { 200: IncidentSchema },
  }),
  completeFollowUp: defineRoute({
    method: 'POST',
    path: '/api/incidents/:incidentId/follow-ups/:followUpId/done',
    access: manage,
    tag,
    summary: 'Mark a follow-up action done',
    params: z.strictObject({ incidentId: z.string().uuid(), followUpId: z.string().uuid() }),
    body: NoBodySchema,
    responses: { 200: IncidentSchema },
  }),
  promote: defineRoute({
    method: 'POST',
    path: '/api/monitoring/checks/:checkId/incident',
    access: manage,
    tag,
    summary: 'Promote a failing check to an incident, linked to its failing results',
    params: z.strictObject({ checkId: z.string().min(1).max(200) }),
    body: NoBodySchema,
    responses: { 201: IncidentSchema },
  }),
  emptyPeriods: defineRoute({
    method: 'GET',
    path: '/api/incidents/empty-periods',
    access: read,
    tag,
    summary: 'The periods attested to have had no incident',
    responses: { 200: itemsOf(EmptyPeriodSchema) },
  }),
  attestEmpty: defineRoute({
    method: 'POST',
    path: '/api/incidents/empty-periods',
    access: manage,
    tag,
    summary: 'Record that no incident happened between two dates',
    body: EmptyPeriodInputSchema,
    responses: { 201: EmptyPeriodSchema },
  }),
};
