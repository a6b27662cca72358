/**
 * Writes of testing inside an engagement, each in the caller's transaction with its audit event.
 * The auditor records tests and exceptions; the company writes management's response and the
 * remediation. An exception is never removed: remediation is recorded beside it.
 */
import type {
  AuditExceptionUpdateSchema,
  ControlTestInputSchema,
  ManagementResponseSchema,
} from '@vigil/api';
import {
  CONCLUSION_WORDS,
  checkConclusion,
  checkExceptionCriterion,
  checkRemediation,
  invalid,
  normalizeAttributes,
  notFound,
} from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { OrgActor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-recorder.ts';
import type { EngagementRow } from '../engagements/index.ts';
import { controlsInEngagement, type ScopedControl } from './audit-testing.queries.ts';

const { auditExceptions, controlTests, engagements, memberships } = schema;

/** What the samples domain (or the auditor's form) says about a new exception. */
export interface ExceptionInput {
  controlId: string;
  /** Left out when a failed sample item opens the exception: the control's first criterion in the engagement. */
  criterionId?: string;
  sampleId?: string | null;
  itemKey?: string | null;
  sampleLabel?: string;
  description: string;
  cause?: string;
  conclusion?: 'deviation' | 'control_not_operating' | 'isolated';
}

async function scopedControl(
  tx: Db,
  engagement: EngagementRow,
  controlId: string,
): Promise<ScopedControl | null> {
  const [c] = await controlsInEngagement(tx, engagement, controlId);
  return c ?? null;
}

/** Records the auditor's test of one control; the conclusion must agree with the control's exceptions. */
export async function recordTest(
  tx: Db,
  actor: OrgActor,
  engagement: EngagementRow,
  controlId: string,
  input: z.output<typeof ControlTestInputSchema>,
): Promise<void> {
  const control = await scopedControl(tx, engagement, controlId);
  if (!control) throw notFound('control in this engagement');
  const exceptions = await tx
    .select({
      description: auditExceptions.description,
      remediationStatus: auditExceptions.remediationStatus,
    })
    .from(auditExceptions)
    .where(and(eq(auditExceptions.engagementId, engagement.id), eq(auditExceptions.controlId, controlId)));
  checkConclusion(input.conclusion, control.code, exceptions);
  const attributes = normalizeAttributes(input.attributes);
  const now = new Date();
  const values = {
    attributes,
    procedure: input.procedure,
    conclusion: input.conclusion,
    testedBy: actor.userId,
    testedAt: now,
    updatedAt: now,
  };
  await tx
    .insert(controlTests)
    .values({ orgId: actor.orgId, engagementId: engagement.id, controlId, ...values })
    .onConflictDoUpdate({ target: [controlTests.engagementId, controlTests.controlId], set: values });
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'audit_testing.test_recorded',
    entityType: 'control_test',
    entityId: controlId,
    changes: {
      engagement: engagement.name,
      control: control.code,
      attributes: attributes.length,
      conclusion: CONCLUSION_WORDS[input.conclusion],
    },
  });
}

/**
 * Opens an exception in an engagement's register: from the auditor's form, or from the samples
 * domain when a sample item fails. The criterion must be one the control maps to in the engagement.
 */
export async function recordException(
  tx: Db,
  actor: OrgActor,
  engagementId: string,
  input: ExceptionInput,
): Promise<string> {
  // Locked so two exceptions recorded at once get consecutive numbers.
  const [engagement] = await tx
    .select()
    .from(engagements)
    .where(and(eq(engagements.orgId, actor.orgId), eq(engagements.id, engagementId)))
    .for('update');
  if (!engagement) throw notFound('engagement');
  const control = await scopedControl(tx, engagement, input.controlId);
  if (!control) throw invalid('controlId', "controlId: choose one of the engagement's controls");
  const criterionId = input.criterionId ?? control.criteria[0]!;
  checkExceptionCriterion(criterionId, control.code, control.criteria);
  // A sample item marked as an exception twice is still one exception in the register.
  if (input.sampleId && input.itemKey) {
    const [already] = await tx
      .select({ id: auditExceptions.id })
      .from(auditExceptions)
      .where(
        and(
          eq(auditExceptions.engagementId, engagement.id),
          eq(auditExceptions.sampleId, input.sampleId),
          eq(auditExceptions.itemKey, input.itemKey),
        ),
      );
    if (already) return already.id;
  }
  const description = input.description.trim();
  if (!description) throw invalid('description', 'description: describe the exception');
  const [{ next }] = (await tx
    .select({ next: sql<number>`coalesce(max(${auditExceptions.number}), 0)::int + 1` })
    .from(auditExceptions)
    .where(eq(auditExceptions.engagementId, engagement.id))) as [{ next: number }];
  const [row] = await tx
    .insert(auditExceptions)
    .values({
      orgId: actor.orgId,
      engagementId: engagement.id,
      number: next,
      controlId: control.id,
      criterionId,
      sampleId: input.sampleId ?? null,
      itemKey: input.itemKey ?? null,
      sampleLabel: input.sampleLabel?.trim() ?? '',
      description,
      cause: input.cause?.trim() ?? '',
      conclusion: input.conclusion ?? 'deviation',
      recordedBy: actor.userId,
    })
    .returning({ id: auditExceptions.id });
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'audit_testing.exception_recorded',
    entityType: 'audit_exception',
    entityId: row!.id,
    changes: {
      engagement: engagement.name,
      control: control.code,
      criterion: criterionId,
      description,
      number: next,
      ...(input.sampleLabel ? { sample: input.sampleLabel } : {}),
    },
  });
  return row!.id;
}

async function exceptionRow(tx: Db, engagement: EngagementRow, id: string) {
  const [row] = await tx
    .select()
    .from(auditExceptions)
    .where(and(eq(auditExceptions.engagementId, engagement.id), eq(auditExceptions.id, id)))
    .for('update');
  if (!row) throw notFound('exception');
  return row;
}

/** The auditor's change to an exception's description, cause or conclusion. */
export async function updateException(
  tx: Db,
  actor: OrgActor,
  engagement: EngagementRow,
  exceptionId: string,
  input: z.output<typeof AuditExceptionUpdateSchema>,
): Promise<void> {
  if (Object.values(input).every((v) => v === undefined)) {
    throw invalid('description', 'description: say what changes: the description, cause or conclusion');
  }
  const row = await exceptionRow(tx, engagement, exceptionId);
  await tx
    .update(auditExceptions)
    .set({ ...input, updatedAt: new Date() })
    .where(eq(auditExceptions.id, row.id));
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'audit_testing.exception_updated',
    entityType: 'audit_exception',
    entityId: row.id,
    changes: { description: input.description ?? row.description, number: row.number },
  });
}

/** The company's response to an exception and its remediation; marking it remediated keeps it listed. */
export async function respondToException(
  tx: Db,
  actor: OrgActor,
  engagement: EngagementRow,
  exceptionId: string,
  input: z.output<typeof ManagementResponseSchema>,
): Promise<void> {
  if (Object.values(input).every((v) => v === undefined)) {
    throw invalid('managementResponse', "managementResponse: write management's response or the remediation");
  }
  const row = await exceptionRow(tx, engagement, exceptionId);
  const merged = {
    remediationStatus: input.remediationStatus ?? row.remediationStatus,
    remediationDate: input.remediationDate === undefined ? row.remediationDate : input.remediationDate,
  };
  checkRemediation(merged);
  if (input.remediationOwnerId) {
    const [m] = await tx
      .select({ role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.orgId, actor.orgId), eq(memberships.userId, input.remediationOwnerId)));
    if (!m || m.role === 'auditor') {
      throw invalid('remediationOwnerId', 'remediationOwnerId: choose a member of this organization');
    }
  }
  const responding =
    input.managementResponse !== undefined && input.managementResponse !== row.managementResponse;
  await tx
    .update(auditExceptions)
    .set({
      ...input,
      ...(responding ? { respondedBy: actor.userId, respondedAt: new Date() } : {}),
      updatedAt: new Date(),
    })
    .where(eq(auditExceptions.id, row.id));
  const remediated = merged.remediationStatus === 'remediated' && row.remediationStatus !== 'remediated';
  const event = { orgId: actor.orgId, entityType: 'audit_exception', entityId: row.id };
  const about = { description: row.description, number: row.number };
  // Two literal actions, so the audit trail's wording covers each (tools/audit-wording.test.ts).
  if (remediated) {
    await recordAudit(tx, actor, {
      ...event,
      action: 'audit_testing.exception_remediated',
      changes: { ...about, remediationDate: merged.remediationDate },
    });
  } else {
    await recordAudit(tx, actor, {
      ...event,
      action: 'audit_testing.response_recorded',
      changes: {
        ...about,
        ...(input.remediationStatus ? { remediationStatus: input.remediationStatus } : {}),
      },
    });
  }
}
