/** Recording the after-the-fact justification of a change that skipped approval. */
import type { JustifyChange } from '@vigil/api';
import {
  CHANGE_DEVIATION_WORDS,
  changeDeviations,
  conflict,
  invalid,
  justificationProblem,
  notFound,
} from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, eq } from 'drizzle-orm';
import type { OrgActor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-recorder.ts';

const { changeJustifications, resources } = schema;

interface Stored {
  repository: string;
  number: number;
  author: string;
  merged_at: string;
  approvals: { reviewer: string; approved_at: string }[];
  required_approvals?: number;
}

/**
 * Justifies a deviating change: refused for a change without deviations, for an approver who is its
 * author, and for a change already justified (a justification is evidence; it is never rewritten).
 */
export async function justifyChange(
  tx: Db,
  actor: OrgActor,
  changeId: string,
  input: JustifyChange,
): Promise<void> {
  const [row] = await tx
    .select({ attributes: resources.attributes })
    .from(resources)
    .where(
      and(
        eq(resources.id, changeId),
        eq(resources.orgId, actor.orgId),
        eq(resources.type, 'github.merged_change'),
      ),
    );
  if (!row) throw notFound('Merged change');
  const a = row.attributes as unknown as Stored;
  const deviations = changeDeviations({
    author: a.author,
    mergedAt: a.merged_at,
    approvals: a.approvals.map((x) => ({ reviewer: x.reviewer, approvedAt: x.approved_at })),
    requiredApprovals: a.required_approvals ?? null,
  });
  const change = `${a.repository} #${a.number}`;
  if (deviations.length === 0)
    throw invalid('changeId', `changeId: ${change} was approved before merge; there is nothing to justify`);
  const reason = input.reason.trim();
  const approver = input.approver.trim();
  const problem = justificationProblem({ author: a.author, approver, reason });
  if (problem) throw invalid(problem.slice(0, problem.indexOf(':')), problem);
  const [made] = await tx
    .insert(changeJustifications)
    .values({
      orgId: actor.orgId,
      repository: a.repository,
      number: a.number,
      reason,
      approver,
      recordedBy: actor.userId,
    })
    .onConflictDoNothing()
    .returning({ id: changeJustifications.id });
  if (!made) throw conflict('changeId', `changeId: ${change} is already justified`);
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'change.justified',
    entityType: 'merged_change',
    entityId: changeId,
    changes: {
      change,
      deviations: deviations.map((d) => CHANGE_DEVIATION_WORDS[d]).join(', '),
      approver,
      reason,
    },
  });
}
