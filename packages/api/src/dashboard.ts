/** The dashboard API: readiness per category, the current engagement and recent activity. */
import { CategoryIdSchema } from '@vigil/catalog';
import { z } from 'zod';
import { AuditEventWordsSchema } from './audit-trail.ts';
import { EngagementSchema } from './engagements.ts';
import { defineRoute } from './route.ts';

export const CategoryReadinessSchema = z.object({
  category: CategoryIdSchema,
  name: z.string(),
  criteriaTotal: z.number(),
  criteriaCovered: z.number(),
  criteriaMet: z.number(),
  controlsTotal: z.number(),
  controlsImplemented: z.number(),
  /** Applicable controls implemented, evidenced or passing, with no check failing or in error. */
  controlsMet: z.number(),
  controlsInProgress: z.number(),
  controlsNotApplicable: z.number(),
  score: z.number(),
  uncoveredCriteria: z.array(z.string()),
});
export type CategoryReadiness = z.infer<typeof CategoryReadinessSchema>;

export const ActivityItemSchema = AuditEventWordsSchema.extend({
  seq: z.number(),
  at: z.string(),
  actorLabel: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
});
export type ActivityItem = z.infer<typeof ActivityItemSchema>;

/** The first steps of a new organization, each done or not as the data shows. */
export const GettingStartedSchema = z.object({
  /** The categories in scope were chosen. */
  scope: z.boolean(),
  /** Controls were adopted from the library or added. */
  controls: z.boolean(),
  /** A connector was added. */
  connector: z.boolean(),
  /** A sweep finished: resources were collected and checked. */
  sweep: z.boolean(),
  /** Every applicable control has an owner. */
  owners: z.boolean(),
  /** Evidence was uploaded by hand. */
  evidence: z.boolean(),
  controlsWithoutOwner: z.number(),
});
export type GettingStarted = z.infer<typeof GettingStartedSchema>;

export const DashboardSchema = z.object({
  categories: z.array(CategoryReadinessSchema),
  overall: z.object({
    score: z.number(),
    controlsTotal: z.number(),
    implemented: z.number(),
    /** Controls that count for readiness: implemented, evidenced or passing, nothing failing. */
    met: z.number(),
    /** Implemented controls whose checks fail or are in error: they do not count as met. */
    implementedFailing: z.number(),
    inProgress: z.number(),
    notStarted: z.number(),
    notApplicable: z.number(),
  }),
  monitoring: z.object({
    /** Checks with a failing result, by severity. */
    failingChecks: z.object({ critical: z.number(), high: z.number(), medium: z.number(), low: z.number() }),
    /** Checks whose results are in error. */
    erroringChecks: z.number(),
    /** Enabled connectors whose last run failed. */
    failingConnectors: z.array(z.object({ id: z.string(), name: z.string() })),
    /** Current evidence past its renew-by date, and due within `expiringDays` days. */
    evidenceExpired: z.number(),
    evidenceExpiringSoon: z.number(),
    expiringDays: z.number(),
  }),
  engagement: EngagementSchema.nullable(),
  /** The shown engagement's requests: how many wait on the auditor's review, on the company, and are overdue. */
  auditRequests: z
    .object({ waitingOnAuditor: z.number(), waitingOnCompany: z.number(), overdue: z.number() })
    .nullable(),
  recentActivity: z.array(ActivityItemSchema),
  gettingStarted: GettingStartedSchema,
});
export type Dashboard = z.infer<typeof DashboardSchema>;

/** The one endpoint of the dashboard domain. */
export const dashboardRoutes = {
  get: defineRoute({
    method: 'GET',
    path: '/api/dashboard',
    access: { permission: 'dashboard.read' },
    tag: 'dashboard',
    summary:
      'Readiness per category, overall counts, monitoring health, the current engagement and recent activity',
    responses: { 200: DashboardSchema },
  }),
} as const;
