import { createHash } from 'node:crypto';
import { reportDocumentRoutes as routes } from '@vigil/api';
import { documentContent } from '@vigil/core';
import { schema } from '@vigil/db';
import { asc, eq, sql } from 'drizzle-orm';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, type Tenant } from '../test/tenants.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';

let t: TestApp;
let a: Tenant;
let engagementId: string;
let otherEngagementId: string;

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t, 'Alpha');
  const owner = a.clients.owner;
  await owner.request('POST', '/api/controls/adopt');
  await owner.request('POST', '/api/systems', {
    name: 'Payroll API',
    kind: 'software',
    description: 'The customer-facing API',
  });
  const vendor = await owner.request('POST', '/api/vendors', {
    name: 'Cloudhost',
    services: 'Hosting',
    dataAccess: 'high',
    businessImpact: 'high',
    partOfSystem: true,
  });
  await owner.request('PUT', `/api/vendors/${vendor.json().id}/subservice`, {
    subserviceMethod: 'carve_out',
    csocs: [{ text: 'Physical access to data centres is restricted' }],
    cuecs: [],
  });
  const incident = await owner.request('POST', '/api/incidents', {
    title: 'Leaked deploy key',
    severity: 'high',
    source: 'internal',
    detectedAt: '2026-03-02T10:00:00.000Z',
    significant: true,
  });
  if (incident.statusCode !== 201) throw new Error(incident.body);
  const e = await owner.request('POST', '/api/engagements', {
    name: 'Alpha Type II 2026',
    reportType: 'type2',
    windowStart: '2026-01-01',
    windowEnd: '2026-06-30',
  });
  if (e.statusCode !== 201) throw new Error(e.body);
  engagementId = e.json().id;
  otherEngagementId = (
    await owner.request('POST', '/api/engagements', {
      name: 'Not yours',
      reportType: 'type1',
      asOfDate: '2026-06-30',
    })
  ).json().id;
  await t.database.db.insert(schema.engagementAuditors).values({ engagementId, userId: a.userIds.auditor });
});
afterAll(() => t?.close());

const state = async () => [
  (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(schema.auditEvents))[0]!.n,
  await t.database.db.select().from(schema.reportDocuments).orderBy(asc(schema.reportDocuments.id)),
];

const sd = () => ({ engagementId, document: 'system-description' as const });
const bl = () => ({ engagementId, document: 'bridge-letter' as const });

describe('system description', () => {
  it('drafts the nine sections from the data, marked generated', async () => {
    const doc = await a.clients.owner.call(routes.generate, { params: sd() });
    expect(doc.current).toMatchObject({ version: 1, status: 'draft' });
    const sections = doc.current!.sections;
    expect(sections.map((s) => s.key)).toEqual([
      'dc1',
      'dc2',
      'dc3',
      'dc4',
      'dc5',
      'dc6',
      'dc7',
      'dc8',
      'dc9',
    ]);
    expect(sections.every((s) => s.generated)).toBe(true);
    const body = (k: string) => sections.find((s) => s.key === k)!.body;
    expect(body('dc3')).toContain('Payroll API: The customer-facing API');
    expect(body('dc4')).toContain('Leaked deploy key (high severity, detected 2 Mar 2026');
    expect(body('dc5')).toContain('CC6.1');
    expect(body('dc7')).toContain('Cloudhost: Hosting. Presented using the carve-out method');
    expect(body('dc7')).toContain('Physical access to data centres is restricted');
    expect(sections.map((s) => s.body).join('\n')).not.toMatch(UUID);
  });

  it('refuses a second draft while one is open, changing nothing', async () => {
    const before = await state();
    const res = await a.clients.owner.send(routes.generate, { params: sd() });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/Version 1 of the system description is still a draft/);
    expect(await state()).toEqual(before);
  });

  it('edits and confirms sections, each clearing its mark with its own audit event', async () => {
    const owner = a.clients.owner;
    const edited = await owner.call(routes.editSection, {
      params: { ...sd(), version: 1, section: 'dc1' },
      body: { body: 'Alpha runs payroll for small firms.' },
    });
    expect(edited.current!.sections[0]).toMatchObject({
      body: 'Alpha runs payroll for small firms.',
      generated: false,
    });
    const dc4 = edited.current!.sections[3]!;
    const confirmed = await owner.call(routes.editSection, {
      params: { ...sd(), version: 1, section: 'dc4' },
      body: { body: dc4.body },
    });
    expect(confirmed.current!.sections[3]).toMatchObject({ body: dc4.body, generated: false });
    const events = await t.database.db
      .select({ action: schema.auditEvents.action, changes: schema.auditEvents.changes })
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.entityType, 'report_document'))
      .orderBy(asc(schema.auditEvents.seq));
    expect(events.map((e) => e.action)).toEqual([
      'report_document.drafted',
      'report_document.section_edited',
      'report_document.section_confirmed',
    ]);
    expect(events[1]!.changes).toMatchObject({
      section: 'Services provided',
      engagement: 'Alpha Type II 2026',
    });
  });

  it('refuses an unknown section, an empty text and a version that does not exist, changing nothing', async () => {
    const before = await state();
    const owner = a.clients.owner;
    const url = `/api/engagements/${engagementId}/documents/system-description/versions`;
    const unknown = await owner.request('PUT', `${url}/1/sections/dc10`, { body: 'x' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toMatch(/section: the system description has no section 'dc10'/);
    const empty = await owner.request('PUT', `${url}/1/sections/dc1`, { body: '  ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.message).toMatch(/body/);
    const missing = await owner.request('PUT', `${url}/7/sections/dc1`, { body: 'x' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toMatch(/version 7 of the system description not found/);
    expect(await state()).toEqual(before);
  });

  it("keeps an auditor to their own engagement and out of management's writes", async () => {
    const auditor = a.clients.auditor;
    expect((await auditor.call(routes.get, { params: sd() })).current!.version).toBe(1);
    const before = await state();
    const foreign = await auditor.send(routes.get, {
      params: { engagementId: otherEngagementId, document: 'system-description' },
    });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.message).toBe('engagement not found');
    const foreignDocx = await auditor.send(routes.docx, {
      params: { engagementId: otherEngagementId, document: 'system-description', version: 1 },
    });
    expect(foreignDocx.statusCode).toBe(404);
    const write = await auditor.send(routes.approve, { params: { ...sd(), version: 1 } });
    expect(write.statusCode).toBe(403);
    const member = await a.clients.member.send(routes.editSection, {
      params: { ...sd(), version: 1, section: 'dc1' },
      body: { body: 'Not mine to say' },
    });
    expect(member.statusCode).toBe(403);
    expect(await state()).toEqual(before);
  });

  it('approves once, hashing the content into the audit chain; a second approval or an edit is refused', async () => {
    const owner = a.clients.owner;
    const doc = await owner.call(routes.approve, { params: { ...sd(), version: 1 } });
    expect(doc.current).toMatchObject({ status: 'approved', approvedByName: 'Alpha Owner' });
    const sha = createHash('sha256')
      .update(documentContent('system_description', 1, doc.current!.sections))
      .digest('hex');
    expect(doc.current!.contentSha256).toBe(sha);
    const [event] = await t.database.db
      .select({ changes: schema.auditEvents.changes })
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.action, 'report_document.approved'));
    expect(event!.changes).toMatchObject({ contentSha256: sha, version: 1 });

    const before = await state();
    const twice = await owner.send(routes.approve, { params: { ...sd(), version: 1 } });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.message).toBe(
      'Version 1 of the system description is already approved; an approved version is not approved twice',
    );
    const edit = await owner.send(routes.editSection, {
      params: { ...sd(), version: 1, section: 'dc2' },
      body: { body: 'Late change' },
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.message).toMatch(/is approved and can no longer be edited/);
    expect(await state()).toEqual(before);
  });

  it('downloads as DOCX (words, marks on unreviewed sections) and as PDF, for the auditor too', async () => {
    const res = await a.clients.auditor.send(routes.docx, { params: { ...sd(), version: 1 } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('system-description-alpha-type-ii-2026-v1.docx');
    const { value: text } = await mammoth.extractRawText({ buffer: res.rawPayload });
    expect(text).toContain('System description: Alpha Type II 2026');
    expect(text).toContain('Alpha runs payroll for small firms.');
    expect(text).toContain('Principal service commitments and system requirements');
    expect(text).toContain('[Generated by Vigil, not yet reviewed]');
    expect(text).toMatch(/approved by Alpha Owner on \d{4}-\d{2}-\d{2}/);
    // The reviewed sections carry no mark: 9 sections, 2 reviewed.
    expect(text.match(/not yet reviewed/g)).toHaveLength(7);
    expect(text).not.toMatch(UUID);
    const pdf = await a.clients.owner.send(routes.pdf, { params: { ...sd(), version: 1 } });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
  });

  it('drafts a new version from the approved one, keeping what people reviewed', async () => {
    const doc = await a.clients.owner.call(routes.generate, { params: sd() });
    expect(doc.current).toMatchObject({ version: 2, status: 'draft' });
    expect(doc.versions.map((v) => [v.version, v.status])).toEqual([
      [1, 'approved'],
      [2, 'draft'],
    ]);
    expect(doc.current!.sections[0]).toMatchObject({
      body: 'Alpha runs payroll for small firms.',
      generated: false,
    });
    expect(doc.current!.sections[1]!.generated).toBe(true);
  });
});

describe('bridge letter', () => {
  it('names the report, its period and the gap, lists what changed, and is approved once', async () => {
    const owner = a.clients.owner;
    const doc = await owner.call(routes.generate, { params: bl() });
    const text = doc.current!.sections.map((s) => s.body).join('\n');
    expect(text).toContain('"Alpha Type II 2026" of Alpha');
    expect(text).toContain('Type II, 1 Jan 2026 to 30 Jun 2026');
    expect(text).toContain('This letter covers the period from 1 Jul 2026 to');
    expect(text).toContain('New subservice organization since');
    expect(text).toContain('Cloudhost');
    await owner.call(routes.approve, { params: { ...bl(), version: 1 } });
    const twice = await owner.send(routes.approve, { params: { ...bl(), version: 1 } });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.message).toMatch(/bridge letter is already approved/);
    const docx = await a.clients.auditor.send(routes.docx, { params: { ...bl(), version: 1 } });
    const { value } = await mammoth.extractRawText({ buffer: docx.rawPayload });
    expect(value).toContain("Management's statement");
    expect(value).toContain('Material changes in the gap period');
    const pdf = await owner.send(routes.pdf, { params: { ...bl(), version: 1 } });
    expect(pdf.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
  });

  it('refuses a bridge letter before the report period has ended, changing nothing', async () => {
    const e = await a.clients.owner.request('POST', '/api/engagements', {
      name: 'Future',
      reportType: 'type1',
      asOfDate: '2099-06-30',
    });
    const before = await state();
    const res = await a.clients.owner.send(routes.generate, {
      params: { engagementId: e.json().id, document: 'bridge-letter' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/period ends on 2099-06-30/);
    expect(await state()).toEqual(before);
  });
});
