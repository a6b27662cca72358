/**
 * Alerts a sweep raises, as rows of the alert outbox written in the sweep's own transaction:
 * `fail` when a resource starts failing a check, `recovered` when it passes again. Each goes to the
 * owner of every control the check tests; the alert dispatcher delivers and digests them.
 */
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import type { CheckResult, CheckStatus } from '@vigil/monitoring';
import { and, eq, isNotNull } from 'drizzle-orm';
import { chunks } from './batches.ts';
import type { AnyCheck } from './registry.ts';

export interface ControlLink {
  id: string;
  templateId: string;
  ownerId: string | null;
}

/** The organization's controls adopted from a library template: the ones checks map to. */
export async function loadControlLinks(db: Db, orgId: string): Promise<ControlLink[]> {
  const rows = await db
    .select({
      id: schema.controls.id,
      templateId: schema.controls.templateId,
      ownerId: schema.controls.ownerId,
    })
    .from(schema.controls)
    .where(and(eq(schema.controls.orgId, orgId), isNotNull(schema.controls.templateId)));
  return rows.map((r) => ({ id: r.id, templateId: r.templateId!, ownerId: r.ownerId }));
}

/** The controls a check tests: those adopted from a template the check names. */
export function controlsOfCheck(
  check: Pick<AnyCheck, 'controls'>,
  links: readonly ControlLink[],
): ControlLink[] {
  return links.filter((l) => check.controls.includes(l.templateId));
}

export type OutboxRow = typeof schema.alertOutbox.$inferInsert;

/** One outbox row per recipient (or one without a recipient) for an event about a set of controls. */
export function rowsForControls(
  orgId: string,
  kind: string,
  payload: Record<string, unknown>,
  controls: readonly ControlLink[],
): OutboxRow[] {
  const owners = [...new Set(controls.map((c) => c.ownerId).filter((o): o is string => o !== null))];
  const withIds = { ...payload, controlIds: controls.map((c) => c.id) };
  if (owners.length === 0) return [{ orgId, kind, payload: withIds, recipientUserId: null }];
  return owners.map((recipientUserId) => ({ orgId, kind, payload: withIds, recipientUserId }));
}

/** What every alert of one sweep says about where it comes from. */
export interface AlertContext {
  orgId: string;
  /** Null for changes made outside a run (a deleted connector's accounts). */
  runId: string | null;
  connectorId: string | null;
  checks: ReadonlyMap<string, AnyCheck>;
  links: readonly ControlLink[];
}

/** Individual alerts per check and kind in one sweep; the rest are counted in one more row. */
export const ALERTS_PER_CHECK = 50;

/**
 * The outbox rows for a sweep's transitions, gathered as they are written: new failures and
 * recoveries. A first import of a large inventory would otherwise queue one alert per failing
 * resource; past ALERTS_PER_CHECK per check and kind, one row says how many more there are, so the
 * queue holds at most that many per check whatever the sweep's size.
 */
export class AlertQueue {
  private readonly items: OutboxRow[] = [];
  private readonly seen = new Map<string, number>();
  private readonly overflow = new Map<string, { kind: string; check: AnyCheck; count: number }>();

  constructor(private readonly context: AlertContext) {}

  /** Notes an opened interval; `before` is the status of the interval it replaces, if any. */
  add(r: CheckResult, before: CheckStatus | undefined, resourceId: string | null): void {
    const kind = r.status === 'fail' ? 'fail' : r.status === 'pass' && before === 'fail' ? 'recovered' : null;
    if (!kind) return;
    const check = this.context.checks.get(r.checkId);
    if (!check) return;
    const key = `${kind}|${r.checkId}`;
    const n = (this.seen.get(key) ?? 0) + 1;
    this.seen.set(key, n);
    if (n > ALERTS_PER_CHECK) {
      this.overflow.set(key, { kind, check, count: n - ALERTS_PER_CHECK });
      return;
    }
    const payload = {
      ...checkFields(check, this.context),
      resourceId,
      resourceKey: r.resourceKey,
      resourceName: r.resourceName,
      reason: r.reason,
    };
    for (const item of rowsForControls(
      this.context.orgId,
      kind,
      payload,
      controlsOfCheck(check, this.context.links),
    ))
      this.items.push(item);
  }

  /** Every row: the individual alerts, then one per check and kind that overflowed. */
  rows(): OutboxRow[] {
    const rows = [...this.items];
    for (const { kind, check, count } of this.overflow.values()) {
      const payload = {
        ...checkFields(check, this.context),
        resourceName: `${count} more resource${count === 1 ? '' : 's'}`,
        reason: `${count} more resource${count === 1 ? '' : 's'} ${kind === 'fail' ? 'started failing' : 'recovered'} in this run`,
        count,
      };
      for (const item of rowsForControls(
        this.context.orgId,
        kind,
        payload,
        controlsOfCheck(check, this.context.links),
      ))
        rows.push(item);
    }
    return rows;
  }
}

const checkFields = (check: AnyCheck, input: AlertContext) => ({
  checkId: check.id,
  checkTitle: check.title,
  severity: check.severity,
  runId: input.runId,
  connectorId: input.connectorId,
});

/** Inserts outbox rows in statements of 1,000. */
export async function insertOutbox(tx: Db, rows: readonly OutboxRow[]): Promise<void> {
  for (const batch of chunks(rows, 1000)) await tx.insert(schema.alertOutbox).values(batch);
}
