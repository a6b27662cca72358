/**
 * Operating effectiveness for an engagement: for each in-scope control, the share of the Type II
 * window it operated, its exceptions and a timeline; for Type I, its state at the as-of date.
 * One range query reads the intervals of every relevant check; the rest is the pure computation.
 */
import type { ControlEffectiveness, EngagementEffectiveness, ExceptionView } from '@vigil/api';
import { type CategoryId, criteriaForCategories } from '@vigil/catalog';
import { inclusiveWindowEnd } from '@vigil/core';
import { type Db, rowsOf, schema } from '@vigil/db';
import {
  computeEffectiveness,
  resourceKey,
  type Span,
  type StoredInterval,
  stateAt,
  withoutGaps,
} from '@vigil/monitoring';
import { and, eq, gt, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';
import { getEngagement } from '../engagements/index.ts';
import { collectionGapsByType } from './connector-feeds.ts';
import { type AnyCheck, checksForOrg, type MonitoringRegistry } from './registry.ts';

const startOfDay = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/** The in-scope controls of an engagement: applicable ones mapped to a criterion of its categories. */
async function inScopeControls(db: Db, orgId: string, categories: readonly CategoryId[]) {
  const criteria = criteriaForCategories(categories).map((c) => c.id);
  if (criteria.length === 0) return [];
  const { controls, controlCriteria } = schema;
  return db
    .select({ id: controls.id, code: controls.code, title: controls.title, templateId: controls.templateId })
    .from(controls)
    .where(
      and(
        eq(controls.orgId, orgId),
        eq(controls.applicable, true),
        inArray(
          controls.id,
          db
            .select({ id: controlCriteria.controlId })
            .from(controlCriteria)
            .where(and(eq(controlCriteria.orgId, orgId), inArray(controlCriteria.criterionId, criteria))),
        ),
      ),
    )
    .orderBy(controls.code);
}

/** A failing interval with its resource: check, reason, from and to (epoch ms), source, type, external id, name. */
type FailingRow = [string, string, number, number | null, string, string, string, string];

/**
 * Intervals of the given checks overlapping [from, to]. Failing intervals are the exceptions and come
 * with their resource; the passing ones only say when a check was evaluated, which its coverage
 * spans say in a few rows (errors and not-applicable results count for neither).
 */
async function intervalsOverlapping(db: Db, orgId: string, checkIds: string[], from: Date, to: Date) {
  if (checkIds.length === 0) return [];
  const { checkCoverage: cv } = schema;
  const instant = from.getTime() === to.getTime();
  // The failing intervals come as one JSON text value: PGlite decodes every field of every row in
  // JavaScript (a buffer copy each), and a control with thousands of exceptions has 8 fields apiece.
  const [failing, coverage] = await Promise.all([
    db.execute(sql`
      select json_agg(json_build_array(ci.check_id, ci.reason,
          floor(extract(epoch from ci."from") * 1000)::bigint, floor(extract(epoch from ci."to") * 1000)::bigint,
          r.source, r.type, r.external_id, r.name))::text as rows
      from check_intervals ci
      join resources r on r.id = ci.resource_id
      where ci.org_id = ${orgId} and ci.check_id = any(${sql.param(checkIds)}::text[]) and ci.status = 'fail'
        and ci."from" ${instant ? sql`<=` : sql`<`} ${to} and (ci."to" is null or ci."to" > ${from})`),
    db
      .select({ checkId: cv.checkId, from: cv.from, to: cv.to })
      .from(cv)
      .where(
        and(
          eq(cv.orgId, orgId),
          inArray(cv.checkId, checkIds),
          instant ? lte(cv.from, to) : lt(cv.from, to),
          or(isNull(cv.to), gt(cv.to, from)),
        ),
      ),
  ]);
  const [packed] = rowsOf<{ rows: string | null }>(failing);
  const rows = JSON.parse(packed?.rows ?? '[]') as FailingRow[];
  const out: StoredInterval[] = rows.map(
    ([checkId, reason, fromMs, toMs, source, type, externalId, name]) => ({
      checkId,
      resourceKey: resourceKey({ source, type, externalId }),
      resourceName: name,
      status: 'fail',
      reason,
      from: new Date(fromMs),
      to: toMs === null ? null : new Date(toMs),
    }),
  );
  for (const row of coverage) {
    // A span of coverage reads as a pass: where a failure overlaps it, the failure decides.
    out.push({ ...row, resourceKey: '', resourceName: '', status: 'pass', reason: '' });
  }
  return out;
}

/**
 * ISO text of an instant. Exceptions begin and end at sweep times, a few hundred distinct instants
 * for thousands of exceptions, so each is formatted once.
 */
function isoFormatter() {
  const seen = new Map<number, string>();
  return (d: Date) => {
    const t = d.getTime();
    let text = seen.get(t);
    if (text === undefined) {
      text = d.toISOString();
      seen.set(t, text);
    }
    return text;
  };
}

/**
 * Computes effectiveness for every in-scope control of an engagement the viewer may see, or for the
 * one `controlId` (reading only that control's intervals).
 */
export async function engagementEffectiveness(
  db: Db,
  orgId: string,
  viewer: { role: string; userId: string },
  registry: MonitoringRegistry,
  engagementId: string,
  now = new Date(),
  controlId?: string,
): Promise<EngagementEffectiveness> {
  const engagement = await getEngagement(db, orgId, viewer, engagementId);
  const [all, checks] = await Promise.all([
    inScopeControls(db, orgId, engagement.categories),
    checksForOrg(db, orgId, registry),
  ]);
  const controls = controlId === undefined ? all : all.filter((k) => k.id === controlId);
  const checksOf = (templateId: string | null): AnyCheck[] =>
    templateId ? checks.filter((c) => c.controls.includes(templateId)) : [];
  const relevant = [...new Set(controls.flatMap((k) => checksOf(k.templateId).map((c) => c.id)))];
  const byId = new Map(checks.map((c) => [c.id, c]));
  const typeII = engagement.reportType === 'type2';
  const start = typeII ? startOfDay(engagement.windowStart!) : null;
  // Type I: the last instant of the as-of day.
  const end = typeII
    ? inclusiveWindowEnd(engagement.windowEnd!)
    : new Date(inclusiveWindowEnd(engagement.asOfDate!).getTime() - 1);
  const until = new Date(Math.min(end.getTime(), now.getTime()));
  const from = start ?? until;
  const [stored, gapsByType] = await Promise.all([
    until > from || !typeII ? intervalsOverlapping(db, orgId, relevant, from, until) : [],
    collectionGapsByType(db, orgId, until),
  ]);
  // Passing time while a check's data could not be current is not evaluated (collection-gaps).
  const noGaps: Span[] = [];
  const intervals = withoutGaps(
    stored,
    (checkId) => gapsByType.get(byId.get(checkId)?.resourceType.type ?? '') ?? noGaps,
  );

  const iso = isoFormatter();
  const exceptionView = (e: {
    checkId: string;
    resourceKey: string;
    resourceName: string;
    reason: string;
    failedFrom: Date;
    remediatedAt: Date | null;
    durationMs: number;
  }): ExceptionView => {
    const check = byId.get(e.checkId);
    return {
      checkId: e.checkId,
      checkTitle: check?.title ?? e.checkId,
      severity: check?.severity ?? 'medium',
      resourceKey: e.resourceKey,
      resourceName: e.resourceName,
      reason: e.reason,
      failedFrom: iso(e.failedFrom),
      remediatedAt: e.remediatedAt ? iso(e.remediatedAt) : null,
      durationMs: e.durationMs,
    };
  };

  const byCheck = new Map<string, StoredInterval[]>();
  for (const i of intervals) {
    const list = byCheck.get(i.checkId);
    if (list) list.push(i);
    else byCheck.set(i.checkId, [i]);
  }
  const result = controls.map((k): ControlEffectiveness => {
    const checkIds = checksOf(k.templateId).map((c) => c.id);
    const mine = checkIds.flatMap((id) => byCheck.get(id) ?? []);
    const base = { controlId: k.id, code: k.code, title: k.title, checkIds };
    if (!typeII) {
      const state = stateAt(mine, until);
      const failing = state.filter((i) => i.status === 'fail');
      const evaluated = state.some((i) => i.status === 'pass' || i.status === 'fail');
      return {
        ...base,
        state: failing.length ? 'exception' : evaluated ? 'operating' : 'not_evaluated',
        operatingShare: evaluated && failing.length === 0 ? 1 : 0,
        evaluatedShare: evaluated ? 1 : 0,
        exceptions: failing.map((i) =>
          exceptionView({
            ...i,
            failedFrom: i.from,
            remediatedAt: null,
            durationMs: until.getTime() - i.from.getTime(),
          }),
        ),
        timeline: [],
      };
    }
    if (until <= from) {
      return {
        ...base,
        state: 'not_evaluated',
        operatingShare: 0,
        evaluatedShare: 0,
        exceptions: [],
        timeline: [],
      };
    }
    const eff = computeEffectiveness(mine, from, until);
    return {
      ...base,
      state: eff.exceptions.length ? 'exception' : eff.evaluatedShare > 0 ? 'operating' : 'not_evaluated',
      operatingShare: eff.operatingShare,
      evaluatedShare: eff.evaluatedShare,
      exceptions: eff.exceptions.map(exceptionView),
      timeline: eff.timeline.map((s) => ({
        from: iso(s.from),
        to: iso(s.to),
        state: s.state,
        failing: s.failing,
      })),
    };
  });
  return {
    engagementId,
    reportType: engagement.reportType,
    windowStart: engagement.windowStart,
    windowEnd: engagement.windowEnd,
    asOfDate: engagement.asOfDate,
    evaluatedUntil: iso(until),
    controls: result,
  };
}
