/**
 * Files of different kinds uploaded to one connector, in the order a person would: each adds its part
 * of the picture and changes no result outside it (the AWS credential report, then a password policy
 * whose name does not carry the account).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { schema } from '@vigil/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upload } from '../test/monitoring-http.ts';
import { type Client, createTestApp, setupOrganization, type TestApp } from '../test/test-app.ts';

const FIXTURES = join(import.meta.dirname, '../../../../packages/connectors/src/cloud/fixtures');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

/** The real report with the root user's first access key active, as in a finding. */
function reportWithActiveRootKey(): string {
  const lines = fixture('credential-report.csv').split('\n');
  const header = lines[0]!.split(',');
  const root = lines[1]!.split(',');
  root[header.indexOf('access_key_1_active')] = 'true';
  lines[1] = root.join(',');
  return lines.join('\n');
}

let t: TestApp;
let owner: Client;

beforeAll(async () => {
  t = await createTestApp();
  owner = await setupOrganization(t.app);
  await owner.request('POST', '/api/controls/adopt');
});
afterAll(() => t?.close());

const connector = async (name: string) =>
  (await owner.request('POST', '/api/integrations', { kind: 'file.auto', name })).json().id as string;
const send = (id: string, name: string, content: string) =>
  upload(t, owner, `/api/integrations/${id}/upload`, name, content);
const check = async (id: string) => (await owner.request('GET', `/api/monitoring/checks/${id}`)).json();

describe('files of different kinds into one AWS connector', () => {
  it('keeps the root key failure open when the password policy comes next, and attaches the policy to the account', async () => {
    const aws = await connector('Production AWS');
    expect((await send(aws, 'credential-report.csv', reportWithActiveRootKey())).statusCode).toBe(200);
    const before = await check('aws.iam.root_no_access_keys');
    expect(before.failing.items).toEqual([
      expect.objectContaining({ externalId: '123456789012', name: 'AWS account 123456789012' }),
    ]);

    const policy = await send(aws, 'password-policy.json', fixture('get-account-password-policy.json'));
    expect(policy.statusCode, policy.body).toBe(200);
    const after = await check('aws.iam.root_no_access_keys');
    // The same failure, still open since the first upload: nothing was remediated, nothing reopened.
    expect(after.failing.items).toEqual(before.failing.items);
    expect(after.history.total).toBe(before.history.total);
    const length = await check('aws.iam.password_policy_length');
    expect(length.failing.items.map((i: { externalId: string }) => i.externalId)).toEqual(['123456789012']);

    const accounts = await t.database.db
      .select({ externalId: schema.resources.externalId, goneAt: schema.resources.goneAt })
      .from(schema.resources)
      .where(and(eq(schema.resources.connectorId, aws), eq(schema.resources.type, 'aws.account')));
    expect(accounts).toEqual([{ externalId: '123456789012', goneAt: null }]);

    // The report again: the policy stays part of the account.
    expect((await send(aws, 'credential-report.csv', reportWithActiveRootKey())).json()).toMatchObject({
      transitions: 0,
    });
    expect((await check('aws.iam.password_policy_length')).failing.total).toBe(1);
  });

  it('refuses a password policy whose account it cannot know, saying how to name it', async () => {
    const fresh = await connector('Staging AWS');
    const res = await send(fresh, 'password-policy.json', fixture('get-account-password-policy.json'));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(
      /^password-policy\.json: the file does not say which AWS account it belongs to: put the 12-digit account id/,
    );
  });
});

describe('one credential report through two connectors', () => {
  it('counts each IAM user once in the check list and lists it once among the failures', async () => {
    const summary = async () =>
      (
        (await owner.request('GET', '/api/monitoring/checks')).json().items as {
          id: string;
          counts: { pass: number; fail: number };
        }[]
      ).find((c) => c.id === 'aws.iam.console_user_mfa')!.counts;
    const first = await connector('Credential reports');
    expect((await send(first, 'credential-report.csv', fixture('credential-report.csv'))).statusCode).toBe(
      200,
    );
    const once = await summary();
    const detailOnce = await check('aws.iam.console_user_mfa');
    expect(once.fail + once.pass).toBeGreaterThan(1);

    const second = await connector('Credential reports (copy)');
    expect((await send(second, 'credential-report.csv', fixture('credential-report.csv'))).statusCode).toBe(
      200,
    );
    expect(await summary()).toEqual(once);
    const detail = await check('aws.iam.console_user_mfa');
    expect(detail.failing.total).toBe(detailOnce.failing.total);
    expect(detail.failing.items.map((i: { externalId: string }) => i.externalId)).toEqual(
      detailOnce.failing.items.map((i: { externalId: string }) => i.externalId),
    );
  });
});

describe('an AWS connector told its account', () => {
  it('attaches a password policy whose file does not name the account to the account set on the connector', async () => {
    const kinds = (await owner.request('GET', '/api/integrations/kinds')).json().items as {
      id: string;
      account: string | null;
    }[];
    expect(kinds.find((k) => k.id === 'aws.password_policy')?.account).toBe('AWS account');
    expect(kinds.find((k) => k.id === 'trivy.json')?.account).toBeNull();

    const bad = await owner.request('POST', '/api/integrations', {
      kind: 'aws.password_policy',
      name: 'Policy',
      config: { accountId: '1234' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ field: 'config.accountId' });
    expect(bad.json().error.message).toMatch(/12 digits/);
    const notAws = await owner.request('POST', '/api/integrations', {
      kind: 'trivy.json',
      name: 'Images',
      config: { accountId: '123456789012' },
    });
    expect(notAws.statusCode).toBe(400);

    const res = await owner.request('POST', '/api/integrations', {
      kind: 'aws.password_policy',
      name: 'Password policy of 210987654321',
      config: { accountId: '210987654321' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id as string;
    const sent = await send(id, 'password-policy.json', fixture('get-account-password-policy.json'));
    expect(sent.statusCode, sent.body).toBe(200);
    const accounts = await t.database.db
      .select({ externalId: schema.resources.externalId })
      .from(schema.resources)
      .where(and(eq(schema.resources.connectorId, id), eq(schema.resources.type, 'aws.account')));
    expect(accounts).toEqual([{ externalId: '210987654321' }]);
  });
});
