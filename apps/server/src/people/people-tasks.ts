/**
 * What the people domain asks of people: onboarding items (the new hire's own, or their manager's)
 * and leavers' accounts to remove (their manager's), for "My tasks" and the dashboard's overdue counts.
 */
import type { MyTask, OverdueArea } from '@vigil/api';
import { DAY_MS, ONBOARDING_ITEM_TITLES, SELF_SERVICE_ITEMS, SELF_SERVICE_LINKS } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { offboardingVerdicts } from './offboarding.ts';

const { onboardingItems, people } = schema;

/** The moment "today" is judged at: now, or the end of that day when it is in the past. */
function judgedAt(today: string): Date {
  const end = Date.parse(`${today}T00:00:00.000Z`) + DAY_MS - 1;
  return new Date(Math.min(Date.now(), end));
}

/** The signed-in person's onboarding and offboarding tasks, soonest due first. */
export async function myTasks(
  db: Db,
  who: { orgId: string; userId: string; today: string },
): Promise<MyTask[]> {
  const manager = alias(people, 'manager');
  const items = await db
    .select({ i: onboardingItems, name: people.name, self: people.userId, managerUser: manager.userId })
    .from(onboardingItems)
    .innerJoin(people, eq(people.id, onboardingItems.personId))
    .leftJoin(manager, eq(manager.id, people.managerId))
    .where(and(eq(onboardingItems.orgId, who.orgId), isNull(onboardingItems.doneAt)));
  const tasks: MyTask[] = [];
  for (const { i, name, self, managerUser } of items) {
    const own = SELF_SERVICE_ITEMS.includes(i.item);
    if ((own ? self : managerUser) !== who.userId) continue;
    tasks.push({
      area: 'onboarding',
      itemId: i.id,
      title: own ? ONBOARDING_ITEM_TITLES[i.item] : `${ONBOARDING_ITEM_TITLES[i.item]} for ${name}`,
      dueDate: i.dueDate,
      overdue: i.dueDate < who.today,
      link: (own && SELF_SERVICE_LINKS[i.item]) || `/people/${i.personId}`,
    });
  }
  const boss = alias(people, 'boss');
  const managed = await db
    .select({ id: people.id })
    .from(people)
    .innerJoin(boss, eq(boss.id, people.managerId))
    .where(and(eq(people.orgId, who.orgId), eq(boss.userId, who.userId)));
  const mine = new Set(managed.map((m) => m.id));
  if (mine.size > 0) {
    for (const r of await offboardingVerdicts(db, who.orgId, judgedAt(who.today))) {
      if (!mine.has(r.o.personId) || r.a.closedAt) continue;
      tasks.push({
        area: 'offboarding',
        itemId: r.a.id,
        title: `Remove ${r.name}'s ${r.a.system} account ${r.a.account}`,
        dueDate: new Date(r.verdict.deadline.getTime() - 1).toISOString().slice(0, 10),
        overdue: r.verdict.state === 'overdue',
        link: `/people/${r.o.personId}`,
      });
    }
  }
  return tasks.sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));
}

/** How many onboarding items and leavers' accounts are past due across the organization. */
export async function overdueSummary(db: Db, orgId: string, today: string): Promise<OverdueArea[]> {
  const [onboarding] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(onboardingItems)
    .where(
      and(
        eq(onboardingItems.orgId, orgId),
        isNull(onboardingItems.doneAt),
        lt(onboardingItems.dueDate, today),
      ),
    );
  const offboarding = (await offboardingVerdicts(db, orgId, judgedAt(today))).filter(
    (r) => r.verdict.state === 'overdue',
  ).length;
  return [
    { area: 'onboarding', overdue: onboarding?.n ?? 0, link: '/people?status=active' },
    { area: 'offboarding', overdue: offboarding, link: '/people?status=terminated' },
  ];
}
