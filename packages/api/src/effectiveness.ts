/**
 * The effectiveness API: per in-scope control of an engagement, how much of the Type II window it
 * operated (or its state at the Type I as-of date), its exceptions and timeline. These schemas are
 * the one definition of the effectiveness shapes; the server's computation returns their types.
 */
import { z } from 'zod';
import { defineRoute } from './route.ts';

/** One failure of a check on a resource inside the window: an exception an auditor sees. */
export const ExceptionViewSchema = z.object({
  checkId: z.string(),
  checkTitle: z.string(),
  severity: z.string(),
  resourceKey: z.string(),
  resourceName: z.string(),
  reason: z.string(),
  failedFrom: z.string(),
  remediatedAt: z.string().nullable(),
  durationMs: z.number(),
});
export type ExceptionView = z.infer<typeof ExceptionViewSchema>;

export const ControlEffectivenessSchema = z.object({
  controlId: z.string(),
  code: z.string(),
  title: z.string(),
  checkIds: z.array(z.string()),
  state: z.enum(['operating', 'exception', 'not_evaluated']),
  operatingShare: z.number(),
  evaluatedShare: z.number(),
  exceptions: z.array(ExceptionViewSchema),
  timeline: z.array(z.object({ from: z.string(), to: z.string(), state: z.string(), failing: z.number() })),
});
export type ControlEffectiveness = z.infer<typeof ControlEffectivenessSchema>;

const HeaderSchema = z.object({
  engagementId: z.string(),
  reportType: z.enum(['type1', 'type2']),
  windowStart: z.string().nullable(),
  windowEnd: z.string().nullable(),
  asOfDate: z.string().nullable(),
  /** The instant the computation covers up to: the window end, or now while the window is still open. */
  evaluatedUntil: z.string(),
});

export const EngagementEffectivenessSchema = HeaderSchema.extend({
  controls: z.array(ControlEffectivenessSchema),
});
export type EngagementEffectiveness = z.infer<typeof EngagementEffectivenessSchema>;

export const ControlEffectivenessDetailSchema = HeaderSchema.extend({ control: ControlEffectivenessSchema });
export type ControlEffectivenessDetail = z.infer<typeof ControlEffectivenessDetailSchema>;

const EngagementParamsSchema = z.strictObject({ engagementId: z.string().uuid() });
const ControlParamsSchema = z.strictObject({
  engagementId: z.string().uuid(),
  controlId: z.string().uuid(),
});
const access = { permission: 'monitoring.read' } as const;
const tag = 'monitoring';

export const effectivenessRoutes = {
  engagement: defineRoute({
    method: 'GET',
    path: '/api/engagements/:engagementId/effectiveness',
    access,
    tag,
    summary:
      'Per in-scope control: share of the window operating, exceptions and timeline (Type I: state at the as-of date)',
    params: EngagementParamsSchema,
    responses: { 200: EngagementEffectivenessSchema },
  }),
  exportCsv: defineRoute({
    method: 'GET',
    path: '/api/engagements/:engagementId/effectiveness.csv',
    access,
    tag,
    summary: 'The exception list as CSV',
    params: EngagementParamsSchema,
    file: 'text/csv',
    responses: { 200: null },
  }),
  control: defineRoute({
    method: 'GET',
    path: '/api/engagements/:engagementId/effectiveness/:controlId',
    access,
    tag,
    summary: "One in-scope control's effectiveness, exceptions and timeline",
    params: ControlParamsSchema,
    responses: { 200: ControlEffectivenessDetailSchema },
  }),
};
