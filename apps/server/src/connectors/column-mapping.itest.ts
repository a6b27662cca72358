import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upload } from '../test/monitoring-http.ts';
import type { Client, TestApp } from '../test/test-app.ts';
import { createTestApp, setupOrganization } from '../test/test-app.ts';

// A people report whose columns carry none of the built-in names.
const ROSTER =
  'Mail,State,Joined,Left,Boss\nana@example.com,Active,03/01/2024,,bo@example.com\nbo@example.com,Active,01/15/2020,,\n';
const COLUMNS = {
  email: 'Mail',
  status: 'State',
  start_date: 'Joined',
  termination_date: 'Left',
  manager: 'Boss',
};

describe('choosing the columns of a CSV connector', () => {
  let t: TestApp;
  let owner: Client;
  let roster: string;

  beforeAll(async () => {
    t = await createTestApp();
    owner = await setupOrganization(t.app);
    const res = await owner.request('POST', '/api/integrations', {
      kind: 'hr.roster.bamboohr',
      name: 'People',
    });
    roster = res.json().id;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('lists the fields a CSV kind reads, with the column names it looks for', async () => {
    const kinds = (await owner.request('GET', '/api/integrations/kinds')).json().items as {
      id: string;
      columns: { field: string; label: string; required: boolean; headers: string[] }[];
    }[];
    const hr = kinds.find((k) => k.id === 'hr.roster.bamboohr')!;
    expect(hr.columns.find((c) => c.field === 'start_date')).toEqual({
      field: 'start_date',
      label: 'start date',
      required: true,
      headers: ['Hire Date', 'Original Hire Date'],
    });
    expect(kinds.find((k) => k.id === 'trivy.json')!.columns).toEqual([]);
  });

  it('names the unchosen field and the columns found when the file has other names', async () => {
    const res = await upload(t, owner, `/api/integrations/${roster}/upload`, 'people.csv', ROSTER);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe(
      'people.csv: line 1: missing column "Work Email" for work email; missing column "Status" for employment status; ' +
        'missing column "Hire Date" or "Original Hire Date" for start date; missing column "Termination Date" for termination date ' +
        '(preset bamboohr); the header has "Mail", "State", "Joined", "Left", "Boss"; choose the column that holds each field',
    );
  });

  it('remembers the chosen columns in the connector and reads the file with them', async () => {
    const saved = await owner.request('PATCH', `/api/integrations/${roster}`, {
      config: { columns: COLUMNS },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().config).toEqual({ columns: COLUMNS });
    const res = await upload(t, owner, `/api/integrations/${roster}/upload`, 'people.csv', ROSTER);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'succeeded', source: 'hris', resourcesSeen: 2 });
  });

  it('points a renamed CSV uploaded for detection to choosing its columns', async () => {
    const auto = await owner.request('POST', '/api/integrations', { kind: 'file.auto', name: 'Anything' });
    const res = await upload(t, owner, `/api/integrations/${auto.json().id}/upload`, 'people.csv', ROSTER);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(
      /^people\.csv: is not a file Vigil can read\. Vigil reads: .*HRIS roster: Gusto \(people report\).*\. A CSV export whose columns have other names is read by a connector of its kind, once its columns are chosen\./,
    );
  });

  it('refuses columns for a field the kind does not read, or on a kind without columns', async () => {
    const bad = await owner.request('PATCH', `/api/integrations/${roster}`, {
      config: { columns: { ...COLUMNS, salary: 'Pay' } },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/^config\.columns: no field salary; the fields are email, /);
    const trivy = await owner.request('POST', '/api/integrations', {
      kind: 'trivy.json',
      name: 'Scans',
      config: { columns: { email: 'Mail' } },
    });
    expect(trivy.statusCode).toBe(400);
    expect(trivy.json().error.message).toBe(
      'config.columns: only CSV connectors of a known kind take chosen columns',
    );
    // The refused change left the remembered columns as they were.
    const now = await owner.request('GET', `/api/integrations/${roster}`);
    expect(now.json().config).toEqual({ columns: COLUMNS });
  });
});
