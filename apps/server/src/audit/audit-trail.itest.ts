import { auditTrailRoutes, scopeRoutes } from '@vigil/api';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, setupOrganization, type TestApp } from '../test/test-app.ts';

let t: TestApp;
let owner: Client;

beforeAll(async () => {
  t = await createTestApp();
  owner = await setupOrganization(t.app);
  await owner.call(scopeRoutes.update, { body: { categories: ['availability'] } });
  await owner.call(scopeRoutes.createSystem, { body: { name: 'Primary database', kind: 'data' } });
  await owner.call(scopeRoutes.createSystem, { body: { name: 'Payroll vendor', kind: 'vendors' } });
});
afterAll(() => t?.close());

describe('audit trail', () => {
  it('lists events newest first with filters and paging', async () => {
    const all = await owner.call(auditTrailRoutes.list);
    expect(all.items.map((e) => e.action)).toEqual([
      'system.created',
      'system.created',
      // A changed scope asks for the risks to be reassessed, in the same transaction.
      'risk_reassessment.requested',
      'scope.updated',
      'organization.created',
    ]);
    expect(all.items[0]).toMatchObject({ seq: 5, actorLabel: 'owner@acme.test', entityType: 'system' });
    const page1 = await owner.call(auditTrailRoutes.list, { query: { limit: 3 } });
    expect(page1.nextBefore).toBe(3);
    const page2 = await owner.call(auditTrailRoutes.list, { query: { limit: 3, before: page1.nextBefore! } });
    expect(page2.items.map((e) => e.seq)).toEqual([2, 1]);
    const systems = await owner.call(auditTrailRoutes.list, { query: { action: 'system.' } });
    expect(systems.items).toHaveLength(2);
    const bad = await owner.request('GET', '/api/audit-events?from=yesterday');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('from');
  });

  it('exports CSV oldest first with the hashes', async () => {
    const res = await owner.send(auditTrailRoutes.exportCsv);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    const lines = res.body.trim().split('\n');
    expect(lines[0]).toBe(
      'seq,at,actor_type,actor,action,entity_type,entity_id,changes,request_id,ip,prev_hash,hash,summary',
    );
    expect(lines).toHaveLength(6);
    expect(lines[1]).toMatch(/^1,.*organization\.created/);
    expect(lines[5]).toMatch(/^5,.*system\.created.*,Olivia Owner added the system 'Payroll vendor'$/);
  });

  it('refuses to update or delete an event', async () => {
    await expect(
      t.database.db.execute(sql`update audit_events set action = 'x' where seq = 1`),
    ).rejects.toThrow();
    await expect(t.database.db.execute(sql`delete from audit_events where seq = 1`)).rejects.toThrow();
    expect(await owner.call(auditTrailRoutes.verify)).toEqual({
      ok: true,
      checked: 5,
      break: null,
    });
  });

  it('detects a row altered behind the application’s back, naming the entry', async () => {
    await t.database.db.execute(sql`alter table audit_events disable trigger audit_events_append_only`);
    await t.database.db.execute(
      sql`update audit_events set changes = '{"name":"Renamed database"}'::jsonb where seq = 3`,
    );
    const res = (await owner.request('GET', '/api/audit-events/verify')).json();
    expect(res).toMatchObject({ ok: false, checked: 2, break: { seq: 3, reason: 'hash_mismatch' } });
    expect(res.break.message).toMatch(/entry 3/);
  });

  it('detects a deleted last entry through the chain head', async () => {
    await t.database.db.execute(sql`delete from audit_events where seq = 5`);
    await t.database.db.execute(
      sql`update audit_events set changes = (select changes from audit_events where seq = 3) where seq = 3`,
    );
    const res = (await owner.request('GET', '/api/audit-events/verify')).json();
    expect(res.ok).toBe(false);
    await t.database.db.execute(sql`alter table audit_events enable trigger audit_events_append_only`);
  });
});
