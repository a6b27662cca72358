/**
 * The exercises API: tabletop exercises and backup-restore / disaster-recovery tests, each with
 * the follow-up actions it produced, and a CSV export of both.
 */
import { ContinuityTestKindSchema, TabletopScenarioSchema } from '@vigil/core/exercises';
import { z } from 'zod';
import { IsoDateSchema, itemsOf } from './common.ts';
import { defineRoute } from './route.ts';

const tag = 'exercises';
const read = { permission: 'exercises.read' } as const;
const manage = { permission: 'exercises.manage' } as const;

const text = (max: number) => z.string().trim().max(max);
const minutes = z.number().int().min(0, 'must not be negative').nullable().default(null);

/** Someone who took part: a member (userId) or a named person outside the accounts. */
export const ExerciseParticipantSchema = z.object({
  userId: z.string().uuid().nullable().default(null),
  name: text(200).default(''),
  role: text(200).default(''),
});

export const ExerciseActionInputSchema = z.object({
  title: text(500).min(1, 'name the action'),
  ownerId: z.string().uuid().nullable().default(null),
  dueDate: IsoDateSchema.nullable().default(null),
});

export const ExerciseActionSchema = z.object({
  id: z.string(),
  title: z.string(),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  dueDate: z.string().nullable(),
  status: z.enum(['open', 'done']),
});

export const TabletopCreateSchema = z.object({
  scenario: TabletopScenarioSchema,
  scenarioDescription: text(2000).default(''),
  heldOn: IsoDateSchema,
  facilitatorId: z.string().uuid().nullable().default(null),
  attendees: z.array(ExerciseParticipantSchema).max(200).default([]),
  notes: text(20000).default(''),
  findings: text(20000).default(''),
  actions: z.array(ExerciseActionInputSchema).max(100).default([]),
});

export const TabletopSchema = z.object({
  id: z.string(),
  scenario: TabletopScenarioSchema,
  scenarioDescription: z.string(),
  heldOn: z.string(),
  facilitatorId: z.string().nullable(),
  facilitatorName: z.string().nullable(),
  attendees: z.array(z.object({ userId: z.string().nullable(), name: z.string(), role: z.string() })),
  notes: z.string(),
  findings: z.string(),
  actions: z.array(ExerciseActionSchema),
});

export const ContinuityTestCreateSchema = z.object({
  kind: ContinuityTestKindSchema,
  performedOn: IsoDateSchema,
  subject: text(500).min(1, 'say what was restored or failed over'),
  targetRtoMinutes: minutes,
  achievedRtoMinutes: minutes,
  targetRpoMinutes: minutes,
  achievedRpoMinutes: minutes,
  participants: z.array(ExerciseParticipantSchema).max(200).default([]),
  result: text(20000).default(''),
  evidenceIds: z.array(z.string().uuid()).max(50).default([]),
  actions: z.array(ExerciseActionInputSchema).max(100).default([]),
});

/** Changing a tabletop: every field but its actions, which change one at a time. */
export const TabletopUpdateSchema = TabletopCreateSchema.omit({ actions: true }).strict();

/** Changing a continuity test: every field but its actions, which change one at a time. */
export const ContinuityTestUpdateSchema = ContinuityTestCreateSchema.omit({ actions: true }).strict();

/** Marks a follow-up action done, or reopens it. */
export const ExerciseActionStatusSchema = z.strictObject({ status: z.enum(['open', 'done']) });

export const ContinuityTestSchema = z.object({
  id: z.string(),
  kind: ContinuityTestKindSchema,
  performedOn: z.string(),
  subject: z.string(),
  targetRtoMinutes: z.number().nullable(),
  achievedRtoMinutes: z.number().nullable(),
  targetRpoMinutes: z.number().nullable(),
  achievedRpoMinutes: z.number().nullable(),
  /** Computed by the recovery-objective rule: met, not met, or unknown when nothing was measured. */
  outcome: z.enum(['met', 'not_met', 'unknown']),
  participants: z.array(z.object({ userId: z.string().nullable(), name: z.string(), role: z.string() })),
  result: z.string(),
  evidenceIds: z.array(z.string()),
  actions: z.array(ExerciseActionSchema),
});

const TabletopParams = z.strictObject({ tabletopId: z.string().uuid() });
const TestParams = z.strictObject({ continuityTestId: z.string().uuid() });
const ActionParams = z.strictObject({ exerciseActionId: z.string().uuid() });

export const exerciseRoutes = {
  tabletops: defineRoute({
    method: 'GET',
    path: '/api/exercises/tabletops',
    access: read,
    tag,
    summary: 'Tabletop exercises, newest first',
    responses: { 200: itemsOf(TabletopSchema) },
  }),
  createTabletop: defineRoute({
    method: 'POST',
    path: '/api/exercises/tabletops',
    access: manage,
    tag,
    summary: 'Record a tabletop exercise with its attendees, findings and actions',
    body: TabletopCreateSchema,
    responses: { 201: TabletopSchema },
  }),
  updateTabletop: defineRoute({
    method: 'PUT',
    path: '/api/exercises/tabletops/:tabletopId',
    access: manage,
    tag,
    summary: 'Change a tabletop exercise (its actions are marked done one by one)',
    params: TabletopParams,
    body: TabletopUpdateSchema,
    responses: { 200: TabletopSchema },
  }),
  continuityTests: defineRoute({
    method: 'GET',
    path: '/api/exercises/continuity-tests',
    access: read,
    tag,
    summary: 'Backup-restore and disaster-recovery tests, newest first',
    responses: { 200: itemsOf(ContinuityTestSchema) },
  }),
  createContinuityTest: defineRoute({
    method: 'POST',
    path: '/api/exercises/continuity-tests',
    access: manage,
    tag,
    summary: 'Record a backup restore or failover test with its recovery objectives and results',
    body: ContinuityTestCreateSchema,
    responses: { 201: ContinuityTestSchema },
  }),
  updateContinuityTest: defineRoute({
    method: 'PUT',
    path: '/api/exercises/continuity-tests/:continuityTestId',
    access: manage,
    tag,
    summary: 'Change a backup restore or failover test; its outcome is computed again',
    params: TestParams,
    body: ContinuityTestUpdateSchema,
    responses: { 200: ContinuityTestSchema },
  }),
  setActionStatus: defineRoute({
    method: 'PUT',
    path: '/api/exercises/actions/:exerciseActionId/status',
    access: manage,
    tag,
    summary: 'Mark a follow-up action of an exercise done, or reopen it',
    params: ActionParams,
    body: ExerciseActionStatusSchema,
    responses: { 200: ExerciseActionSchema },
  }),
  exportCsv: defineRoute({
    method: 'GET',
    path: '/api/exercises/export.csv',
    access: read,
    tag,
    summary: 'Tabletop exercises and continuity tests as CSV',
    file: 'text/csv',
    responses: { 200: null },
  }),
};
