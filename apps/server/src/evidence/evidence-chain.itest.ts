import { randomBytes } from 'node:crypto';
import { schema } from '@vigil/db';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, type Tenant } from '../test/tenants.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { uploadEvidence } from '../test/upload-form.ts';

let t: TestApp;
let a: Tenant;
let controls: { id: string; code: string }[];

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t, 'Alpha');
  await a.clients.owner.request('POST', '/api/controls/adopt');
  controls = (await a.clients.owner.request('GET', '/api/controls?limit=2')).json().items;
});
afterAll(() => t?.close());

const file = (text: string) => ({
  name: `${text.replace(/\W+/g, '-')}.txt`,
  content: Buffer.from(`${text} ${randomBytes(6).toString('hex')}`),
});
const ids = (items: { id: string }[]) => items.map((i) => i.id);

/** Runs SQL as a database superuser could, with the immutability trigger out of the way. */
async function tamper(statement: string) {
  const db = t.database.db;
  await db.execute(sql.raw('ALTER TABLE evidence DISABLE TRIGGER evidence_immutable'));
  try {
    await db.execute(sql.raw(statement));
  } finally {
    await db.execute(sql.raw('ALTER TABLE evidence ENABLE TRIGGER evidence_immutable'));
  }
}

describe('superseding', () => {
  it('keeps the old item untouched, inherits its controls, and shows only the current one by default', async () => {
    const v1 = (
      await uploadEvidence(
        a.clients.member,
        { title: 'Backup policy v1', controlIds: [controls[0]!.id] },
        file('backup v1'),
      )
    ).json();
    const v2res = await uploadEvidence(
      a.clients.member,
      { title: 'Backup policy v2', supersedesId: v1.id },
      file('backup v2'),
    );
    expect(v2res.statusCode, v2res.body).toBe(201);
    const v2 = v2res.json();
    expect(v2).toMatchObject({
      supersedesId: v1.id,
      current: true,
      controls: [expect.objectContaining({ id: controls[0]!.id })],
    });

    const oldNow = (await a.clients.viewer.request('GET', `/api/evidence/${v1.id}`)).json();
    expect(oldNow).toMatchObject({
      title: 'Backup policy v1',
      sha256: v1.sha256,
      current: false,
      supersededById: v2.id,
    });
    expect(oldNow.history.map((h: { id: string }) => h.id)).toEqual([v1.id, v2.id]);

    const list = (await a.clients.viewer.request('GET', '/api/evidence?q=backup')).json();
    expect(ids(list.items)).toEqual([v2.id]);
    const all = (
      await a.clients.viewer.request('GET', '/api/evidence?q=backup&includeSuperseded=true')
    ).json();
    expect(ids(all.items)).toEqual([v2.id, v1.id]);

    const fork = await uploadEvidence(
      a.clients.member,
      { title: 'Backup policy v2b', supersedesId: v1.id },
      file('backup v2b'),
    );
    expect(fork.statusCode).toBe(409);
    expect(fork.json().error).toMatchObject({
      field: 'supersedesId',
      message: expect.stringContaining(`already superseded by ${v2.id}`),
    });
    const missing = await uploadEvidence(
      a.clients.member,
      { title: 'x', supersedesId: '00000000-0000-4000-8000-000000000000' },
      file('x'),
    );
    expect(missing.json().error.field).toBe('supersedesId');
  });

  it('refuses any UPDATE of an evidence row at the database', async () => {
    const item = (await uploadEvidence(a.clients.member, { title: 'Immutable' }, file('immutable'))).json();
    await expect(
      t.database.db.update(schema.evidence).set({ title: 'edited' }).where(eq(schema.evidence.id, item.id)),
    ).rejects.toThrow();
    // Only what deleting a user does (ON DELETE SET NULL) gets through.
    await t.database.db
      .update(schema.evidence)
      .set({ createdBy: null })
      .where(eq(schema.evidence.id, item.id));
    const [row] = await t.database.db.select().from(schema.evidence).where(eq(schema.evidence.id, item.id));
    expect(row).toMatchObject({ title: 'Immutable', createdBy: null });
  });
});

describe('searching the library', () => {
  it('filters by text, sha256 prefix, kind and control', async () => {
    const vendor = (
      await uploadEvidence(
        a.clients.member,
        { title: 'Vendor SOC 2 report', description: 'from Stripe', controlIds: [controls[1]!.id] },
        file('vendor'),
      )
    ).json();
    const byText = (await a.clients.viewer.request('GET', '/api/evidence?q=stripe')).json();
    expect(ids(byText.items)).toEqual([vendor.id]);
    const bySha = (
      await a.clients.viewer.request('GET', `/api/evidence?q=${vendor.sha256.slice(0, 12)}`)
    ).json();
    expect(ids(bySha.items)).toEqual([vendor.id]);
    const byControl = (
      await a.clients.viewer.request('GET', `/api/evidence?controlId=${controls[1]!.id}`)
    ).json();
    expect(ids(byControl.items)).toEqual([vendor.id]);
    const collections = (await a.clients.viewer.request('GET', '/api/evidence?kind=collection')).json();
    expect(collections).toEqual({ items: [], total: 0 });
    const bad = await a.clients.viewer.request('GET', '/api/evidence?kind=nope');
    expect(bad.json().error.field).toBe('kind');
  });
});

describe('the hash chain covers evidence', () => {
  it('commits each item’s hash in the audit chain, and finds an item edited behind Vigil’s back', async () => {
    const item = (
      await uploadEvidence(a.clients.member, { title: 'Change tickets' }, file('tickets'))
    ).json();
    const [entry] = await t.database.db
      .select()
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.seq, item.chainSeq));
    expect(entry).toMatchObject({ action: 'evidence.added', entityId: item.id, orgId: a.orgId });
    expect(entry!.changes).toMatchObject({ sha256: item.sha256, size: item.size, fileName: item.fileName });
    expect((await a.clients.viewer.request('GET', '/api/evidence/verify')).json()).toMatchObject({
      ok: true,
      problems: [],
    });

    const forged = 'f'.repeat(64);
    await tamper(`UPDATE evidence SET sha256 = '${forged}' WHERE id = '${item.id}'`);
    // The audit chain itself is intact: nothing in it was touched …
    expect((await a.clients.viewer.request('GET', '/api/audit-events/verify')).json().ok).toBe(true);
    // … but the item no longer agrees with the hash the chain committed.
    const one = (await a.clients.viewer.request('GET', `/api/evidence/${item.id}/verify`)).json();
    expect(one).toMatchObject({ ok: false, chainOk: false, sha256: forged, recomputed: item.sha256 });
    expect(one.problem).toContain(
      `differs from ${item.sha256} committed in chain entry ${item.chainSeq}: the evidence record was altered`,
    );
    const all = (await a.clients.viewer.request('GET', '/api/evidence/verify?blobs=true')).json();
    expect(all.ok).toBe(false);
    expect(all.problems.filter((p: { evidenceId: string }) => p.evidenceId === item.id)).toHaveLength(2);

    await tamper(`DELETE FROM evidence WHERE id = '${item.id}'`);
    const afterDelete = (await a.clients.viewer.request('GET', '/api/evidence/verify')).json();
    expect(afterDelete.problems).toEqual([
      {
        evidenceId: item.id,
        chainSeq: item.chainSeq,
        message: expect.stringContaining('is no longer stored: it was deleted'),
      },
    ]);
  });
});
