/**
 * The organization's accounts in every connected system (identity-provider users, AWS IAM users)
 * and whom each belongs to: matched by email and aliases, or linked by hand. The rest are orphans.
 */
import { type AccountDecision, matchAccounts } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { ACCOUNT_TYPES, accountOf } from '@vigil/monitoring';
import { and, eq, inArray, isNull } from 'drizzle-orm';

const { people, personAccountLinks, resources } = schema;

/** One present account, as the register uses it. */
export interface StoredAccount {
  resourceId: string;
  source: string;
  connectorId: string | null;
  system: string;
  account: string;
  keys: string[];
  byLocalPart: boolean;
  active: boolean | null;
  state: string | null;
}

/** Every account of the organization a connected system still lists, ordered by system and account. */
export async function loadAccounts(db: Db, orgId: string, ids?: readonly string[]): Promise<StoredAccount[]> {
  const rows = await db
    .select({
      id: resources.id,
      type: resources.type,
      source: resources.source,
      connectorId: resources.connectorId,
      attributes: resources.attributes,
    })
    .from(resources)
    .where(
      and(
        eq(resources.orgId, orgId),
        inArray(resources.type, [...ACCOUNT_TYPES]),
        isNull(resources.goneAt),
        ids ? inArray(resources.id, [...ids]) : undefined,
      ),
    );
  const out: StoredAccount[] = [];
  for (const r of rows) {
    const a = accountOf(r.type, r.attributes);
    if (!a) continue;
    out.push({
      resourceId: r.id,
      source: r.source,
      connectorId: r.connectorId,
      system: a.system,
      account: a.account,
      keys: a.keys,
      byLocalPart: r.type === 'aws.iam_user',
      active: a.active ?? null,
      state: a.state ?? null,
    });
  }
  return out.sort((a, b) => a.system.localeCompare(b.system) || a.account.localeCompare(b.account));
}

/** The hand-made link and unlink decisions of an organization. */
export async function loadDecisions(db: Db, orgId: string): Promise<AccountDecision[]> {
  const rows = await db
    .select({
      personId: personAccountLinks.personId,
      accountId: personAccountLinks.resourceId,
      linked: personAccountLinks.linked,
    })
    .from(personAccountLinks)
    .where(eq(personAccountLinks.orgId, orgId));
  return rows;
}

/** Who owns each present account: resource id → person and how they were matched. */
export async function accountOwners(db: Db, orgId: string, accounts: readonly StoredAccount[]) {
  const register = await db
    .select({ id: people.id, email: people.email, aliases: people.aliases })
    .from(people)
    .where(eq(people.orgId, orgId));
  const matchable = accounts.map((a) => ({ id: a.resourceId, keys: a.keys, byLocalPart: a.byLocalPart }));
  return matchAccounts(register, matchable, await loadDecisions(db, orgId));
}

/** The accounts of one person, each with how it was matched. */
export async function accountsOfPerson(db: Db, orgId: string, personId: string) {
  const accounts = await loadAccounts(db, orgId);
  const owners = await accountOwners(db, orgId, accounts);
  return accounts.flatMap((a) => {
    const o = owners.get(a.resourceId);
    return o?.personId === personId ? [{ ...a, match: o.match }] : [];
  });
}

/** Accounts that belong to nobody in the register. */
export async function orphanAccounts(db: Db, orgId: string): Promise<StoredAccount[]> {
  const accounts = await loadAccounts(db, orgId);
  const owners = await accountOwners(db, orgId, accounts);
  return accounts.filter((a) => !owners.has(a.resourceId));
}

/**
 * The count of still-active accounts per terminated person: the exceptions the register shows.
 * Accounts in `withinDeadline` (resource ids) are still inside their offboarding deadline: due, not late.
 */
export async function activeAccountsOfLeavers(
  db: Db,
  orgId: string,
  withinDeadline: ReadonlySet<string> = new Set(),
): Promise<Map<string, number>> {
  const leavers = await db
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.orgId, orgId), eq(people.status, 'terminated')));
  const out = new Map<string, number>();
  if (leavers.length === 0) return out;
  const ids = new Set(leavers.map((l) => l.id));
  const accounts = await loadAccounts(db, orgId);
  const owners = await accountOwners(db, orgId, accounts);
  for (const a of accounts) {
    const personId = owners.get(a.resourceId)?.personId;
    if (personId && ids.has(personId) && a.active === true && !withinDeadline.has(a.resourceId))
      out.set(personId, (out.get(personId) ?? 0) + 1);
  }
  return out;
}
