/**
 * Onboarding checklists: made from the template of the worker type when a new hire enters the
 * register, each item due 30 days from the start date. Items are done by hand with evidence, or
 * complete themselves where Vigil sees them (a device enrolled here; policies, training and
 * background checks through `completeOnboardingItem`, which those domains call).
 */
import {
  invalid,
  notFound,
  ONBOARDING_ITEM_TITLES,
  ONBOARDING_TEMPLATES,
  type OnboardingItem,
  onboardingDueDate,
  type WorkerType,
} from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { EndpointDeviceAttributesSchema } from '@vigil/monitoring/resource-types/saas';
import { and, eq, isNull } from 'drizzle-orm';
import { type Actor, systemActor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-recorder.ts';

const { evidence, onboardingItems, people, resources } = schema;

/** Makes a new hire's checklist from their worker type's template, and completes what Vigil already sees. */
export async function createChecklist(
  tx: Db,
  p: {
    orgId: string;
    personId: string;
    workerType: WorkerType;
    startDate: string | null;
    today: string;
    now: Date;
  },
): Promise<void> {
  const dueDate = onboardingDueDate(p.startDate, p.today);
  const items = ONBOARDING_TEMPLATES[p.workerType];
  await tx
    .insert(onboardingItems)
    .values(items.map((item) => ({ orgId: p.orgId, personId: p.personId, item, dueDate })))
    .onConflictDoNothing();
  await completeEnrolledDevices(tx, p.orgId, p.now);
}

/** What another domain reports done for a person's onboarding (a policy accepted, training recorded …). */
export interface OnboardingCompletion {
  orgId: string;
  personId: string;
  item: OnboardingItem;
  at: Date;
  note?: string | null;
  evidenceId?: string | null;
  /** Who did it by hand; absent when Vigil saw it done. */
  actor?: Actor;
}

/**
 * Marks one onboarding item done inside the caller's transaction (policies, training and background
 * checks call it when they record what the item asks). Returns false when the person has no such open
 * item (no checklist, or already done): nothing changes then.
 */
export async function completeOnboardingItem(tx: Db, c: OnboardingCompletion): Promise<boolean> {
  const [row] = await tx
    .update(onboardingItems)
    .set({
      doneAt: c.at,
      doneBy: c.actor?.userId ?? null,
      evidenceId: c.evidenceId ?? null,
      note: c.note ?? null,
    })
    .where(
      and(
        eq(onboardingItems.orgId, c.orgId),
        eq(onboardingItems.personId, c.personId),
        eq(onboardingItems.item, c.item),
        isNull(onboardingItems.doneAt),
      ),
    )
    .returning({ id: onboardingItems.id });
  if (!row) return false;
  const [person] = await tx.select({ name: people.name }).from(people).where(eq(people.id, c.personId));
  await recordAudit(tx, c.actor ?? systemActor('system:people'), {
    orgId: c.orgId,
    action: 'onboarding.item_completed',
    entityType: 'person',
    entityId: c.personId,
    changes: { name: person?.name ?? null, item: ONBOARDING_ITEM_TITLES[c.item], note: c.note ?? null },
  });
  return true;
}

/** Marks an item done by hand: the evidence must be the organization's own. */
export async function completeByHand(
  tx: Db,
  actor: Actor & { orgId: string },
  personId: string,
  req: { item: OnboardingItem; evidenceId: string; note: string | null },
): Promise<void> {
  const { item } = req;
  const [p] = await tx
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.orgId, actor.orgId), eq(people.id, personId)));
  if (!p) throw notFound('person');
  const [e] = await tx
    .select({ id: evidence.id })
    .from(evidence)
    .where(and(eq(evidence.orgId, actor.orgId), eq(evidence.id, req.evidenceId)));
  if (!e) throw invalid('evidenceId', 'evidenceId: no such evidence item in this organization');
  const done = await completeOnboardingItem(tx, {
    orgId: actor.orgId,
    personId,
    item,
    at: new Date(),
    note: req.note,
    evidenceId: req.evidenceId,
    actor,
  });
  if (!done)
    throw invalid('item', `item: ${ONBOARDING_ITEM_TITLES[item]} is not an open item of this checklist`);
}

const norm = (v: string) => v.trim().toLowerCase();

/**
 * Completes every open "device enrolled" item whose person owns a device the device-management tool
 * lists (owner is their email, an alias, or the user name before the `@`).
 */
export async function completeEnrolledDevices(tx: Db, orgId: string, now: Date): Promise<number> {
  const open = await tx
    .select({ personId: people.id, email: people.email, aliases: people.aliases })
    .from(onboardingItems)
    .innerJoin(people, eq(people.id, onboardingItems.personId))
    .where(
      and(
        eq(onboardingItems.orgId, orgId),
        eq(onboardingItems.item, 'device_enrolled'),
        isNull(onboardingItems.doneAt),
      ),
    );
  if (open.length === 0) return 0;
  const devices = await tx
    .select({ attributes: resources.attributes })
    .from(resources)
    .where(and(eq(resources.orgId, orgId), eq(resources.type, 'endpoint.device'), isNull(resources.goneAt)));
  const byOwner = new Map<string, string>();
  for (const d of devices) {
    const parsed = EndpointDeviceAttributesSchema.safeParse(d.attributes);
    if (parsed.success && parsed.data.owner) byOwner.set(norm(parsed.data.owner), parsed.data.hostname);
  }
  let done = 0;
  for (const p of open) {
    const keys = [p.email, ...p.aliases].map(norm).flatMap((k) => [k, k.split('@')[0]!]);
    const host = keys.map((k) => byOwner.get(k)).find((h) => h !== undefined);
    if (!host) continue;
    const note = `Device ${host} appeared in device management`;
    if (
      await completeOnboardingItem(tx, {
        orgId,
        personId: p.personId,
        item: 'device_enrolled',
        at: now,
        note,
      })
    )
      done++;
  }
  return done;
}
