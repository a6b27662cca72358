import { controlRoutes, readinessRoutes } from '@vigil/api';
import { type Db, readTogether } from '@vigil/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, type Tenant } from '../test/tenants.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';

// node-postgres warns once per process when a statement is queued behind another on one connection.
const queued: string[] = [];
const onWarning = (w: Error) => {
  if (w.message.includes('already executing')) queued.push(w.message);
};

let t: TestApp;
let a: Tenant;

beforeAll(async () => {
  process.on('warning', onWarning);
  t = await createTestApp();
  a = await createTenant(t, 'Alpha');
  await a.clients.owner.call(controlRoutes.adopt, { body: {} });
});
afterAll(async () => {
  process.off('warning', onWarning);
  await t?.close();
});

/** A read that notes when it starts and when its statement has answered. */
const noted = (db: Db, log: string[], n: number) => async () => {
  log.push(`start ${n}`);
  const result = await db.execute(sql`select ${n}::int as n`);
  log.push(`end ${n}`);
  return result;
};

describe('reads for one answer', () => {
  it('run one after another in a transaction, and at once outside one, answering in their order', async () => {
    const inTx: string[] = [];
    const answers = await t.database.db.transaction((tx) =>
      readTogether(tx, [noted(tx, inTx, 1), noted(tx, inTx, 2), noted(tx, inTx, 3)]),
    );
    expect(inTx).toEqual(['start 1', 'end 1', 'start 2', 'end 2', 'start 3', 'end 3']);
    expect(answers).toHaveLength(3);

    const onPool: string[] = [];
    const db = t.database.db;
    await readTogether(db, [noted(db, onPool, 1), noted(db, onPool, 2), noted(db, onPool, 3)]);
    expect(onPool.slice(0, 3)).toEqual(['start 1', 'start 2', 'start 3']);
  });

  it('take a readiness snapshot inside its transaction without queueing statements on its connection', async () => {
    const taken = await a.clients.owner.call(readinessRoutes.take, { body: {} });
    expect(taken.id).toBeTruthy();
    expect(queued).toEqual([]);
  });
});
