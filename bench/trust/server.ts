/**
 * The trust benchmark's server process, forked by run.ts so the load generator does not share its
 * event loop: starts Vigil on a fresh embedded database (or PostgreSQL with DATABASE_URL), publishes one
 * organization's trust page through the API as an owner would, and reports the page's address.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '@vigil/server';

const dataDir = mkdtempSync(join(tmpdir(), 'vigil-bench-trust-'));
const env: NodeJS.ProcessEnv = {
  ...process.env,
  VIGIL_DATA_DIR: dataDir,
  PORT: '0',
  HOST: '127.0.0.1',
  VIGIL_LOG_LEVEL: 'silent',
};
delete env.VIGIL_PUBLIC_URL;

async function main() {
  const server = await startServer(env);
  const base = server.url.replace(/\/$/, '').replace('localhost', '127.0.0.1');
  const setup = await fetch(`${base}/api/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      organizationName: 'Bench Cloud',
      name: 'Bench Owner',
      email: 'owner@bench.test',
      password: 'correct horse battery staple',
    }),
  });
  if (!setup.ok) throw new Error(`setup: ${setup.status} ${await setup.text()}`);
  const cookie = (setup.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]).join('; ');
  const csrf = ((await setup.json()) as { csrfToken: string }).csrfToken;
  const api = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrf, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return res.json() as Promise<Record<string, unknown>>;
  };
  await api('POST', '/api/controls/adopt');
  const controls = (await api('GET', '/api/controls?limit=12')) as { items: { id: string }[] };
  await api('PUT', '/api/trust/settings', {
    enabled: true,
    slug: 'bench-cloud',
    overview: 'Bench Cloud keeps customer data encrypted and audited.\n\nAsk us anything.',
    autoApproveDomains: [],
    practices: controls.items.map((c) => ({
      controlId: c.id,
      summary: 'How we run this control, in two sentences. '.repeat(2),
    })),
    grantDays: 14,
  });
  await api('POST', '/api/trust/nda', { text: 'Keep what we share confidential. '.repeat(40) });
  for (let i = 0; i < 20; i++)
    await api('POST', '/api/vendors', {
      name: `Sub-processor ${i + 1}`,
      services: 'Hosting and storage of customer data',
      dataAccess: 'high',
      businessImpact: 'high',
      partOfSystem: true,
      subProcessor: true,
    });
  for (let i = 0; i < 8; i++)
    await api('POST', '/api/trust/documents', {
      title: `Document ${i + 1}`,
      kind: i === 0 ? 'soc2_report' : 'policy',
      visibility: i % 2 === 0 ? 'on_request' : 'public',
      fileName: `doc-${i + 1}.pdf`,
      contentBase64: Buffer.from(`%PDF-1.4 document ${i + 1}`).toString('base64'),
    });
  process.send?.({ type: 'ready', url: `${base}/trust/bench-cloud` });
  process.on('message', async (m: { type: string }) => {
    if (m.type !== 'stop') return;
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  });
}

main().catch((err) => {
  process.send?.({ type: 'failed', message: String(err?.stack ?? err) });
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(1);
});
