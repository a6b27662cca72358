/** The risks API: the organization's risk matrix, the register, acceptances, annual assessments and reassessment requests. */
import {
  RiskAssessmentStatusSchema,
  RiskCategorySchema,
  RiskMatrixPresetSchema,
  RiskStatusSchema,
  RiskTreatmentSchema,
} from '@vigil/core/risks';
import { z } from 'zod';
import { IsoDateSchema, NoBodySchema } from './common.ts';
import { defineRoute } from './route.ts';

const LevelSchema = z.strictObject({
  label: z.string().trim().min(1, 'a level needs a name').max(40),
  colour: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'colour must look like #1a2b3c')
    .optional(),
});

/** The organization's matrix: scales, risk levels and the grid (row = likelihood, column = impact). */
export const RiskMatrixSchema = z.object({
  likelihood: z.array(LevelSchema),
  impact: z.array(LevelSchema),
  levels: z.array(LevelSchema),
  grid: z.array(z.array(z.number().int())),
});
export type RiskMatrixBody = z.infer<typeof RiskMatrixSchema>;

/** Either a preset to start from, or a whole edited matrix. */
export const RiskMatrixUpdateSchema = z.union([
  z.strictObject({ preset: RiskMatrixPresetSchema }),
  z.strictObject({ matrix: RiskMatrixSchema }),
]);
export type RiskMatrixUpdate = z.input<typeof RiskMatrixUpdateSchema>;

const Level = z.number().int('must be a whole level');

/** One risk as the register shows it; levels are on the organization's matrix. */
export const RiskSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  category: RiskCategorySchema,
  templateId: z.string().nullable(),
  components: z.array(z.string()),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  inherentLikelihood: z.number(),
  inherentImpact: z.number(),
  inherentLevel: z.string(),
  currentLikelihood: z.number(),
  currentImpact: z.number(),
  currentLevel: z.string(),
  targetLikelihood: z.number(),
  targetImpact: z.number(),
  treatment: RiskTreatmentSchema,
  status: RiskStatusSchema,
  controls: z.array(z.object({ id: z.string(), code: z.string(), title: z.string() })),
  evidence: z.array(z.object({ id: z.string(), title: z.string() })),
  /** Incidents linked to this risk; snapshots taken before links existed have none. */
  incidents: z.array(z.object({ id: z.string(), title: z.string() })).default([]),
  acceptance: z
    .object({
      approverName: z.string().nullable(),
      acceptedAt: z.string(),
      justification: z.string(),
      expiresOn: IsoDateSchema,
    })
    .nullable(),
  updatedAt: z.string(),
});
export type Risk = z.infer<typeof RiskSchema>;

export const RiskCreateSchema = z.strictObject({
  /** A library risk to start from; its text, category, levels and suggested controls fill what is not given. */
  templateId: z.string().optional(),
  title: z.string().trim().min(1, 'a risk needs a title').max(200).optional(),
  description: z.string().trim().max(4000).optional(),
  category: RiskCategorySchema.optional(),
  components: z.array(z.string().trim().min(1).max(100)).max(50).optional(),
  ownerId: z.string().uuid('must be a member id').nullable().optional(),
  inherentLikelihood: Level.optional(),
  inherentImpact: Level.optional(),
  currentLikelihood: Level.optional(),
  currentImpact: Level.optional(),
  targetLikelihood: Level.optional(),
  targetImpact: Level.optional(),
  treatment: z.enum(['mitigate', 'transfer', 'avoid']).optional(),
  controlIds: z.array(z.string().uuid('must be a control id')).max(100).optional(),
});
export type RiskCreate = z.input<typeof RiskCreateSchema>;

export const RiskUpdateSchema = z
  .strictObject({
    title: z.string().trim().min(1, 'a risk needs a title').max(200),
    description: z.string().trim().max(4000),
    category: RiskCategorySchema,
    components: z.array(z.string().trim().min(1).max(100)).max(50),
    ownerId: z.string().uuid('must be a member id').nullable(),
    inherentLikelihood: Level,
    inherentImpact: Level,
    currentLikelihood: Level,
    currentImpact: Level,
    targetLikelihood: Level,
    targetImpact: Level,
    treatment: z.enum(['mitigate', 'transfer', 'avoid']),
    status: z.enum(['open', 'treating', 'closed']),
    controlIds: z.array(z.string().uuid('must be a control id')).max(100),
    evidenceIds: z.array(z.string().uuid('must be an evidence id')).max(100),
  })
  .partial();
export type RiskUpdate = z.input<typeof RiskUpdateSchema>;

/** Accepting a risk: the caller is the approver, who must not be the risk's owner. */
export const RiskAcceptSchema = z.strictObject({
  justification: z.string({ error: 'say why the risk is accepted' }).trim().max(4000),
  expiresOn: IsoDateSchema,
});
export type RiskAccept = z.input<typeof RiskAcceptSchema>;

/** One suggestion of the library, its levels already mapped onto the organization's matrix. */
export const RiskTemplateSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  category: RiskCategorySchema,
  likelihood: z.number(),
  impact: z.number(),
  controls: z.array(z.object({ templateId: z.string(), title: z.string(), adopted: z.boolean() })),
});
export type RiskTemplateView = z.infer<typeof RiskTemplateSchema>;

const HeatCellSchema = z.object({
  likelihood: z.number(),
  impact: z.number(),
  level: z.number(),
  count: z.number(),
});
/** How many risks sit in each cell, before (inherent) and after (current) treatment. */
export const HeatMapSchema = z.object({
  inherent: z.array(HeatCellSchema),
  current: z.array(HeatCellSchema),
});
export type HeatMap = z.infer<typeof HeatMapSchema>;

export const RiskRegisterSchema = z.object({
  matrix: RiskMatrixSchema,
  items: z.array(RiskSchema),
  heatMap: HeatMapSchema,
  today: IsoDateSchema,
});
export type RiskRegister = z.infer<typeof RiskRegisterSchema>;

export const RiskAssessmentSchema = z.object({
  id: z.string(),
  assessedOn: IsoDateSchema,
  status: RiskAssessmentStatusSchema,
  contentSha256: z.string(),
  takenByName: z.string(),
  approvedByName: z.string().nullable(),
  approvedAt: z.string().nullable(),
  riskCount: z.number(),
});
export type RiskAssessment = z.infer<typeof RiskAssessmentSchema>;

export const RiskAssessmentDetailSchema = RiskAssessmentSchema.extend({
  matrix: RiskMatrixSchema,
  risks: z.array(RiskSchema),
  heatMap: HeatMapSchema,
});
export type RiskAssessmentDetail = z.infer<typeof RiskAssessmentDetailSchema>;

export const RiskAssessmentCreateSchema = z.strictObject({ assessedOn: IsoDateSchema.optional() });

export const ReassessmentRequestSchema = z.object({
  id: z.string(),
  reason: z.string(),
  requestedByName: z.string(),
  createdAt: z.string(),
});
export type ReassessmentRequest = z.infer<typeof ReassessmentRequestSchema>;

const RiskParams = z.strictObject({ riskId: z.string().uuid() });
const AssessmentParams = z.strictObject({ assessmentId: z.string().uuid() });

const tag = 'risks';
const read = { permission: 'risks.read' } as const;
const manage = { permission: 'risks.manage' } as const;
const approve = { permission: 'risks.approve' } as const;
const configure = { permission: 'risks.configure' } as const;

/** Every endpoint of the risks domain. */
export const riskRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/api/risks',
    access: read,
    tag,
    summary: 'The risk register with the matrix and the heat map of inherent and current risk',
    responses: { 200: RiskRegisterSchema },
  }),
  exportCsv: defineRoute({
    method: 'GET',
    path: '/api/risks/register.csv',
    access: read,
    tag,
    summary: 'The risk register as CSV',
    file: 'text/csv',
    responses: { 200: null },
  }),
  matrix: defineRoute({
    method: 'GET',
    path: '/api/risks/matrix',
    access: read,
    tag,
    summary: 'The organization’s risk matrix',
    responses: { 200: RiskMatrixSchema },
  }),
  setMatrix: defineRoute({
    method: 'PUT',
    path: '/api/risks/matrix',
    access: configure,
    tag,
    summary: 'Choose a preset matrix or save an edited one; existing risks must still fit',
    body: RiskMatrixUpdateSchema,
    responses: { 200: RiskMatrixSchema },
  }),
  library: defineRoute({
    method: 'GET',
    path: '/api/risks/library',
    access: read,
    tag,
    summary: 'Common risks to start from, mapped onto the organization’s matrix',
    responses: { 200: z.object({ items: z.array(RiskTemplateSchema) }) },
  }),
  create: defineRoute({
    method: 'POST',
    path: '/api/risks',
    access: manage,
    tag,
    summary: 'Add a risk, from the library or from scratch',
    body: RiskCreateSchema,
    responses: { 201: RiskSchema },
  }),
  reassessments: defineRoute({
    method: 'GET',
    path: '/api/risks/reassessments',
    access: read,
    tag,
    summary: 'Open requests to reassess the register',
    responses: { 200: z.object({ items: z.array(ReassessmentRequestSchema) }) },
  }),
  assessments: defineRoute({
    method: 'GET',
    path: '/api/risks/assessments',
    access: read,
    tag,
    summary: 'Annual assessments, newest first',
    responses: { 200: z.object({ items: z.array(RiskAssessmentSchema) }) },
  }),
  takeAssessment: defineRoute({
    method: 'POST',
    path: '/api/risks/assessments',
    access: manage,
    tag,
    summary: 'Take the annual assessment: a frozen copy of the register waiting for approval',
    body: RiskAssessmentCreateSchema,
    responses: { 201: RiskAssessmentSchema },
  }),
  assessment: defineRoute({
    method: 'GET',
    path: '/api/risks/assessments/:assessmentId',
    access: read,
    tag,
    summary: 'One annual assessment with its register and heat map',
    params: AssessmentParams,
    responses: { 200: RiskAssessmentDetailSchema },
  }),
  approveAssessment: defineRoute({
    method: 'POST',
    path: '/api/risks/assessments/:assessmentId/approve',
    access: approve,
    tag,
    summary: 'Approve an assessment someone else took; open reassessment requests are closed',
    params: AssessmentParams,
    body: NoBodySchema,
    responses: { 200: RiskAssessmentSchema },
  }),
  assessmentPdf: defineRoute({
    method: 'GET',
    path: '/api/risks/assessments/:assessmentId/assessment.pdf',
    access: read,
    tag,
    summary: 'An annual assessment with its heat maps as PDF',
    params: AssessmentParams,
    file: 'application/pdf',
    responses: { 200: null },
  }),
  assessmentXlsx: defineRoute({
    method: 'GET',
    path: '/api/risks/assessments/:assessmentId/assessment.xlsx',
    access: read,
    tag,
    summary: 'An annual assessment with its heat maps as a spreadsheet',
    params: AssessmentParams,
    file: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    responses: { 200: null },
  }),
  get: defineRoute({
    method: 'GET',
    path: '/api/risks/:riskId',
    access: read,
    tag,
    summary: 'One risk',
    params: RiskParams,
    responses: { 200: RiskSchema },
  }),
  update: defineRoute({
    method: 'PATCH',
    path: '/api/risks/:riskId',
    access: manage,
    tag,
    summary: 'Change a risk, its levels, treatment, controls or evidence',
    params: RiskParams,
    body: RiskUpdateSchema,
    responses: { 200: RiskSchema },
  }),
  accept: defineRoute({
    method: 'POST',
    path: '/api/risks/:riskId/accept',
    access: approve,
    tag,
    summary: 'Accept a risk until an expiry date, as its approver (not its owner), with a justification',
    params: RiskParams,
    body: RiskAcceptSchema,
    responses: { 200: RiskSchema },
  }),
} as const;
