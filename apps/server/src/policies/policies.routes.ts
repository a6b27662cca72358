/** HTTP routes of the policies domain, registered from their descriptors in `@vigil/api`. */

import { policyRoutes as routes } from '@vigil/api';
import { POLICY_TEMPLATES, placeholdersIn } from '@vigil/catalog';
import { conflict, versionLabel } from '@vigil/core';
import { diffLines } from 'diff';
import { actorOf } from '../auth/request-auth.ts';
import type { App, AppContext } from '../context.ts';
import { markdownPdf } from '../documents/markdown-pdf.ts';
import { serve } from '../http/serve.ts';
import {
  getPolicy,
  getVersion,
  listPolicies,
  liveOn,
  policyRow,
  previousVersion,
  userNames,
  versionRow,
  versionSummary,
} from './policies.queries.ts';
import { acceptVersion, myPolicies, myVersion } from './policy-acceptance.ts';
import { approveVersion, rejectVersion, submitVersion } from './policy-approval.ts';
import { createPolicy, createVersion, editDraft, reviewNoChange, updatePolicy } from './policy-editor.ts';
import { acceptanceMatrix, matrixCsv, matrixXlsx } from './policy-matrix.ts';

/** What Vigil fills in by itself; the form asks for the rest. */
const KNOWN = new Set(['company_name', 'policy_owner', 'approver', 'review_cadence', 'effective_date']);
const today = () => new Date().toISOString().slice(0, 10);

export function registerPolicyRoutes(app: App, ctx: AppContext) {
  const { db } = ctx;
  const orgOf = (req: { auth?: { org?: { id: string } | null } | null }) => req.auth!.org!.id;

  serve(app, routes.list, async (req) => ({ items: await listPolicies(db, orgOf(req)) }));

  serve(app, routes.templates, async () => ({
    items: POLICY_TEMPLATES.map((t) => ({
      id: t.id,
      title: t.title,
      summary: t.summary,
      audience: t.audience,
      reviewCadenceMonths: t.reviewCadenceMonths,
      asks: placeholdersIn(t.body).filter((p) => !KNOWN.has(p)),
    })),
  }));

  serve(app, routes.create, async (req, reply) => {
    const actor = actorOf(req);
    const id = await db.transaction((tx) => createPolicy(tx, actor, req.body));
    return reply.status(201).send(await getPolicy(db, actor.orgId, id));
  });

  serve(app, routes.get, async (req) => getPolicy(db, orgOf(req), req.params.policyId));

  serve(app, routes.update, async (req) => {
    const actor = actorOf(req);
    await db.transaction((tx) => updatePolicy(tx, actor, req.params.policyId, req.body));
    return getPolicy(db, actor.orgId, req.params.policyId);
  });

  serve(app, routes.newVersion, async (req, reply) => {
    const actor = actorOf(req);
    const { policyId } = req.params;
    const id = await db.transaction((tx) => createVersion(tx, actor, policyId, req.body));
    return reply.status(201).send(await getVersion(db, actor.orgId, policyId, id));
  });

  serve(app, routes.review, async (req, reply) => {
    const actor = actorOf(req);
    const { policyId } = req.params;
    const id = await db.transaction((tx) => reviewNoChange(tx, actor, policyId, req.body.note));
    return reply.status(201).send(await getVersion(db, actor.orgId, policyId, id));
  });

  serve(app, routes.live, async (req) =>
    liveOn(db, orgOf(req), req.params.policyId, req.query.on ?? today()),
  );

  serve(app, routes.version, async (req) =>
    getVersion(db, orgOf(req), req.params.policyId, req.params.versionId),
  );

  serve(app, routes.editVersion, async (req) => {
    const actor = actorOf(req);
    const { policyId, versionId } = req.params;
    await db.transaction((tx) => editDraft(tx, actor, policyId, versionId, req.body));
    return getVersion(db, actor.orgId, policyId, versionId);
  });

  serve(app, routes.submit, async (req) => {
    const actor = actorOf(req);
    const { policyId, versionId } = req.params;
    await db.transaction((tx) => submitVersion(tx, actor, policyId, versionId));
    return getVersion(db, actor.orgId, policyId, versionId);
  });

  serve(app, routes.approve, async (req) => {
    const actor = actorOf(req);
    const { policyId, versionId } = req.params;
    await db.transaction((tx) => approveVersion(tx, actor, policyId, versionId));
    return getVersion(db, actor.orgId, policyId, versionId);
  });

  serve(app, routes.reject, async (req) => {
    const actor = actorOf(req);
    const { policyId, versionId } = req.params;
    await db.transaction((tx) => rejectVersion(tx, actor, policyId, versionId, req.body.reason));
    return getVersion(db, actor.orgId, policyId, versionId);
  });

  serve(app, routes.diff, async (req) => {
    const orgId = orgOf(req);
    await policyRow(db, orgId, req.params.policyId);
    const to = await versionRow(db, orgId, req.params.policyId, req.params.versionId);
    const from = await previousVersion(db, to);
    const parts = diffLines(from?.content ?? '', to.content).map((p) => ({
      kind: p.added ? ('added' as const) : p.removed ? ('removed' as const) : ('same' as const),
      text: p.value,
    }));
    return {
      from: from ? await versionSummary(db, from) : null,
      to: await versionSummary(db, to),
      parts,
    };
  });

  serve(app, routes.pdf, async (req, reply) => {
    const orgId = orgOf(req);
    const policy = await policyRow(db, orgId, req.params.policyId);
    const v = await versionRow(db, orgId, req.params.policyId, req.params.versionId);
    if (!v.publishedAt || !v.approvedAt)
      throw conflict(
        'versionId',
        `Version ${versionLabel(v)} is not published yet, so it has no approved PDF`,
      );
    const names = await userNames(db, [v.approvedBy]);
    const approver = (v.approvedBy && names.get(v.approvedBy)) || 'a former member';
    const label = versionLabel(v);
    const approvedOn = v.approvedAt.toISOString().slice(0, 10);
    const pdf = await markdownPdf(v.content, {
      title: `${policy.title}, version ${label}`,
      subject: `Version ${label}, approved by ${approver} on ${approvedOn}`,
      lines: [
        `Version ${label} · approved by ${approver} on ${approvedOn} · published ${v.publishedAt.toISOString().slice(0, 10)}`,
        ...(v.supersededAt ? [`Superseded on ${v.supersededAt.toISOString().slice(0, 10)}`] : []),
        `SHA-256 of the text: ${v.contentSha256}`,
      ],
    });
    const file = `${policy.title.replace(/[^\w.-]+/g, '-')}-v${label}.pdf`;
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="${file}"`)
      .send(pdf);
  });

  serve(app, routes.matrix, async (req) => acceptanceMatrix(db, orgOf(req), req.query.policyId, today()));

  serve(app, routes.matrixCsv, async (req, reply) => {
    const m = await acceptanceMatrix(db, orgOf(req), req.query.policyId, today());
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="policy-acceptance.csv"')
      .send(matrixCsv(m));
  });

  serve(app, routes.matrixXlsx, async (req, reply) => {
    const m = await acceptanceMatrix(db, orgOf(req), req.query.policyId, today());
    return reply
      .header('content-type', routes.matrixXlsx.file)
      .header('content-disposition', 'attachment; filename="policy-acceptance.xlsx"')
      .send(await matrixXlsx(m));
  });

  serve(app, routes.mine, async (req) => {
    const actor = actorOf(req);
    return { items: await myPolicies(db, actor.orgId, actor.userId) };
  });

  serve(app, routes.myVersion, async (req) => {
    const actor = actorOf(req);
    return myVersion(db, actor.orgId, actor.userId, req.params.versionId);
  });

  serve(app, routes.accept, async (req) => {
    const actor = actorOf(req);
    await db.transaction((tx) => acceptVersion(tx, actor, req.params.versionId));
    return myVersion(db, actor.orgId, actor.userId, req.params.versionId);
  });
}
