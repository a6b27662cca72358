/**
 * Checks that join the HR roster with the organization's accounts (`usesAccounts`), seen from the
 * server: the account directory is loaded from the stored resources of every connector of the
 * organization, and when a sweep changes accounts, the stored roster rows are evaluated again in that
 * same transaction, so neither side's results go stale whichever is imported first.
 */
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import {
  ACCOUNT_TYPES,
  type AccountDirectory,
  accountDirectory,
  accountOf,
  diffIntervals,
  evaluateForSweep,
  intervalKey,
  type Resource,
  resourceKey,
  type WorkforceAccount,
} from '@vigil/monitoring';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { refreshCoverage } from './coverage-store.ts';
import { closeIntervals, loadOpenIntervals, openIntervals } from './interval-store.ts';
import type { AnyCheck } from './registry.ts';
import type { ResourceScope, StoreCounts } from './resource-store.ts';
import { AlertQueue, insertOutbox, loadControlLinks } from './sweep-alerts.ts';
import { sweepLockKey } from './sweep-lock.ts';

const { organizations, peopleSettings, resources } = schema;

/** Attributes of account resources that can be large and that no account check reads. */
const HEAVY_FIELDS = ['inlinePolicyNames', 'attachedPolicyArns', 'groups', 'mfa_factors', 'admin_roles'];

/** The organization's present accounts of every connector, read in the caller's transaction. */
export async function loadAccountDirectory(tx: Db, orgId: string): Promise<AccountDirectory> {
  // IAM users carry their whole permission set: leave it in the database, an account needs none of it.
  const rows = await tx
    .select({
      type: resources.type,
      attributes: sql<Record<string, unknown>>`${resources.attributes} - ${sql.param(HEAVY_FIELDS)}::text[]`,
    })
    .from(resources)
    .where(
      and(eq(resources.orgId, orgId), inArray(resources.type, [...ACCOUNT_TYPES]), isNull(resources.goneAt)),
    );
  const accounts: WorkforceAccount[] = [];
  for (const r of rows) {
    const account = accountOf(r.type, r.attributes);
    if (account) accounts.push(account);
  }
  // The leaver check judges an active account against the same deadline the offboarding uses.
  const [settings] = await tx
    .select({ sla: peopleSettings.offboardingSlaBusinessDays })
    .from(peopleSettings)
    .where(eq(peopleSettings.orgId, orgId));
  return accountDirectory(accounts, settings?.sla);
}

/** True when some of the checks read the account directory. */
export const needsAccounts = (checks: readonly AnyCheck[]) => checks.some((c) => c.usesAccounts);

/**
 * After a sweep of `scope` wrote its resources: when it changed accounts, evaluates the account
 * checks again over the stored resources they apply to (the HR roster of every connector), writes
 * their transitions under `runId` and raises their alerts; returns how many transitions it wrote.
 */
export async function reevaluateAccountChecks(
  tx: Db,
  step: { scope: ResourceScope; stored: StoreCounts; checks: readonly AnyCheck[]; runId: string; now: Date },
): Promise<number> {
  const { scope, stored } = step;
  if (!scope.types.some((t) => ACCOUNT_TYPES.includes(t))) return 0;
  if (stored.created + stored.changed + stored.gone === 0) return 0;
  return reevaluate(tx, scope.orgId, step.checks, step.runId, step.now);
}

/** After a deleted connector's resources of `types` were retired: the same, outside any run. */
export async function reevaluateAfterRetirement(
  tx: Db,
  step: { orgId: string; types: readonly string[]; checks: readonly AnyCheck[]; now: Date },
): Promise<number> {
  if (!step.types.some((t) => ACCOUNT_TYPES.includes(t))) return 0;
  return reevaluate(tx, step.orgId, step.checks, null, step.now);
}

/**
 * The daily look at the leavers of every organization: the account checks evaluated again at `now`,
 * each organization in its own transaction. An account still active when the offboarding deadline
 * ends then fails within the day although no file or collection arrived; returns the intervals
 * opened and closed.
 */
export async function reevaluateLeavers(db: Db, checks: readonly AnyCheck[], now: Date): Promise<number> {
  const orgs = await db.select({ id: organizations.id }).from(organizations);
  let transitions = 0;
  for (const o of orgs) transitions += await db.transaction((tx) => reevaluate(tx, o.id, checks, null, now));
  return transitions;
}

/**
 * Each dependent scope is locked as its own sweep would lock it, so a roster import and this
 * re-evaluation take turns.
 */
async function reevaluate(
  tx: Db,
  orgId: string,
  allChecks: readonly AnyCheck[],
  runId: string | null,
  now: Date,
): Promise<number> {
  const checks = allChecks.filter((c) => c.usesAccounts);
  if (checks.length === 0) return 0;
  const types = [...new Set(checks.map((c) => c.resourceType.type))];
  const scopes = await tx
    .selectDistinct({ source: resources.source, connectorId: resources.connectorId })
    .from(resources)
    .where(and(eq(resources.orgId, orgId), inArray(resources.type, types), isNull(resources.goneAt)));
  if (scopes.length === 0) return 0;
  const keys = scopes.map((s) => sweepLockKey(orgId, s.source, s.connectorId)).sort();
  // In one sorted order, so two account sweeps waiting for the same rosters never wait on each other.
  for (const key of keys) await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${key}))`);
  const accounts = await loadAccountDirectory(tx, orgId);
  const links = await loadControlLinks(tx, orgId);
  const touched = new Set<string>();
  let transitions = 0;
  for (const s of scopes) {
    const dependent: ResourceScope = {
      orgId: orgId,
      source: s.source,
      connectorId: s.connectorId,
      types,
    };
    const alerts = new AlertQueue({
      orgId: orgId,
      runId,
      connectorId: s.connectorId,
      checks: new Map(checks.map((c) => [c.id, c])),
      links,
    });
    const rows = await tx
      .select({
        id: resources.id,
        type: resources.type,
        externalId: resources.externalId,
        name: resources.name,
        attributes: resources.attributes,
      })
      .from(resources)
      .where(
        and(
          eq(resources.orgId, orgId),
          eq(resources.source, s.source),
          s.connectorId === null ? isNull(resources.connectorId) : eq(resources.connectorId, s.connectorId),
          inArray(resources.type, types),
          isNull(resources.goneAt),
        ),
      );
    const present: Resource[] = rows.map((r) => ({ ...r, source: s.source }));
    const idByKey = new Map(present.map((r, i) => [resourceKey(r), rows[i]!.id]));
    const keyById = new Map([...idByKey].map(([key, id]) => [id, key]));
    const open = await loadOpenIntervals(
      tx,
      dependent,
      new Set(checks.map((c) => c.id)),
      keyById,
      new Set(idByKey.keys()),
    );
    const results = evaluateForSweep(checks, present, now, undefined, undefined, { accounts }).results;
    const diff = diffIntervals(open.intervals, results);
    await closeIntervals(
      tx,
      diff.close.map((c) => open.rowIds.get(intervalKey(c.checkId, c.resourceKey))!),
      now,
    );
    await openIntervals(tx, orgId, diff.open, idByKey, runId, now);
    const before = new Map(open.intervals.map((i) => [intervalKey(i.checkId, i.resourceKey), i.status]));
    for (const r of diff.open)
      alerts.add(r, before.get(intervalKey(r.checkId, r.resourceKey)), idByKey.get(r.resourceKey) ?? null);
    await insertOutbox(tx, alerts.rows());
    const changed = new Set([...diff.open, ...diff.close].map((r) => r.resourceKey));
    for (const r of [...diff.open, ...diff.close]) touched.add(r.checkId);
    // The stored results digest no longer says what the intervals hold: the roster's next sweep compares them.
    const ids = [...changed].map((k) => idByKey.get(k)!);
    if (ids.length > 0) {
      await tx.execute(
        sql`update resources set states_hash = null where id = any(${sql.param(ids)}::uuid[])`,
      );
    }
    transitions += diff.open.length + diff.close.length;
  }
  await refreshCoverage(tx, orgId, touched, now);
  return transitions;
}
