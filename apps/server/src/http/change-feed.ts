/**
 * Lets a server process cache authentication results and read responses without asking the database
 * on every request, and still never serve an answer that a committed change has made wrong.
 *
 * Every change that a cached answer depends on calls `noteChange` inside its transaction: the audit
 * recorder does it for every audited change, and the few unaudited ones (sign-out, switching
 * organization) do it themselves. `noteChange` sends `pg_notify`, which PostgreSQL delivers to every
 * listening process exactly when the transaction commits and never when it rolls back. The process
 * that made the change does not wait for its own notification: it applies the change as soon as its
 * transaction has finished, before it answers the request.
 *
 * On PGlite only this process can open the data directory (it is locked), so local application is
 * complete. On PostgreSQL other processes (servers, workers, the CLI) may write: a dedicated connection
 * LISTENs, and while it is not connected the caches are bypassed, because a notification missed then
 * would never arrive.
 */
import { randomUUID } from 'node:crypto';
import type { Database, Db } from '@vigil/db';
import { sql } from 'drizzle-orm';
import pg from 'pg';

/** What changed: anything inside one organization, or one user's own sign-in state. */
export type Change = { orgId: string } | { userId: string };

const CHANNEL = 'vigil_changes';

/** The feeds of one database handle in this process, and the id its announcements carry. */
interface Tracked {
  id: string;
  feeds: Set<ChangeFeed>;
}

/** The changes a transaction has noted so far, applied once it has finished. */
interface Pending {
  changes: Change[];
  source: Tracked;
}

// Keyed by the transaction handle rather than held in an AsyncLocalStorage: on Node 20 the storage
// turns on async hooks for the whole process, which taxed every promise and socket write of every
// request (a twentieth of the CPU of the public trust page).
const pendingByTx = new WeakMap<object, Pending>();
const trackedByDb = new WeakMap<object, Tracked>();

/**
 * Announces a change made through `tx`. Inside a transaction the announcement takes effect at commit;
 * outside one, call it after the write, which has then already committed.
 */
export async function noteChange(tx: Db, change: Change): Promise<void> {
  const store = pendingByTx.get(tx);
  const source = store?.source ?? trackedByDb.get(tx);
  await tx.execute(sql`select pg_notify(${CHANNEL}, ${JSON.stringify({ ...change, src: source?.id })})`);
  if (store) store.changes.push(change);
  else for (const feed of source?.feeds ?? []) feed.apply(change);
}

/**
 * Makes every `db.transaction` apply its noted changes to the feeds of this process once it has
 * finished. Applying after a rollback as well costs a cache miss and is never wrong; applying before
 * the commit would be: a concurrent reader could cache the old rows again.
 */
function trackTransactions(db: Db): Tracked {
  let tracked = trackedByDb.get(db);
  if (tracked) return tracked;
  const own: Tracked = { id: randomUUID(), feeds: new Set() };
  trackedByDb.set(db, own);
  const transaction = db.transaction.bind(db);
  db.transaction = (async (...[work, config]: Parameters<typeof transaction>) => {
    const store: Pending = { changes: [], source: own };
    try {
      return await transaction((tx) => work(collectingFor(tx, store)), config);
    } finally {
      for (const change of store.changes) for (const feed of own.feeds) feed.apply(change);
    }
  }) as typeof db.transaction;
  tracked = own;
  return tracked;
}

/** Marks `tx`, and every savepoint opened from it, as noting its changes into `store`. */
function collectingFor<T extends Pick<Db, 'transaction'>>(tx: T, store: Pending): T {
  pendingByTx.set(tx, store);
  const savepoint = tx.transaction.bind(tx);
  tx.transaction = ((work, config) =>
    savepoint((inner) => work(collectingFor(inner, store)), config)) as T['transaction'];
  return tx;
}

/** A cached authentication result: who, in which organization, and what is checked against the clock. */
export interface AuthEntry<T> {
  orgId: string;
  userId: string;
  value: T;
  cachedAt: number;
}

export interface ChangeFeedOptions {
  /** How long an authentication result may be reused; changes invalidate it earlier. */
  authTtlMs?: number;
  maxAuthEntries?: number;
}

export class ChangeFeed {
  /** Counts every invalidation; versions and fill marks are values of it. */
  private seq = 1;
  /** Every version below this is void: set whenever notifications may have been missed. */
  private floor = 1;
  private readonly orgVersions = new Map<string, number>();
  private readonly auth = new Map<string, AuthEntry<unknown>>();
  private readonly authTtlMs: number;
  private readonly maxAuthEntries: number;
  private source: Tracked | null = null;
  private listener: pg.Client | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private retryMs = 100;
  private closed = false;
  /** Whether every committed change reaches this process; false means: ask the database. */
  live: boolean;
  /** How many times the listener has (re)connected; tests wait on it. */
  connections = 0;

  private constructor(
    private readonly database: Database,
    options: ChangeFeedOptions,
  ) {
    this.authTtlMs = options.authTtlMs ?? 30_000;
    this.maxAuthEntries = options.maxAuthEntries ?? 10_000;
    this.live = database.kind === 'pglite';
  }

  /** Starts tracking the database's transactions and, on PostgreSQL, listening for other processes. */
  static async start(database: Database, options: ChangeFeedOptions = {}): Promise<ChangeFeed> {
    const feed = new ChangeFeed(database, options);
    feed.source = trackTransactions(database.db);
    feed.source.feeds.add(feed);
    if (database.kind === 'postgres') await feed.listen();
    return feed;
  }

  /** The organization's data version, or null when it cannot be known without a query. */
  orgVersion(orgId: string): number | null {
    if (!this.live) return null;
    return Math.max(this.orgVersions.get(orgId) ?? 0, this.floor);
  }

  /** Taken before reading the rows of an entry: `remember` refuses the entry if anything changed since. */
  mark(): number | null {
    return this.live ? this.seq : null;
  }

  cachedAuth<T>(key: string): AuthEntry<T> | undefined {
    if (!this.live) return undefined;
    const entry = this.auth.get(key);
    if (!entry) return undefined;
    if (Date.now() - entry.cachedAt >= this.authTtlMs) {
      this.auth.delete(key);
      return undefined;
    }
    return entry as AuthEntry<T>;
  }

  remember<T>(key: string, mark: number | null, entry: Omit<AuthEntry<T>, 'cachedAt'>): void {
    // A change that committed while the rows were read may not be in them: do not keep them.
    if (mark === null || !this.live || mark !== this.seq) return;
    this.auth.delete(key);
    this.auth.set(key, { ...entry, cachedAt: Date.now() });
    if (this.auth.size > this.maxAuthEntries) this.auth.delete(this.auth.keys().next().value!);
  }

  /** Applies a committed change: new organization version, and its cached sign-ins forgotten. */
  apply(change: Change): void {
    const version = ++this.seq;
    if ('orgId' in change) {
      this.orgVersions.set(change.orgId, version);
      for (const [key, entry] of this.auth) if (entry.orgId === change.orgId) this.auth.delete(key);
    } else {
      for (const [key, entry] of this.auth) if (entry.userId === change.userId) this.auth.delete(key);
    }
  }

  /** Forgets everything: every version known so far becomes void. */
  private reset(): void {
    this.floor = ++this.seq;
    this.orgVersions.clear();
    this.auth.clear();
  }

  private async listen(): Promise<void> {
    const pool = this.database.pool;
    if (!pool || this.closed) return;
    const client = new pg.Client({ ...(pool.options as pg.ClientConfig), keepAlive: true });
    let lost = false;
    const onLost = () => {
      if (lost) return;
      lost = true;
      this.live = false;
      this.reset();
      this.listener = null;
      client.end().catch(() => {});
      this.scheduleRetry();
    };
    client.on('error', onLost);
    client.on('end', onLost);
    client.on('notification', (msg) => {
      if (msg.channel !== CHANNEL) return;
      const { change, src } = parseChange(msg.payload);
      // This handle's own changes were applied when their transaction finished.
      if (src && src === this.source?.id) return;
      // A payload this version cannot read still means something changed.
      if (change) this.apply(change);
      else this.reset();
    });
    try {
      await client.connect();
      await client.query(`listen ${CHANNEL}`);
    } catch {
      onLost();
      return;
    }
    if (lost) return;
    if (this.closed) {
      await client.end().catch(() => {});
      return;
    }
    this.listener = client;
    this.retryMs = 100;
    // Changes committed before LISTEN took effect were never announced to this process.
    this.reset();
    this.live = true;
    this.connections++;
  }

  private scheduleRetry(): void {
    if (this.closed || this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.listen();
    }, this.retryMs);
    this.retryTimer.unref();
    this.retryMs = Math.min(this.retryMs * 2, 5_000);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.live = this.database.kind === 'pglite' ? this.live : false;
    this.source?.feeds.delete(this);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const client = this.listener;
    this.listener = null;
    if (client) {
      client.removeAllListeners('end');
      client.removeAllListeners('error');
      client.on('error', () => {});
      await client.end().catch(() => {});
    }
  }
}

function parseChange(payload: string | undefined): { change: Change | null; src?: string } {
  try {
    const v = JSON.parse(payload ?? '') as Record<string, unknown>;
    const src = typeof v.src === 'string' ? v.src : undefined;
    if (typeof v.orgId === 'string') return { change: { orgId: v.orgId }, src };
    if (typeof v.userId === 'string') return { change: { userId: v.userId }, src };
  } catch {}
  return { change: null };
}
