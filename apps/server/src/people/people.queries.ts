/** Read queries of the people domain: the register, one person's page, and their presenters. */
import type { OffboardingAccount, PeopleListQuery, Person, PersonDetail } from '@vigil/api';
import { notFound, ONBOARDING_ITEM_TITLES, offboardingDeadline } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, asc, eq, ilike, or } from 'drizzle-orm';
import { accountsOfPerson, activeAccountsOfLeavers } from './accounts.queries.ts';
import { offboardingVerdicts } from './offboarding.ts';
import { ROSTER_FIELDS } from './roster-sync.ts';

const { offboardings, onboardingItems, people, users } = schema;
type PersonRow = typeof people.$inferSelect;

interface Due {
  /** Resource ids of watched accounts still inside their deadline. */
  accounts: Set<string>;
  /** Per person, how many of their offboarding accounts are still inside their deadline. */
  perPerson: Map<string, number>;
}

function present(
  p: PersonRow,
  names: Map<string, string>,
  exceptions: Map<string, number>,
  due: Due,
): Person {
  return {
    id: p.id,
    name: p.name,
    email: p.email,
    aliases: p.aliases,
    workerType: p.workerType,
    department: p.department,
    title: p.title,
    managerId: p.managerId,
    managerName: p.managerId ? (names.get(p.managerId) ?? null) : null,
    startDate: p.startDate,
    endDate: p.endDate,
    status: p.status,
    inScope: p.inScope,
    scopeJustification: p.scopeJustification,
    source: p.source,
    exceptions: exceptions.get(p.id) ?? 0,
    accountsDue: p.status === 'terminated' ? (due.perPerson.get(p.id) ?? 0) : 0,
  };
}

async function namesOf(db: Db, orgId: string) {
  const rows = await db
    .select({ id: people.id, name: people.name })
    .from(people)
    .where(eq(people.orgId, orgId));
  return new Map(rows.map((r) => [r.id, r.name]));
}

type Verdicts = Awaited<ReturnType<typeof offboardingVerdicts>>;

/**
 * Watched accounts of leavers that are still active but inside their offboarding deadline: the SLA
 * gives them until then, so they are not exceptions yet (the offboarding section lists them as due).
 */
function dueNotLate(verdicts: Verdicts): Due {
  const due: Due = { accounts: new Set(), perPerson: new Map() };
  for (const { a, o, verdict } of verdicts) {
    if (verdict.state !== 'open') continue;
    if (a.resourceId) due.accounts.add(a.resourceId);
    due.perPerson.set(o.personId, (due.perPerson.get(o.personId) ?? 0) + 1);
  }
  return due;
}

/** The register, filtered, by name. */
export async function listPeople(
  db: Db,
  orgId: string,
  q: PeopleListQuery,
  now = new Date(),
): Promise<Person[]> {
  const text = q.q ? `%${q.q.replace(/[%_\\]/g, '\\$&')}%` : null;
  const rows = await db
    .select()
    .from(people)
    .where(
      and(
        eq(people.orgId, orgId),
        q.status ? eq(people.status, q.status) : undefined,
        q.workerType ? eq(people.workerType, q.workerType) : undefined,
        q.inScope ? eq(people.inScope, q.inScope === 'true') : undefined,
        text
          ? or(ilike(people.name, text), ilike(people.email, text), ilike(people.department, text))
          : undefined,
      ),
    )
    .orderBy(asc(people.name), asc(people.email));
  const names = await namesOf(db, orgId);
  const due = dueNotLate(await offboardingVerdicts(db, orgId, now));
  const exceptions = await activeAccountsOfLeavers(db, orgId, due.accounts);
  return rows.map((p) => present(p, names, exceptions, due));
}

/** One person with their accounts, checklists and exceptions, as their page shows them. */
export async function getPerson(db: Db, orgId: string, id: string, now = new Date()): Promise<PersonDetail> {
  const [p] = await db
    .select()
    .from(people)
    .where(and(eq(people.orgId, orgId), eq(people.id, id)));
  if (!p) throw notFound('person');
  const names = await namesOf(db, orgId);
  const accounts = await accountsOfPerson(db, orgId, id);
  // One read of the offboarding verdicts serves both the due/late split and the offboarding table.
  const verdicts = await offboardingVerdicts(db, orgId, now, id);
  const due = dueNotLate(p.status === 'terminated' ? verdicts : []);
  const late = accounts.filter((a) => a.active === true && !due.accounts.has(a.resourceId));
  const exceptions = new Map([[id, p.status === 'terminated' ? late.length : 0]]);
  const today = now.toISOString().slice(0, 10);
  const items = await db
    .select({ i: onboardingItems, doneByName: users.name })
    .from(onboardingItems)
    .leftJoin(users, eq(users.id, onboardingItems.doneBy))
    .where(eq(onboardingItems.personId, id))
    .orderBy(asc(onboardingItems.createdAt));
  const [o] = await db.select().from(offboardings).where(eq(offboardings.personId, id));
  const attesters = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .innerJoin(schema.offboardingAccounts, eq(schema.offboardingAccounts.attestedBy, users.id));
  const attesterName = new Map(attesters.map((a) => [a.id, a.name]));
  const tracked: OffboardingAccount[] = o
    ? verdicts.map(({ a, verdict }) => ({
        id: a.id,
        system: a.system,
        account: a.account,
        watched: a.resourceId !== null && a.attestedBy === null,
        lastSeenActiveAt: a.lastSeenActiveAt?.toISOString() ?? null,
        closedAt: a.closedAt?.toISOString() ?? null,
        lagMs: verdict.lagMs,
        state: verdict.state,
        deadline: verdict.deadline.toISOString(),
        attestedByName: a.attestedBy ? (attesterName.get(a.attestedBy) ?? null) : null,
        attestedReason: a.attestedReason,
      }))
    : [];
  return {
    ...present(p, names, exceptions, due),
    accounts: accounts.map((a) => ({
      resourceId: a.resourceId,
      system: a.system,
      account: a.account,
      active: a.active,
      state: a.state,
      match: a.match,
    })),
    onboarding: items.map(({ i, doneByName }) => ({
      id: i.id,
      item: i.item,
      title: ONBOARDING_ITEM_TITLES[i.item],
      dueDate: i.dueDate,
      overdue: i.doneAt === null && i.dueDate < today,
      doneAt: i.doneAt?.toISOString() ?? null,
      doneByName: i.doneAt && i.doneBy ? (doneByName ?? null) : null,
      evidenceId: i.evidenceId,
      note: i.note,
    })),
    offboarding: o
      ? {
          id: o.id,
          endDate: o.endDate,
          slaBusinessDays: o.slaBusinessDays,
          openedAt: o.openedAt.toISOString(),
          deadline: offboardingDeadline(o.endDate, o.slaBusinessDays).toISOString(),
          accounts: tracked.sort(
            (a, b) => a.system.localeCompare(b.system) || a.account.localeCompare(b.account),
          ),
        }
      : null,
    rosterFields: p.source === 'roster' ? [...ROSTER_FIELDS] : [],
  };
}
