/**
 * Each person's calendar feed: a secret address, stored only as a hash like API tokens, that
 * calendar apps poll for the activities the person owns. Remaking it revokes the old address.
 */
import { addDays, notFound } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, asc, eq, gt, gte, isNull, or } from 'drizzle-orm';
import ical, { ICalCalendarMethod } from 'ical-generator';
import type { OrgActor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-recorder.ts';
import { hashToken, randomToken } from '../security/secrets.ts';

const { activities, calendarFeeds, controls, memberships, organizations } = schema;

export const FEED_PREFIX = 'cal_';

/** Whether the person has a feed in the organization, and since when. */
export async function feedStatus(db: Db, orgId: string, userId: string) {
  const [row] = await db
    .select({ createdAt: calendarFeeds.createdAt })
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.orgId, orgId), eq(calendarFeeds.userId, userId)));
  return { active: !!row, createdAt: row?.createdAt.toISOString() ?? null };
}

/** Makes the person's feed secret, replacing (and so revoking) any earlier one; returns it once, in clear. */
export async function createFeed(tx: Db, actor: OrgActor & { userId: string }) {
  const token = randomToken(FEED_PREFIX, 32);
  const removed = await tx
    .delete(calendarFeeds)
    .where(and(eq(calendarFeeds.orgId, actor.orgId), eq(calendarFeeds.userId, actor.userId)))
    .returning({ id: calendarFeeds.id });
  const [row] = await tx
    .insert(calendarFeeds)
    .values({ orgId: actor.orgId, userId: actor.userId, tokenHash: hashToken(token) })
    .returning();
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'calendar_feed.created',
    entityType: 'calendar_feed',
    entityId: row!.id,
    changes: { replaced: removed.length > 0 },
  });
  return { token, createdAt: row!.createdAt.toISOString() };
}

/**
 * The iCalendar text of the feed behind `token`: the activities its owner owns in that organization
 * (open ones, and those completed in the last year), each an all-day event on its due date. An
 * unknown or replaced token, or a person no longer a member, is not found.
 */
export async function feedCalendar(db: Db, token: string, origin: string, today: string): Promise<string> {
  const secret = token.replace(/\.ics$/, '');
  const [feed] = await db
    .select({ orgId: calendarFeeds.orgId, userId: calendarFeeds.userId, orgName: organizations.name })
    .from(calendarFeeds)
    .innerJoin(organizations, eq(organizations.id, calendarFeeds.orgId))
    .innerJoin(
      memberships,
      and(
        eq(memberships.orgId, calendarFeeds.orgId),
        eq(memberships.userId, calendarFeeds.userId),
        or(isNull(memberships.expiresAt), gt(memberships.expiresAt, new Date())),
      ),
    )
    .where(eq(calendarFeeds.tokenHash, hashToken(secret)));
  if (!feed) throw notFound('calendar feed');
  const rows = await db
    .select({ a: activities, code: controls.code, controlTitle: controls.title })
    .from(activities)
    .innerJoin(controls, eq(controls.id, activities.controlId))
    .where(
      and(
        eq(activities.orgId, feed.orgId),
        eq(activities.ownerId, feed.userId),
        or(eq(activities.status, 'open'), gte(activities.completedOn, addDays(today, -366))),
      ),
    )
    .orderBy(asc(activities.dueDate));
  const cal = ical({ name: `${feed.orgName}: compliance activities`, method: ICalCalendarMethod.PUBLISH });
  cal.prodId({ company: 'Vigil', product: 'Vigil activities', language: 'EN' });
  for (const { a, code, controlTitle } of rows) {
    const done = a.status === 'completed';
    cal.createEvent({
      id: `${a.id}@vigil`,
      // All-day: the date itself, whatever the subscriber's time zone.
      start: new Date(`${a.dueDate}T00:00:00Z`),
      allDay: true,
      summary: `${done ? 'Done: ' : ''}${a.title} for ${code}`,
      description: `${a.title} for the control ${code} ${controlTitle}. ${
        done ? `Completed on ${a.completedOn}.` : `Due on ${a.dueDate}.`
      }`,
      url: `${origin}/calendar?activity=${a.id}`,
    });
  }
  return cal.toString();
}
