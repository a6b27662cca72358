/** Linking accounts to people by hand, and unlinking one (even an account the email matched). */
import { invalid, notFound } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, eq } from 'drizzle-orm';
import type { OrgActor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-recorder.ts';
import { accountsOfPerson, loadAccounts } from './accounts.queries.ts';
import { trackNewAccounts } from './offboarding.ts';

const { offboardings, people, personAccountLinks } = schema;

async function personOf(tx: Db, orgId: string, personId: string) {
  const [p] = await tx
    .select({ id: people.id, name: people.name })
    .from(people)
    .where(and(eq(people.orgId, orgId), eq(people.id, personId)));
  if (!p) throw notFound('person');
  return p;
}

/** Ties an account to a person, taking it from whoever had it; a leaver's offboarding starts tracking it. */
export async function linkAccount(tx: Db, actor: OrgActor, personId: string, resourceId: string) {
  const person = await personOf(tx, actor.orgId, personId);
  const [account] = await loadAccounts(tx, actor.orgId, [resourceId]);
  if (!account) throw invalid('resourceId', 'resourceId: no such account in a connected system');
  await tx
    .delete(personAccountLinks)
    .where(and(eq(personAccountLinks.orgId, actor.orgId), eq(personAccountLinks.resourceId, resourceId)));
  await tx
    .insert(personAccountLinks)
    .values({ orgId: actor.orgId, personId, resourceId, linked: true, createdBy: actor.userId });
  const [o] = await tx.select().from(offboardings).where(eq(offboardings.personId, personId));
  if (o) await trackNewAccounts(tx, actor.orgId, o.id, personId, new Date());
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'person.account_linked',
    entityType: 'person',
    entityId: personId,
    changes: { name: person.name, system: account.system, account: account.account },
  });
}

/** Takes an account away from a person; one the email matched stays away from them from now on. */
export async function unlinkAccount(tx: Db, actor: OrgActor, personId: string, resourceId: string) {
  const person = await personOf(tx, actor.orgId, personId);
  const account = (await accountsOfPerson(tx, actor.orgId, personId)).find(
    (a) => a.resourceId === resourceId,
  );
  if (!account) throw invalid('resourceId', 'resourceId: this account is not linked to this person');
  await tx
    .delete(personAccountLinks)
    .where(and(eq(personAccountLinks.orgId, actor.orgId), eq(personAccountLinks.resourceId, resourceId)));
  if (account.match === 'email') {
    await tx
      .insert(personAccountLinks)
      .values({ orgId: actor.orgId, personId, resourceId, linked: false, createdBy: actor.userId });
  }
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'person.account_unlinked',
    entityType: 'person',
    entityId: personId,
    changes: { name: person.name, system: account.system, account: account.account },
  });
}
