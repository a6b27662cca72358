/**
 * Writes of audit requests, each taking the transaction and the actor and recording its audit
 * event in the same transaction (the trail is each request's history). The loop's rules are in
 * core (`requestTransition`); the side that may take a step is settled by the route's permission.
 */
import type { AuditRequestImport, AuditRequestUpdateSchema } from '@vigil/api';
import { CRITERIA } from '@vigil/catalog';
import {
  type AuditRequestSource,
  type AuditRequestStep,
  conflict,
  invalid,
  parseCsv,
  readRequestList,
  requestTransition,
  resolveRequestList,
} from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, eq, inArray } from 'drizzle-orm';
import type ExcelJS from 'exceljs';
import type { z } from 'zod';
import type { OrgActor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-recorder.ts';
import { controlsInEngagement } from '../audit-testing/index.ts';
import { newWorkbook } from '../documents/file-libraries.ts';
import type { EngagementRow } from '../engagements/index.ts';
import { requestRow } from './audit-requests.queries.ts';

const {
  auditRequests: requests,
  auditRequestComments: comments,
  auditRequestEvidence: links,
  controls,
  evidence,
  memberships,
  users,
} = schema;

const CRITERION_IDS = new Set(CRITERIA.map((c) => c.id.toUpperCase()));

/** What a new request says; everything but the reference and description may be left out. */
export interface NewRequest {
  reference: string;
  description: string;
  controlIds?: string[];
  criteria?: string[];
  dueDate?: string | null;
  assigneeId?: string | null;
  source: AuditRequestSource;
  /** The test sample the request asks about (samples turned into requests). */
  sampleId?: string | null;
}

async function checkAssignee(tx: Db, orgId: string, userId: string | null | undefined) {
  if (!userId) return;
  const [m] = await tx
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)));
  if (!m || m.role === 'auditor') {
    throw invalid('assigneeId', 'assigneeId: choose a member of this organization (not an auditor)');
  }
}

/**
 * Opens one request in an engagement (the engagement already checked with `engagementInScope`).
 * Refuses a reference the engagement already has, controls of another organization, an unknown
 * criterion or an assignee who is not a member. Returns the new request's id.
 */
export async function openRequest(
  tx: Db,
  actor: OrgActor,
  engagementId: string,
  input: NewRequest,
): Promise<string> {
  const reference = input.reference.trim();
  const description = input.description.trim();
  if (!reference) throw invalid('reference', 'reference: give the request a reference');
  if (!description) throw invalid('description', 'description: say what is requested');
  const controlIds = [...new Set(input.controlIds ?? [])];
  if (controlIds.length > 0) {
    const found = await tx
      .select({ id: controls.id })
      .from(controls)
      .where(and(eq(controls.orgId, actor.orgId), inArray(controls.id, controlIds)));
    if (found.length !== controlIds.length) {
      throw invalid('controlIds', "controlIds: choose controls of this organization's program");
    }
  }
  const criteria = [...new Set((input.criteria ?? []).map((c) => c.trim().toUpperCase()))];
  const unknown = criteria.find((c) => !CRITERION_IDS.has(c));
  if (unknown) throw invalid('criteria', `criteria: "${unknown}" is not a SOC 2 criterion`);
  await checkAssignee(tx, actor.orgId, input.assigneeId);
  const [dup] = await tx
    .select({ id: requests.id })
    .from(requests)
    .where(and(eq(requests.engagementId, engagementId), eq(requests.reference, reference)));
  if (dup) throw conflict('reference', `reference: the engagement already has a request "${reference}"`);
  const [row] = await tx
    .insert(requests)
    .values({
      orgId: actor.orgId,
      engagementId,
      reference,
      description,
      controlIds,
      criteria,
      dueDate: input.dueDate ?? null,
      assigneeId: input.assigneeId ?? null,
      source: input.source,
      sampleId: input.sampleId ?? null,
    })
    .returning({ id: requests.id });
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'audit_request.opened',
    entityType: 'audit_request',
    entityId: row!.id,
    changes: { reference, description, source: input.source, engagementId, dueDate: input.dueDate ?? null },
  });
  return row!.id;
}

/** A worksheet cell as the text a person sees; dates as YYYY-MM-DD. */
function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('text' in v) return String(v.text);
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    return '';
  }
  return String(v);
}

/** The first worksheet's rows as records with their line numbers, the same shape `parseCsv` gives. */
async function readWorkbook(fileName: string, bytes: Buffer): Promise<{ line: number; cells: string[] }[]> {
  const wb = await newWorkbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw invalid('file', `${fileName}: is not a readable Excel workbook (.xlsx)`);
  }
  const sheet = wb.worksheets[0];
  if (!sheet) throw invalid('file', `${fileName}: the workbook has no worksheet`);
  const out: { line: number; cells: string[] }[] = [];
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value).trim());
    out.push({ line, cells });
  });
  return out;
}

/**
 * Imports the auditor's request list into an engagement: every row is read and matched before
 * anything is stored, and the first problem is an error naming the file, line and field.
 */
export async function importRequestList(
  tx: Db,
  actor: OrgActor,
  engagement: EngagementRow,
  input: AuditRequestImport,
): Promise<number> {
  const fileName = input.fileName;
  const xlsx = input.encoding === 'base64' || /\.xlsx$/i.test(fileName);
  let records: { line: number; cells: string[] }[];
  if (xlsx) {
    records = await readWorkbook(
      fileName,
      Buffer.from(input.content, input.encoding === 'base64' ? 'base64' : 'utf8'),
    );
  } else {
    try {
      records = parseCsv(input.content);
    } catch (err) {
      throw invalid('file', `${fileName}: malformed CSV: ${(err as Error).message}`);
    }
  }
  const rows = readRequestList(fileName, records, input.columns ?? {});
  const orgControls = await tx
    .select({ id: controls.id, code: controls.code })
    .from(controls)
    .where(eq(controls.orgId, actor.orgId));
  const members = await tx
    .select({ id: users.id, email: users.email, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.orgId, actor.orgId));
  const resolved = resolveRequestList(
    fileName,
    rows,
    new Map(orgControls.map((c) => [c.code.toUpperCase(), c.id])),
    new Map(members.filter((m) => m.role !== 'auditor').map((m) => [m.email.toLowerCase(), m.id])),
    CRITERION_IDS,
  );
  const existing = await tx
    .select({ reference: requests.reference })
    .from(requests)
    .where(eq(requests.engagementId, engagement.id));
  const taken = new Set(existing.map((e) => e.reference.toLowerCase()));
  for (const r of resolved) {
    if (taken.has(r.reference.toLowerCase())) {
      throw invalid(
        'file',
        `${fileName}: line ${r.line}: the engagement already has a request "${r.reference}"`,
      );
    }
  }
  for (const r of resolved) {
    await openRequest(tx, actor, engagement.id, {
      reference: r.reference,
      description: r.description,
      controlIds: r.controlIds,
      criteria: r.criteria,
      dueDate: r.dueDate,
      assigneeId: r.assigneeId,
      source: 'imported',
    });
  }
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'audit_request.list_imported',
    entityType: 'engagement',
    entityId: engagement.id,
    changes: { fileName, requests: resolved.length, engagementId: engagement.id },
  });
  return resolved.length;
}

/** Opens one request per applicable control that no request of the engagement covers yet. */
export async function generateRequests(tx: Db, actor: OrgActor, engagement: EngagementRow): Promise<number> {
  const all = await tx
    .select({
      id: controls.id,
      code: controls.code,
      title: controls.title,
      evidence: controls.suggestedEvidence,
    })
    .from(controls)
    .where(and(eq(controls.orgId, actor.orgId), eq(controls.applicable, true)));
  // Only the controls the engagement's report covers: those mapped to a criterion of its categories.
  const inScope = new Set((await controlsInEngagement(tx, engagement)).map((c) => c.id));
  const existing = await tx
    .select({ reference: requests.reference, controlIds: requests.controlIds, source: requests.source })
    .from(requests)
    .where(eq(requests.engagementId, engagement.id));
  // A sample's request asks only about its drawn items, so the control still gets its own request.
  const covered = new Set(existing.filter((e) => e.source !== 'sample').flatMap((e) => e.controlIds));
  const taken = new Set(existing.map((e) => e.reference));
  let n = 0;
  for (const c of all.sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }))) {
    if (!inScope.has(c.id) || covered.has(c.id) || taken.has(c.code)) continue;
    const hint = c.evidence.length > 0 ? ` (for example: ${c.evidence.join('; ')})` : '';
    await openRequest(tx, actor, engagement.id, {
      reference: c.code,
      description: `Evidence that "${c.title}" operated during the audit period${hint}`,
      controlIds: [c.id],
      source: 'generated',
    });
    n++;
  }
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'audit_request.list_generated',
    entityType: 'engagement',
    entityId: engagement.id,
    changes: { requests: n, engagementId: engagement.id },
  });
  return n;
}

/** Changes a request's assignee or due date; an accepted request no longer changes. */
export async function updateRequest(
  tx: Db,
  actor: OrgActor,
  engagement: EngagementRow,
  id: string,
  input: z.output<typeof AuditRequestUpdateSchema>,
) {
  const r = await requestRow(tx, engagement, id, true);
  if (r.status === 'accepted') {
    throw conflict('status', `The request "${r.reference}" is accepted and can no longer be changed`);
  }
  await checkAssignee(tx, actor.orgId, input.assigneeId);
  const changes: Record<string, unknown> = { reference: r.reference };
  const set: Partial<typeof requests.$inferInsert> = { updatedAt: new Date() };
  if (input.assigneeId !== undefined && input.assigneeId !== r.assigneeId) {
    set.assigneeId = input.assigneeId;
    changes.assigneeId = { from: r.assigneeId, to: input.assigneeId };
  }
  if (input.dueDate !== undefined && input.dueDate !== r.dueDate) {
    set.dueDate = input.dueDate;
    changes.dueDate = { from: r.dueDate, to: input.dueDate };
  }
  if (Object.keys(changes).length === 1) return;
  await tx.update(requests).set(set).where(eq(requests.id, r.id));
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'audit_request.updated',
    entityType: 'audit_request',
    entityId: r.id,
    changes,
  });
}

/** Gives an evidence item of the organization in answer to a request. */
export async function linkEvidence(
  tx: Db,
  actor: OrgActor,
  engagement: EngagementRow,
  id: string,
  evidenceId: string,
) {
  const r = await requestRow(tx, engagement, id, true);
  if (r.status === 'accepted' || r.status === 'submitted') {
    throw conflict(
      'status',
      `The request "${r.reference}" is ${r.status === 'accepted' ? 'accepted' : 'with the auditor'}; evidence can be added once it is open or flagged`,
    );
  }
  const [item] = await tx
    .select({ id: evidence.id, title: evidence.title })
    .from(evidence)
    .where(and(eq(evidence.orgId, actor.orgId), eq(evidence.id, evidenceId)));
  if (!item) throw invalid('evidenceId', 'evidenceId: choose an evidence item of this organization');
  const inserted = await tx
    .insert(links)
    .values({ requestId: r.id, evidenceId: item.id, orgId: actor.orgId, linkedBy: actor.userId })
    .onConflictDoNothing()
    .returning({ id: links.evidenceId });
  if (inserted.length === 0) return;
  await tx.update(requests).set({ updatedAt: new Date() }).where(eq(requests.id, r.id));
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'audit_request.evidence_linked',
    entityType: 'audit_request',
    entityId: r.id,
    changes: { reference: r.reference, evidenceId: item.id, title: item.title },
  });
}

/** Takes one step of the loop: the company submits; the auditor accepts or flags with a reason. */
export async function stepRequest(
  tx: Db,
  actor: OrgActor,
  engagement: EngagementRow,
  id: string,
  step: AuditRequestStep,
  reason?: string,
) {
  const r = await requestRow(tx, engagement, id, true);
  const next = requestTransition(r.status, step);
  if ('refused' in next) throw conflict('status', `"${r.reference}": ${next.refused}`);
  const now = new Date();
  const base = { orgId: actor.orgId, entityType: 'audit_request', entityId: r.id } as const;
  if (step === 'submit') {
    await tx
      .update(requests)
      .set({ status: next.to, submittedAt: now, updatedAt: now })
      .where(eq(requests.id, r.id));
    const [n] = await tx.select({ id: links.evidenceId }).from(links).where(eq(links.requestId, r.id));
    await recordAudit(tx, actor, {
      ...base,
      action: 'audit_request.submitted',
      changes: { reference: r.reference, resubmitted: r.status === 'flagged', withEvidence: n !== undefined },
    });
  } else if (step === 'accept') {
    await tx
      .update(requests)
      .set({ status: next.to, acceptedAt: now, updatedAt: now })
      .where(eq(requests.id, r.id));
    await recordAudit(tx, actor, {
      ...base,
      action: 'audit_request.accepted',
      changes: { reference: r.reference },
    });
  } else {
    const why = (reason ?? '').trim();
    if (!why) throw invalid('reason', 'reason: say what is missing or wrong');
    await tx
      .update(requests)
      .set({ status: next.to, flagReason: why, updatedAt: now })
      .where(eq(requests.id, r.id));
    await recordAudit(tx, actor, {
      ...base,
      action: 'audit_request.flagged',
      changes: { reference: r.reference, reason: why },
    });
  }
}

/** Adds to a request's thread; either side may write. */
export async function addComment(
  tx: Db,
  actor: OrgActor,
  engagement: EngagementRow,
  id: string,
  body: string,
) {
  const r = await requestRow(tx, engagement, id);
  await tx.insert(comments).values({ orgId: actor.orgId, requestId: r.id, authorId: actor.userId, body });
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'audit_request.commented',
    entityType: 'audit_request',
    entityId: r.id,
    changes: { reference: r.reference, body: body.slice(0, 200) },
  });
}
