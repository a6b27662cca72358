/** HTTP routes of exercises (/api/exercises): tabletops, continuity tests and their CSV export. */
import { exerciseRoutes as routes } from '@vigil/api';
import { notFound } from '@vigil/core';
import { stringify } from 'csv-stringify/sync';
import { actorOf } from '../auth/request-auth.ts';
import type { App, AppContext } from '../context.ts';
import { serve } from '../http/serve.ts';
import {
  createContinuityTest,
  createTabletop,
  KIND_WORDS,
  listContinuityTests,
  listTabletops,
  OUTCOME_WORDS,
  setActionStatus,
  updateContinuityTest,
  updateTabletop,
} from './exercises.service.ts';

/** Spreadsheets run cells that start like a formula; these texts are typed by people, so defuse them. */
const cell = (v: string) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);

const CSV_COLUMNS = [
  'type',
  'date',
  'subject',
  'target_rto_minutes',
  'achieved_rto_minutes',
  'target_rpo_minutes',
  'achieved_rpo_minutes',
  'objectives',
  'people',
  'result_or_findings',
  'actions',
];

const num = (n: number | null) => (n === null ? '' : String(n));
const actionText = (a: { title: string; ownerName: string | null; dueDate: string | null }) =>
  `${a.title} (${a.ownerName ?? 'no owner'}${a.dueDate ? `, due ${a.dueDate}` : ''})`;
const peopleText = (ps: { name: string; role: string }[]) =>
  ps.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)).join('; ');

export function registerExerciseRoutes(app: App, ctx: AppContext) {
  const { db } = ctx;

  serve(app, routes.tabletops, async (req) => ({ items: await listTabletops(db, req.auth!.org!.id) }));

  serve(app, routes.createTabletop, async (req, reply) => {
    const actor = actorOf(req);
    const id = await db.transaction((tx) => createTabletop(tx, actor, req.body));
    const created = (await listTabletops(db, actor.orgId)).find((t) => t.id === id);
    if (!created) throw notFound('tabletop exercise');
    return reply.status(201).send(created);
  });

  serve(app, routes.updateTabletop, async (req) => {
    const actor = actorOf(req);
    const id = req.params.tabletopId;
    await db.transaction((tx) => updateTabletop(tx, actor, id, req.body));
    const changed = (await listTabletops(db, actor.orgId)).find((t) => t.id === id);
    if (!changed) throw notFound('tabletop exercise');
    return changed;
  });

  serve(app, routes.continuityTests, async (req) => ({
    items: await listContinuityTests(db, req.auth!.org!.id),
  }));

  serve(app, routes.createContinuityTest, async (req, reply) => {
    const actor = actorOf(req);
    const id = await db.transaction((tx) => createContinuityTest(tx, actor, req.body));
    const created = (await listContinuityTests(db, actor.orgId)).find((t) => t.id === id);
    if (!created) throw notFound('continuity test');
    return reply.status(201).send(created);
  });

  serve(app, routes.updateContinuityTest, async (req) => {
    const actor = actorOf(req);
    const id = req.params.continuityTestId;
    await db.transaction((tx) => updateContinuityTest(tx, actor, id, req.body));
    const changed = (await listContinuityTests(db, actor.orgId)).find((t) => t.id === id);
    if (!changed) throw notFound('continuity test');
    return changed;
  });

  serve(app, routes.setActionStatus, async (req) => {
    const actor = actorOf(req);
    const id = req.params.exerciseActionId;
    await db.transaction((tx) => setActionStatus(tx, actor, id, req.body.status));
    const [tabletops, tests] = await Promise.all([
      listTabletops(db, actor.orgId),
      listContinuityTests(db, actor.orgId),
    ]);
    const action = [...tabletops, ...tests].flatMap((x) => x.actions).find((a) => a.id === id);
    if (!action) throw notFound('follow-up action');
    return action;
  });

  serve(app, routes.exportCsv, async (req, reply) => {
    const orgId = req.auth!.org!.id;
    const [tabletops, tests] = await Promise.all([listTabletops(db, orgId), listContinuityTests(db, orgId)]);
    const rows = [
      ...tabletops.map((t) => [
        'tabletop exercise',
        t.heldOn,
        t.scenario === 'custom' ? t.scenarioDescription : t.scenario.replace('_', ' '),
        '',
        '',
        '',
        '',
        '',
        peopleText(t.attendees),
        t.findings,
        t.actions.map(actionText).join('; '),
      ]),
      ...tests.map((t) => [
        KIND_WORDS[t.kind],
        t.performedOn,
        t.subject,
        num(t.targetRtoMinutes),
        num(t.achievedRtoMinutes),
        num(t.targetRpoMinutes),
        num(t.achievedRpoMinutes),
        OUTCOME_WORDS[t.outcome],
        peopleText(t.participants),
        t.result,
        t.actions.map(actionText).join('; '),
      ]),
    ].map((r) => r.map(cell));
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="exercises.csv"')
      .send(stringify([CSV_COLUMNS, ...rows]));
  });
}
