/**
 * Audit events as people read them: the ids an event mentions resolved to names (members, controls by
 * reference, connectors, evidence, engagements, systems), then worded by the rules in `@vigil/core`.
 * Names are looked up when read, so an event shows today's name of what still exists and falls back
 * to the name it recorded for what was removed.
 */
import {
  type AuditNames,
  auditActionLabel,
  auditDetailLines,
  auditObjectTypeLabel,
  auditSentence,
  type DetailLine,
} from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, eq, inArray } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/** What the presenter needs of a stored event. */
export interface AuditEventRow {
  actorType: string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string | null;
  changes: Record<string, unknown>;
}

/** The readable fields added to each event. */
export interface AuditEventWords {
  actorName: string;
  actionLabel: string;
  summary: string;
  objectType: string;
  objectName: string | null;
  details: DetailLine[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function collectIds(value: unknown, into: Set<string>) {
  if (typeof value === 'string') {
    if (UUID.test(value)) into.add(value);
  } else if (Array.isArray(value)) {
    for (const v of value) collectIds(v, into);
  } else if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) collectIds(v, into);
  }
}

interface Lookups {
  /** id → the name a sentence uses (a control's reference code). */
  short: Map<string, string>;
  /** id → the full name (a control's code and title). */
  full: Map<string, string>;
  users: Map<string, string>;
  failingOfRun: Map<string, number>;
}

async function lookUp(db: Db, orgId: string, ids: string[]): Promise<Lookups> {
  const short = new Map<string, string>();
  const full = new Map<string, string>();
  const users = new Map<string, string>();
  const failingOfRun = new Map<string, number>();
  if (ids.length === 0) return { short, full, users, failingOfRun };
  const { controls, connectors, engagements, evidence, runs, systems } = schema;
  const inOrg = (t: { orgId: AnyPgColumn; id: AnyPgColumn }) => and(eq(t.orgId, orgId), inArray(t.id, ids));
  const [people, ctl, conn, eng, evi, sys, run] = await Promise.all([
    db
      .select({ id: schema.users.id, name: schema.users.name })
      .from(schema.users)
      .where(inArray(schema.users.id, ids)),
    db
      .select({ id: controls.id, code: controls.code, title: controls.title })
      .from(controls)
      .where(inOrg(controls)),
    db.select({ id: connectors.id, name: connectors.name }).from(connectors).where(inOrg(connectors)),
    db.select({ id: engagements.id, name: engagements.name }).from(engagements).where(inOrg(engagements)),
    db.select({ id: evidence.id, name: evidence.title }).from(evidence).where(inOrg(evidence)),
    db.select({ id: systems.id, name: systems.name }).from(systems).where(inOrg(systems)),
    db.select({ id: runs.id, stats: runs.stats }).from(runs).where(inOrg(runs)),
  ]);
  for (const u of people) users.set(u.id, u.name);
  for (const c of ctl) {
    short.set(c.id, c.code);
    full.set(c.id, `${c.code} ${c.title}`);
  }
  for (const r of [...people, ...conn, ...eng, ...evi, ...sys]) {
    short.set(r.id, r.name);
    full.set(r.id, r.name);
  }
  for (const r of run) {
    const fail = (r.stats.results as Record<string, unknown> | undefined)?.fail;
    if (typeof fail === 'number') failingOfRun.set(r.id, fail);
  }
  return { short, full, users, failingOfRun };
}

/** "Olivia Chen", "Olivia Chen (API token 'ci')" or "Vigil" for work Vigil did by itself. */
function actorName(e: AuditEventRow, users: Map<string, string>): string {
  if (e.actorType === 'system') return 'Vigil';
  const person = (e.actorId && users.get(e.actorId)) || e.actorLabel.replace(/ \(token .*\)$/, '');
  const token = /\(token (.*)\)$/.exec(e.actorLabel)?.[1];
  return token ? `${person} (API token '${token}')` : person;
}

const text = (v: unknown) => (typeof v === 'string' && v ? v : null);

/** The name of the object from what the event recorded, for objects since removed or never looked up. */
function recordedName(e: AuditEventRow): string | null {
  const c = e.changes;
  const spec = (c.spec ?? c.to) as { name?: unknown } | undefined;
  return text(c.title) ?? text(c.name) ?? text(c.email) ?? text(spec?.name) ?? null;
}

/** Adds the readable fields to each event, resolving every id the page mentions in one round of queries. */
export async function presentAuditEvents<T extends AuditEventRow>(
  db: Db,
  orgId: string,
  rows: T[],
): Promise<(T & AuditEventWords)[]> {
  const ids = new Set<string>();
  for (const r of rows) {
    collectIds(r.changes, ids);
    collectIds(r.entityId, ids);
    collectIds(r.actorId, ids);
  }
  const found = await lookUp(db, orgId, [...ids]);
  const idNames = Object.fromEntries(found.short);
  return rows.map((r) => {
    const live = r.entityId ? found.short.get(r.entityId) : undefined;
    const runConnector = r.entityType === 'run' ? text(r.changes.connectorId) : null;
    const names: AuditNames = {
      actor: actorName(r, found.users),
      object: live ?? null,
      ids: idNames,
      failing: r.entityId ? found.failingOfRun.get(r.entityId) : undefined,
    };
    const objectName =
      (r.entityId && found.full.get(r.entityId)) ||
      (runConnector && found.short.get(runConnector)) ||
      recordedName(r);
    return {
      ...r,
      actorName: names.actor,
      actionLabel: auditActionLabel(r.action),
      summary: auditSentence(r, names),
      objectType: auditObjectTypeLabel(r.entityType),
      objectName,
      details: auditDetailLines(r.changes, idNames),
    };
  });
}
