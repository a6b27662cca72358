/** Test-only HTTP helpers for monitoring tests: a signed-in owner with adopted controls, and multipart uploads. */
import { schema } from '@vigil/db';
import { TEST_REGISTRY } from '@vigil/monitoring/test/registry';
import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { type Client, setupOrganization, type TestApp } from './test-app.ts';

/** Sets up an organization on a test app using the test registry; returns the owner and the org id. */
export async function ownerWithControls(t: TestApp): Promise<{ owner: Client; orgId: string }> {
  t.ctx.monitoring = TEST_REGISTRY;
  const owner = await setupOrganization(t.app);
  await owner.request('POST', '/api/controls/adopt');
  const [org] = await t.database.db
    .select({ id: schema.organizations.id })
    .from(schema.organizations)
    .limit(1);
  return { owner, orgId: org!.id };
}

/** The id of the organization's control adopted from a template. */
export async function controlIdOf(t: TestApp, orgId: string, templateId: string): Promise<string> {
  const rows = await t.database.db
    .select({ id: schema.controls.id, templateId: schema.controls.templateId, orgId: schema.controls.orgId })
    .from(schema.controls)
    .where(eq(schema.controls.templateId, templateId));
  return rows.find((r) => r.orgId === orgId)!.id;
}

/** Uploads `content` as the multipart field `file` with the client's session. */
export function upload(
  t: TestApp,
  client: Client,
  url: string,
  fileName: string,
  content: string | Buffer,
  field = 'file',
): Promise<LightMyRequestResponse> {
  const boundary = `vigiltest${Math.random().toString(16).slice(2)}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\n` +
        'Content-Type: application/octet-stream\r\n\r\n',
    ),
    Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return t.app.inject({
    method: 'POST',
    url,
    payload,
    headers: {
      ...client.authHeaders('POST'),
      'content-type': `multipart/form-data; boundary=${boundary}`,
    },
  });
}
