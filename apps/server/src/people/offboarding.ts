/**
 * Offboarding: an end date opens it with the organization's SLA of the moment; every account of the
 * leaver is tracked from the sweeps (last seen active, first seen off) until it is off, or attested
 * by a person for systems Vigil does not watch. Overdue accounts alert the owners of the
 * access-removal control once.
 */
import { DEFAULT_OFFBOARDING_SLA_DAYS, deprovisioningVerdict, invalid, lagInWords } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { BUILTIN_CHECKS } from '@vigil/monitoring';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-recorder.ts';
import { controlsOfCheck, insertOutbox, loadControlLinks, rowsForControls } from '../monitoring/index.ts';
import { accountOwners, loadAccounts } from './accounts.queries.ts';

const {
  offboardings,
  offboardingAccounts,
  people,
  peopleSettings,
  resources,
  resourceScopes,
  organizations,
} = schema;

/** The organization's offboarding SLA in business days (the default when never set). */
export async function offboardingSla(db: Db, orgId: string): Promise<number> {
  const [row] = await db.select().from(peopleSettings).where(eq(peopleSettings.orgId, orgId));
  return row?.offboardingSlaBusinessDays ?? DEFAULT_OFFBOARDING_SLA_DAYS;
}

/**
 * Opens a leaver's offboarding with today's SLA, or moves its end date when the HR system changed it
 * (the SLA stays the one it opened with). Returns true when it opened.
 */
export async function openOffboarding(
  tx: Db,
  actor: Actor,
  p: { orgId: string; personId: string; name: string; endDate: string; now: Date },
  /** False when the caller tracks the accounts of many leavers at once afterwards (a roster sweep). */
  track = true,
): Promise<boolean> {
  const [existing] = await tx.select().from(offboardings).where(eq(offboardings.personId, p.personId));
  if (existing) {
    if (existing.endDate !== p.endDate) {
      await tx.update(offboardings).set({ endDate: p.endDate }).where(eq(offboardings.id, existing.id));
    }
    return false;
  }
  const sla = await offboardingSla(tx, p.orgId);
  const [row] = await tx
    .insert(offboardings)
    .values({
      orgId: p.orgId,
      personId: p.personId,
      endDate: p.endDate,
      slaBusinessDays: sla,
      openedAt: p.now,
    })
    .returning();
  if (track) await trackNewAccounts(tx, p.orgId, row!.id, p.personId, p.now);
  await recordAudit(tx, actor, {
    orgId: p.orgId,
    action: 'offboarding.opened',
    entityType: 'person',
    entityId: p.personId,
    changes: { name: p.name, endDate: p.endDate, slaBusinessDays: sla },
  });
  return true;
}

/**
 * Adds a tracked row for each account of the person not tracked yet. An account already off is closed
 * at once; an active one counts as seen active at its scope's last sweep.
 */
export async function trackNewAccounts(
  tx: Db,
  orgId: string,
  offboardingId: string,
  personId: string,
  now: Date,
) {
  await trackAllNewAccounts(tx, orgId, [{ id: offboardingId, personId }], now);
}

/** `trackNewAccounts` for several offboardings, reading the accounts and their owners once. */
async function trackAllNewAccounts(
  tx: Db,
  orgId: string,
  open: readonly { id: string; personId: string }[],
  now: Date,
) {
  if (open.length === 0) return;
  const accounts = await loadAccounts(tx, orgId);
  const owners = await accountOwners(tx, orgId, accounts);
  const tracked = await tx
    .select({ offboardingId: offboardingAccounts.offboardingId, resourceId: offboardingAccounts.resourceId })
    .from(offboardingAccounts)
    .where(
      inArray(
        offboardingAccounts.offboardingId,
        open.map((o) => o.id),
      ),
    );
  const known = new Set(tracked.map((t) => `${t.offboardingId}:${t.resourceId}`));
  const offboardingOf = new Map(open.map((o) => [o.personId, o.id]));
  for (const a of accounts) {
    const personId = owners.get(a.resourceId)?.personId;
    const offboardingId = personId ? offboardingOf.get(personId) : undefined;
    if (!offboardingId || known.has(`${offboardingId}:${a.resourceId}`)) continue;
    const seen = a.active === false ? null : await lastSweptAt(tx, orgId, a.resourceId);
    await tx.insert(offboardingAccounts).values({
      orgId,
      offboardingId,
      resourceId: a.resourceId,
      system: a.system,
      account: a.account,
      lastSeenActiveAt: seen,
      closedAt: a.active === false ? now : null,
    });
  }
}

/** When the sweep of an account's scope last saw it. */
async function lastSweptAt(tx: Db, orgId: string, resourceId: string): Promise<Date | null> {
  const [row] = await tx
    .select({ at: resourceScopes.lastSweptAt, lastSeen: resources.lastSeen })
    .from(resources)
    .leftJoin(
      resourceScopes,
      and(
        eq(resourceScopes.orgId, resources.orgId),
        eq(resourceScopes.source, resources.source),
        eq(resourceScopes.type, resources.type),
        sql`${resourceScopes.connectorId} is not distinct from ${resources.connectorId}`,
      ),
    )
    .where(and(eq(resources.orgId, orgId), eq(resources.id, resourceId)));
  return row ? (row.at ?? row.lastSeen) : null;
}

/**
 * After a sweep of accounts: each tracked account the sweep covered is seen active now (its lag
 * grows) or off (closed now, unless already closed); accounts new to a leaver start being tracked.
 */
export async function followAccountSweep(
  tx: Db,
  sweep: { orgId: string; source: string; connectorId: string | null; now: Date },
): Promise<void> {
  const open = await tx.select().from(offboardings).where(eq(offboardings.orgId, sweep.orgId));
  if (open.length === 0) return;
  await trackAllNewAccounts(tx, sweep.orgId, open, sweep.now);
  const rows = await tx
    .select({
      id: offboardingAccounts.id,
      resourceId: offboardingAccounts.resourceId,
      closedAt: offboardingAccounts.closedAt,
    })
    .from(offboardingAccounts)
    .innerJoin(resources, eq(resources.id, offboardingAccounts.resourceId))
    .where(
      and(
        eq(offboardingAccounts.orgId, sweep.orgId),
        isNull(offboardingAccounts.attestedBy),
        eq(resources.source, sweep.source),
        sweep.connectorId === null
          ? isNull(resources.connectorId)
          : eq(resources.connectorId, sweep.connectorId),
      ),
    );
  if (rows.length === 0) return;
  const present = new Map(
    (
      await loadAccounts(
        tx,
        sweep.orgId,
        rows.map((r) => r.resourceId!),
      )
    ).map((a) => [a.resourceId, a]),
  );
  for (const r of rows) {
    const account = present.get(r.resourceId!);
    const on = account !== undefined && account.active !== false;
    const set = on
      ? { lastSeenActiveAt: sweep.now, closedAt: null }
      : r.closedAt
        ? null
        : { closedAt: sweep.now };
    if (set) await tx.update(offboardingAccounts).set(set).where(eq(offboardingAccounts.id, r.id));
  }
}

/** Records a person's word that a leaver lost an account in a system Vigil does not watch. */
export async function attestAccount(
  tx: Db,
  actor: Actor & { orgId: string },
  personId: string,
  req: { system: string; account: string; reason: string },
  now = new Date(),
): Promise<void> {
  const [o] = await tx
    .select()
    .from(offboardings)
    .where(and(eq(offboardings.orgId, actor.orgId), eq(offboardings.personId, personId)));
  if (!o) throw invalid('personId', 'personId: this person has no offboarding; set their end date first');
  await tx.insert(offboardingAccounts).values({
    orgId: actor.orgId,
    offboardingId: o.id,
    resourceId: null,
    system: req.system,
    account: req.account,
    closedAt: now,
    // The person attests it is off now; nothing watched it, so it counts as active until then.
    lastSeenActiveAt: now,
    attestedBy: actor.userId,
    attestedReason: req.reason,
  });
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'offboarding.account_attested',
    entityType: 'person',
    entityId: personId,
    changes: { system: req.system, account: req.account, reason: req.reason },
  });
}

/** Every tracked account of the organization with its verdict now, for lists and counts. */
export async function offboardingVerdicts(db: Db, orgId: string, now: Date, personId?: string) {
  const rows = await db
    .select({ a: offboardingAccounts, o: offboardings, name: people.name, managerId: people.managerId })
    .from(offboardingAccounts)
    .innerJoin(offboardings, eq(offboardings.id, offboardingAccounts.offboardingId))
    .innerJoin(people, eq(people.id, offboardings.personId))
    .where(
      and(eq(offboardingAccounts.orgId, orgId), personId ? eq(offboardings.personId, personId) : undefined),
    );
  return rows.map((r) => ({
    ...r,
    verdict: deprovisioningVerdict({
      endDate: r.o.endDate,
      slaBusinessDays: r.o.slaBusinessDays,
      lastSeenActiveAt: r.a.lastSeenActiveAt,
      closedAt: r.a.closedAt,
      now,
    }),
  }));
}

/** The template ids of the access-removal controls: their owners own the systems' deprovisioning. */
const LEAVER_CONTROLS = BUILTIN_CHECKS.find((c) => c.id === 'hr.leaver_accounts_disabled')?.controls ?? [];

/** Sends one 'overdue' alert per account past its deadline and still active; never twice. */
export async function alertOverdueAccounts(tx: Db, orgId: string, now: Date): Promise<number> {
  const due = (await offboardingVerdicts(tx, orgId, now)).filter(
    (r) => r.verdict.state === 'overdue' && r.a.overdueAlertedAt === null,
  );
  if (due.length === 0) return 0;
  const links = (await loadControlLinks(tx, orgId)).filter((l) =>
    LEAVER_CONTROLS.includes(l.templateId ?? ''),
  );
  const controls = controlsOfCheck({ controls: LEAVER_CONTROLS }, links);
  for (const r of due) {
    const payload = {
      title: `${r.name}'s ${r.a.system} account ${r.a.account} is still active`,
      reason: `${r.name} left on ${r.o.endDate}; the account had to be disabled within ${r.o.slaBusinessDays} business day(s) and is ${lagInWords(r.verdict.lagMs)} past the end date.`,
      area: 'offboarding',
      link: `/people/${r.o.personId}`,
    };
    await insertOutbox(tx, rowsForControls(orgId, 'overdue', payload, controls));
  }
  await tx
    .update(offboardingAccounts)
    .set({ overdueAlertedAt: now })
    .where(
      inArray(
        offboardingAccounts.id,
        due.map((r) => r.a.id),
      ),
    );
  return due.length;
}

/** The daily escalation: overdue leaver accounts of every organization, each organization in its own transaction. */
export async function escalateOverdueOffboarding(db: Db, now: Date): Promise<number> {
  const orgs = await db.select({ id: organizations.id }).from(organizations);
  let sent = 0;
  for (const o of orgs) sent += await db.transaction((tx) => alertOverdueAccounts(tx, o.id, now));
  return sent;
}
