/**
 * The internal-audits API (SOC 2 CC4.1, CC4.2): plan an audit of some controls over a period, record
 * each control's result with its evidence, follow findings to closure, complete the audit (which plans
 * the next one a cadence later), and export everything as CSV.
 */
import {
  AuditControlResultSchema,
  AuditFindingStatusSchema,
  InternalAuditStatusSchema,
} from '@vigil/core/internal-audits';
import { z } from 'zod';
import { IsoDateSchema, itemsOf } from './common.ts';
import { defineRoute } from './route.ts';

const tag = 'internal-audits';
const read = { permission: 'internal_audits.read' } as const;
const manage = { permission: 'internal_audits.manage' } as const;

const text = (max: number) => z.string().trim().max(max);

export const InternalAuditCreateSchema = z.object({
  title: text(300).min(1, 'name the audit'),
  auditorId: z.string().uuid().nullable().default(null),
  plannedDate: IsoDateSchema,
  periodStart: IsoDateSchema,
  periodEnd: IsoDateSchema,
  controlIds: z.array(z.string().uuid()).min(1, 'choose at least one control').max(500),
});

export const AuditResultInputSchema = z.object({
  result: AuditControlResultSchema,
  notes: text(20000).default(''),
  evidenceIds: z.array(z.string().uuid()).max(50).default([]),
});

export const AuditFindingCreateSchema = z.object({
  description: text(2000).min(1, 'describe the finding'),
  controlId: z.string().uuid().nullable().default(null),
  ownerId: z.string().uuid().nullable().default(null),
  dueDate: IsoDateSchema.nullable().default(null),
  remediation: text(20000).default(''),
});

/** A change to a finding: its status (one step forward, or reopened) and/or its follow-up details. */
export const AuditFindingUpdateSchema = z.strictObject({
  status: AuditFindingStatusSchema.optional(),
  ownerId: z.string().uuid().nullable().optional(),
  dueDate: IsoDateSchema.nullable().optional(),
  remediation: text(20000).optional(),
});

/** Completing may add the auditor's overall conclusion. */
export const InternalAuditCompleteSchema = z.strictObject({ summary: text(20000).optional() });

export const AuditControlResultRowSchema = z.object({
  controlId: z.string(),
  controlCode: z.string(),
  controlTitle: z.string(),
  result: AuditControlResultSchema,
  notes: z.string(),
  evidence: z.array(z.object({ id: z.string(), title: z.string() })),
});

export const AuditFindingSchema = z.object({
  id: z.string(),
  description: z.string(),
  controlId: z.string().nullable(),
  controlCode: z.string().nullable(),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  dueDate: z.string().nullable(),
  remediation: z.string(),
  status: AuditFindingStatusSchema,
});

export const InternalAuditSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  status: InternalAuditStatusSchema,
  plannedDate: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  auditorId: z.string().nullable(),
  auditorName: z.string().nullable(),
  controls: z.number().int(),
  untested: z.number().int(),
  exceptions: z.number().int(),
  openFindings: z.number().int(),
});

export const InternalAuditSchema = InternalAuditSummarySchema.extend({
  summary: z.string(),
  completedAt: z.string().nullable(),
  previousAuditId: z.string().nullable(),
  /** The plan made when this audit completed, one cadence later. */
  nextAuditId: z.string().nullable(),
  results: z.array(AuditControlResultRowSchema),
  findings: z.array(AuditFindingSchema),
});
export type InternalAudit = z.infer<typeof InternalAuditSchema>;
export type InternalAuditSummary = z.infer<typeof InternalAuditSummarySchema>;

const audit = '/api/internal-audits/:internalAuditId';

export const internalAuditRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/api/internal-audits',
    access: read,
    tag,
    summary: 'Internal audits, soonest planned first',
    responses: { 200: itemsOf(InternalAuditSummarySchema) },
  }),
  create: defineRoute({
    method: 'POST',
    path: '/api/internal-audits',
    access: manage,
    tag,
    summary: 'Plan an internal audit of some controls over a period',
    body: InternalAuditCreateSchema,
    responses: { 201: InternalAuditSchema },
  }),
  exportCsv: defineRoute({
    method: 'GET',
    path: '/api/internal-audits/export.csv',
    access: read,
    tag,
    summary: 'Internal audits with their results and findings as CSV',
    file: 'text/csv',
    responses: { 200: null },
  }),
  get: defineRoute({
    method: 'GET',
    path: audit,
    access: read,
    tag,
    summary: 'One internal audit with its results and findings',
    params: z.object({ internalAuditId: z.string() }),
    responses: { 200: InternalAuditSchema },
  }),
  recordResult: defineRoute({
    method: 'PUT',
    path: `${audit}/results/:controlId`,
    access: manage,
    tag,
    summary: "Record a control's result with notes and evidence",
    params: z.object({ internalAuditId: z.string(), controlId: z.string() }),
    body: AuditResultInputSchema,
    responses: { 200: InternalAuditSchema },
  }),
  addFinding: defineRoute({
    method: 'POST',
    path: `${audit}/findings`,
    access: manage,
    tag,
    summary: 'Add a finding with its owner, due date and remediation',
    params: z.object({ internalAuditId: z.string() }),
    body: AuditFindingCreateSchema,
    responses: { 201: InternalAuditSchema },
  }),
  updateFinding: defineRoute({
    method: 'PATCH',
    path: `${audit}/findings/:auditFindingId`,
    access: manage,
    tag,
    summary: "Move a finding's status or change its owner, due date or remediation",
    params: z.object({ internalAuditId: z.string(), auditFindingId: z.string() }),
    body: AuditFindingUpdateSchema,
    responses: { 200: InternalAuditSchema },
  }),
  complete: defineRoute({
    method: 'POST',
    path: `${audit}/complete`,
    access: manage,
    tag,
    summary: 'Complete an audit whose controls are all tested; plans the next one',
    params: z.object({ internalAuditId: z.string() }),
    body: InternalAuditCompleteSchema,
    responses: { 200: InternalAuditSchema },
  }),
};
