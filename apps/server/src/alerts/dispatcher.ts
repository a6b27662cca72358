/**
 * Delivers the alert outbox. Each cycle claims the due rows of an organization (a lease, taken with
 * FOR UPDATE SKIP LOCKED so several servers never claim the same row), groups them into one digest
 * per (channel, recipient), sends each digest once, and records per row which channels received it.
 * A failed channel is retried later with exponential backoff; no row is dropped.
 */
import { randomUUID } from 'node:crypto';
import type { SignedCheckpoint } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, asc, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { currentCheckpoints, publishCheckpoints } from '../audit/checkpoints.ts';
import type { Mailer } from '../mail/mailer.ts';
import { deriveCheckpointKey } from '../security/checkpoint-key.ts';
import type { BlobStore } from '../storage/blob-store.ts';
import { type ChannelTarget, deliverDigest } from './delivery.ts';
import type { AlertEvent, Digest } from './digest.ts';

const { alertOutbox, alertChannels, controls, organizations, users } = schema;

export interface DispatcherDeps {
  db: Db;
  mailer: Mailer | null;
  masterKey: Buffer;
  publicUrl?: string;
  log?: { error(obj: object, msg: string): void; warn(obj: object, msg: string): void };
  /** Where each digest's checkpoint is also published (the evidence store); digests carry it either way. */
  checkpointStore?: BlobStore | null;
}

export interface DispatchOptions {
  /** Rows claimed per organization per cycle. */
  batchSize: number;
  /** Events listed in one digest; the rest are counted ("…and 950 more"). */
  maxItems: number;
  /** How long a claimed row stays reserved for this dispatcher. */
  leaseMs: number;
  /** The first retry waits this long, doubling up to backoffMaxMs. */
  backoffBaseMs: number;
  backoffMaxMs: number;
  timeoutMs: number;
  /** The clock, for tests. */
  now: () => Date;
}

export const DEFAULT_DISPATCH: DispatchOptions = {
  batchSize: 5000,
  maxItems: 50,
  leaseMs: 5 * 60_000,
  backoffBaseMs: 60_000,
  backoffMaxMs: 60 * 60_000,
  timeoutMs: 10_000,
  now: () => new Date(),
};

export interface DispatchReport {
  claimed: number;
  digestsSent: number;
  digestsFailed: number;
}

type OutboxRow = typeof alertOutbox.$inferSelect;

const due = (now: Date) =>
  and(isNull(alertOutbox.sentAt), or(isNull(alertOutbox.nextAttemptAt), lte(alertOutbox.nextAttemptAt, now)));

/** Reserves up to `limit` due rows of one organization until `now + leaseMs`. */
async function claim(db: Db, orgId: string, o: DispatchOptions): Promise<OutboxRow[]> {
  const now = o.now();
  return db.transaction(async (tx) => {
    const ids = tx
      .select({ id: alertOutbox.id })
      .from(alertOutbox)
      .where(and(eq(alertOutbox.orgId, orgId), due(now)))
      .orderBy(asc(alertOutbox.id))
      .limit(o.batchSize)
      .for('update', { skipLocked: true });
    const rows = await tx
      .update(alertOutbox)
      .set({ nextAttemptAt: new Date(now.getTime() + o.leaseMs) })
      .where(inArray(alertOutbox.id, ids))
      .returning();
    // UPDATE … RETURNING has no order; digests list events in the order they happened.
    return rows.sort((x, y) => x.id - y.id);
  });
}

const uuidArray = (ids: string[]) => sql`string_to_array(${ids.join(',')}, ',')::uuid[]`;

/** Records the outcome for rows that share it: which channels now have them, and whether any failed. */
async function settle(
  db: Db,
  rowIds: number[],
  delivered: string[],
  failure: string | null,
  o: DispatchOptions,
) {
  if (rowIds.length === 0) return;
  const now = o.now();
  const deliveredTo = sql`array_cat(${alertOutbox.deliveredChannelIds}, ${uuidArray(delivered)})`;
  await db
    .update(alertOutbox)
    .set(
      failure === null
        ? { sentAt: now, nextAttemptAt: null, deliveredChannelIds: deliveredTo }
        : {
            attempts: sql`${alertOutbox.attempts} + 1`,
            lastError: failure.slice(0, 1000),
            deliveredChannelIds: deliveredTo,
            nextAttemptAt: sql`${now.toISOString()}::timestamptz + make_interval(secs => least(${o.backoffBaseMs / 1000}::float8 * power(2, ${alertOutbox.attempts}), ${o.backoffMaxMs / 1000}::float8))`,
          },
    )
    .where(inArray(alertOutbox.id, rowIds));
}

const idsIn = (payload: Record<string, unknown>): string[] => [
  ...(Array.isArray(payload.controlIds)
    ? payload.controlIds.filter((id): id is string => typeof id === 'string')
    : []),
  ...(typeof payload.controlId === 'string' ? [payload.controlId] : []),
];

/** Control codes for the control ids the payloads name, so digests say `[AC-01]` rather than a uuid. */
async function controlCodes(db: Db, orgId: string, rows: OutboxRow[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.flatMap((r) => idsIn(r.payload)))].filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  if (ids.length === 0) return new Map();
  const found = await db
    .select({ id: controls.id, code: controls.code })
    .from(controls)
    .where(and(eq(controls.orgId, orgId), inArray(controls.id, ids)));
  return new Map(found.map((c) => [c.id, c.code]));
}

function withCodes(payload: Record<string, unknown>, codeOf: Map<string, string>): Record<string, unknown> {
  if (payload.code || payload.controlCodes) return payload;
  const codes = idsIn(payload)
    .map((id) => codeOf.get(id))
    .filter((c): c is string => !!c);
  return codes.length ? { ...payload, controlCodes: [...new Set(codes)].sort() } : payload;
}

/** Sends one organization's claimed rows. */
async function dispatchOrg(
  deps: DispatcherDeps,
  orgId: string,
  rows: OutboxRow[],
  o: DispatchOptions,
  report: DispatchReport,
) {
  const [org] = await deps.db
    .select({ id: organizations.id, name: organizations.name, slug: organizations.slug })
    .from(organizations)
    .where(eq(organizations.id, orgId));
  const channels = await deps.db
    .select()
    .from(alertChannels)
    .where(and(eq(alertChannels.orgId, orgId), eq(alertChannels.enabled, true)));
  const recipientIds = [...new Set(rows.map((r) => r.recipientUserId).filter((id): id is string => !!id))];
  const people = recipientIds.length
    ? await deps.db
        .select({ id: users.id, name: users.name, email: users.email })
        .from(users)
        .where(inArray(users.id, recipientIds))
    : [];
  const personById = new Map(people.map((p) => [p.id, p]));
  const codeOf = await controlCodes(deps.db, orgId, rows);

  // Which channels each row still needs, as one group per (channel, recipient). A row no enabled
  // channel wants is settled as sent: there is nobody to tell.
  const groups = new Map<
    string,
    { channel: (typeof channels)[number]; recipientId: string | null; rows: OutboxRow[] }
  >();
  for (const row of rows) {
    const wanted = channels.filter(
      (c) => c.events.includes(row.kind) && !row.deliveredChannelIds.includes(c.id),
    );
    for (const channel of wanted) {
      const key = `${channel.id}|${row.recipientUserId ?? ''}`;
      const group = groups.get(key) ?? { channel, recipientId: row.recipientUserId, rows: [] };
      group.rows.push(row);
      groups.set(key, group);
    }
  }

  const delivered = new Map<number, string[]>();
  const failed = new Map<number, string>();
  const checkpoint = groups.size ? await digestCheckpoint(deps, orgId, o.now()) : null;
  for (const { channel, recipientId, rows: groupRows } of groups.values()) {
    const person = recipientId ? personById.get(recipientId) : undefined;
    const digest: Digest = {
      id: randomUUID(),
      org: org ?? { id: orgId, name: 'Vigil', slug: '' },
      recipient: person ?? null,
      events: groupRows.map(
        (r): AlertEvent => ({
          id: r.id,
          kind: r.kind,
          createdAt: r.createdAt,
          payload: withCodes(r.payload, codeOf),
        }),
      ),
      generatedAt: o.now(),
      checkpoint,
    };
    try {
      await deliverDigest(
        { ...deps, maxItems: o.maxItems, timeoutMs: o.timeoutMs },
        channel as ChannelTarget,
        digest,
      );
      report.digestsSent++;
      for (const r of groupRows) delivered.set(r.id, [...(delivered.get(r.id) ?? []), channel.id]);
    } catch (err) {
      report.digestsFailed++;
      const message = `${channel.kind} channel "${channel.name}": ${(err as Error).message}`;
      deps.log?.warn({ orgId, channelId: channel.id, err }, 'alert digest delivery failed; will retry');
      for (const r of groupRows)
        failed.set(r.id, failed.has(r.id) ? `${failed.get(r.id)}; ${message}` : message);
    }
  }

  // Rows with the same outcome are settled in one statement.
  const outcomes = new Map<string, { ids: number[]; delivered: string[]; failure: string | null }>();
  for (const row of rows) {
    const ok = delivered.get(row.id) ?? [];
    const failure = failed.get(row.id) ?? null;
    const key = `${ok.join(',')}|${failure ?? ''}`;
    const outcome = outcomes.get(key) ?? { ids: [], delivered: ok, failure };
    outcome.ids.push(row.id);
    outcomes.set(key, outcome);
  }
  for (const out of outcomes.values()) await settle(deps.db, out.ids, out.delivered, out.failure, o);
}

/**
 * The organization's chain signed now, for the digests of this cycle, and published to the store.
 * A checkpoint that cannot be made or published never holds the alerts back.
 */
async function digestCheckpoint(
  deps: DispatcherDeps,
  orgId: string,
  now: Date,
): Promise<SignedCheckpoint | null> {
  try {
    const { checkpoints, refused } = await currentCheckpoints(deps.db, deriveCheckpointKey(deps.masterKey), {
      orgId,
      now,
    });
    if (refused.length) deps.log?.error({ orgId, refused }, 'audit chain head disagrees with its entries');
    const [checkpoint] = checkpoints;
    if (checkpoint && deps.checkpointStore) await publishCheckpoints(deps.checkpointStore, checkpoints);
    return checkpoint ?? null;
  } catch (err) {
    deps.log?.warn({ orgId, err }, 'audit checkpoint for the alert digest failed');
    return null;
  }
}

/** One dispatch cycle over every organization with due alerts. */
export async function dispatchAlerts(
  deps: DispatcherDeps,
  options: Partial<DispatchOptions> = {},
): Promise<DispatchReport> {
  const o = { ...DEFAULT_DISPATCH, ...options };
  const report: DispatchReport = { claimed: 0, digestsSent: 0, digestsFailed: 0 };
  const orgs = await deps.db
    .selectDistinct({ orgId: alertOutbox.orgId })
    .from(alertOutbox)
    .where(due(o.now()));
  for (const { orgId } of orgs) {
    const rows = await claim(deps.db, orgId, o);
    if (rows.length === 0) continue;
    report.claimed += rows.length;
    await dispatchOrg(deps, orgId, rows, o, report);
  }
  return report;
}

/** VIGIL_ALERT_INTERVAL_SECONDS (default 60) in milliseconds; 0 turns the dispatcher off in this process. */
export function alertIntervalMsFromEnv(env: NodeJS.ProcessEnv): number {
  const raw = env.VIGIL_ALERT_INTERVAL_SECONDS || '60';
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds < 0) {
    throw new Error(
      'Invalid configuration: VIGIL_ALERT_INTERVAL_SECONDS: must be a number of seconds (0 turns alerts off)',
    );
  }
  return seconds * 1000;
}

/** Runs a cycle every `intervalMs` until stopped; stop() waits for a cycle in progress. */
export function startAlertDispatcher(
  deps: DispatcherDeps,
  intervalMs: number,
  options: Partial<DispatchOptions> = {},
) {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const tick = () => {
    running = dispatchAlerts(deps, options)
      .catch((err) => deps.log?.error({ err }, 'alert dispatch cycle failed'))
      .finally(() => {
        if (!stopped) {
          timer = setTimeout(tick, intervalMs);
          timer.unref();
        }
      });
  };
  timer = setTimeout(tick, intervalMs);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
