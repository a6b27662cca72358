/**
 * Marking dead runs: only runs whose heartbeat (or, for rows from before heartbeats, start) is old
 * enough, each exactly once however many processes look at the same moment.
 */
import { type Database, schema } from '@vigil/db';
import { TEST_REGISTRY } from '@vigil/monitoring/test/registry';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../audit/actor.ts';
import { createOrganization } from '../organizations/index.ts';
import { createTestDatabase } from '../test/test-database.ts';
import { failDeadRuns, INTERRUPTED_MESSAGE, runLivenessFromEnv } from './run-liveness.ts';

let database: Database;
let orgId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  const { org } = await database.db.transaction((tx) =>
    createOrganization(tx, systemActor('test'), {
      organizationName: 'Liveness Inc',
      owner: { email: 'owner@liveness.test', name: 'Owner', password: 'correct horse battery staple' },
    }),
  );
  orgId = org.id;
});
afterAll(() => database?.close());

describe('dead runs', () => {
  it('marks only stale runs, once, when several look at the same moment', async () => {
    const { db } = database;
    const [connector] = await db
      .insert(schema.connectors)
      .values({ orgId, kind: 'test.users', name: 'Users', lastStatus: 'ok' })
      .returning();
    const minutesAgo = (n: number) => sql`now() - ${n}::int * interval '1 minute'`;
    const run = (heartbeat: ReturnType<typeof minutesAgo> | null, startedMinutesAgo: number) =>
      db
        .insert(schema.runs)
        .values({
          orgId,
          connectorId: connector!.id,
          source: 'testsrc',
          status: 'running',
          startedAt: new Date(Date.now() - startedMinutesAgo * 60_000),
          heartbeatAt: heartbeat,
        })
        .returning()
        .then((r) => r[0]!.id);
    const dead = await run(minutesAgo(2), 10);
    const alive = await run(minutesAgo(0), 10);
    // Rows from before heartbeats are judged by their start.
    const oldDead = await run(null, 5);
    const oldRecent = await run(null, 0);

    const counts = await Promise.all([1, 2, 3, 4].map(() => failDeadRuns(db, TEST_REGISTRY, 45_000)));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(2);

    const runs = await db.select().from(schema.runs).where(eq(schema.runs.orgId, orgId));
    const status = Object.fromEntries(runs.map((r) => [r.id, [r.status, r.error]]));
    expect(status).toEqual({
      [dead]: ['failed', INTERRUPTED_MESSAGE],
      [alive]: ['running', null],
      [oldDead]: ['failed', INTERRUPTED_MESSAGE],
      [oldRecent]: ['running', null],
    });
    const [after] = await db.select().from(schema.connectors).where(eq(schema.connectors.id, connector!.id));
    expect(after).toMatchObject({ lastStatus: 'error', lastError: INTERRUPTED_MESSAGE });
    // One alert for the episode, one audit event per marked run.
    const alerts = await db
      .select()
      .from(schema.alertOutbox)
      .where(and(eq(schema.alertOutbox.orgId, orgId), eq(schema.alertOutbox.kind, 'connector_error')));
    expect(alerts).toHaveLength(1);
    const events = await db
      .select()
      .from(schema.auditEvents)
      .where(
        and(eq(schema.auditEvents.orgId, orgId), eq(schema.auditEvents.action, 'monitoring.run_failed')),
      );
    expect(events.map((e) => e.entityId).sort()).toEqual([dead, oldDead].sort());
  });

  it('refuses settings under which a live run could look dead, naming the variable', () => {
    expect(runLivenessFromEnv({})).toEqual({
      heartbeatMs: 15_000,
      deadAfterMs: 45_000,
      checkEveryMs: 15_000,
    });
    expect(() => runLivenessFromEnv({ VIGIL_RUN_HEARTBEAT_SECONDS: '30' })).toThrow(
      'VIGIL_RUN_DEAD_AFTER_SECONDS: must be at least twice VIGIL_RUN_HEARTBEAT_SECONDS',
    );
    expect(() => runLivenessFromEnv({ VIGIL_RUN_CHECK_SECONDS: 'soon' })).toThrow(
      'Invalid configuration: VIGIL_RUN_CHECK_SECONDS: must be a positive number of seconds',
    );
  });
});
