/**
 * The TLS probe against real servers on 127.0.0.1 with certificates generated here: a valid one,
 * an expiring, an expired, a TLS 1.0/1.1-only, one without HSTS, plain HTTP without redirect, an
 * untrusted chain, a host-name mismatch and a closed port. The results feed the real TLS checks.
 */
import '@vigil/monitoring/resource-types/scanners';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { BUILTIN_CHECKS, type CheckDefinition, evaluateOne, type Resource } from '@vigil/monitoring';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCa, makeLeaf, type TestCa } from './test-certs.ts';
import { probeTlsEndpoint, probeTlsEndpoints } from './tls-probe.ts';

const servers: (http.Server | https.Server)[] = [];
let ca: TestCa;

function listen<S extends http.Server | https.Server>(server: S): Promise<number> {
  servers.push(server);
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );
}

const HSTS: Record<string, string> = { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' };

async function httpsServer(
  hosts: string[],
  days: [number, number],
  opts: https.ServerOptions = {},
  headers = HSTS,
  signer?: TestCa,
) {
  const leaf = makeLeaf(signer ?? ca, hosts, ...days);
  return listen(
    https.createServer({ key: leaf.key, cert: leaf.cert, ...opts }, (_req, res) => {
      res.writeHead(200, headers);
      res.end('ok');
    }),
  );
}

const checks = new Map(
  BUILTIN_CHECKS.filter((c) => c.id.startsWith('tls.')).map((c) => [c.id, c as CheckDefinition<unknown>]),
);
const status = (r: Resource, id: string) => evaluateOne(checks.get(id)!, r, new Date()).status;
const ports: Record<string, number> = {};
const probe = (name: string, extra: { httpPort?: number } = {}) =>
  probeTlsEndpoint(
    { url: `https://${name}.vigil.test:${ports[name]}/health`, address: '127.0.0.1', ...extra },
    5000,
    { ca: ca.certPem },
  );

beforeAll(async () => {
  ca = makeCa('Vigil Test CA');
  ports.valid = await httpsServer(['valid.vigil.test'], [-1, 90]);
  ports.redirect = await listen(
    http.createServer((req, res) => {
      res.writeHead(301, { Location: `https://valid.vigil.test:${ports.valid}${req.url}` });
      res.end();
    }),
  );
  ports.plain = await listen(
    http.createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end('welcome');
    }),
  );
  ports.expiring = await httpsServer(['expiring.vigil.test'], [-30, 5]);
  ports.expired = await httpsServer(['expired.vigil.test'], [-30, -1]);
  // Node's OpenSSL 3 still negotiates TLS 1.0/1.1 when the security level is lowered to 0.
  ports.legacy = await httpsServer(['legacy.vigil.test'], [-1, 90], {
    minVersion: 'TLSv1',
    maxVersion: 'TLSv1.1',
    ciphers: 'DEFAULT:@SECLEVEL=0',
  });
  ports.nohsts = await httpsServer(['nohsts.vigil.test'], [-1, 90], {}, {});
  ports.untrusted = await httpsServer(
    ['untrusted.vigil.test'],
    [-1, 90],
    {},
    HSTS,
    makeCa('Somebody Else CA'),
  );
  ports.mismatch = await httpsServer(['other.vigil.test'], [-1, 90]);
  const closed = http.createServer();
  ports.closed = await new Promise<number>((resolve) =>
    closed.listen(0, '127.0.0.1', () => {
      const p = (closed.address() as AddressInfo).port;
      closed.close(() => resolve(p));
    }),
  );
}, 60_000);

afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
});

describe('TLS probe against real servers', () => {
  it('a valid endpoint with HSTS and an HTTP redirect passes every TLS check', async () => {
    const r = await probe('valid', { httpPort: ports.redirect });
    expect(r).toMatchObject({ type: 'tls.endpoint', externalId: `valid.vigil.test:${ports.valid}` });
    expect(r.attributes).toMatchObject({
      tlsVersion: 'TLSv1.3',
      chainTrusted: true,
      hostnameMatches: true,
      legacyTlsAccepted: false,
      hsts: { present: true, maxAge: 31_536_000, includeSubDomains: true },
      httpRedirect: { port: ports.redirect, status: 301, toHttps: true },
      certificate: { sans: ['DNS:valid.vigil.test'], issuer: 'CN=Vigil Test CA' },
    });
    for (const id of checks.keys()) expect(status(r, id), id).toBe('pass');
  });

  it('a certificate expiring in 5 days fails the expiry check only', async () => {
    const r = await probe('expiring');
    expect(status(r, 'tls.cert_not_expiring')).toBe('fail');
    expect(status(r, 'tls.chain_trusted')).toBe('pass');
    // No HTTP port configured for a non-443 URL: the redirect is not measured, so it cannot pass.
    expect(status(r, 'tls.http_redirects_to_https')).toBe('error');
  });

  it('an expired certificate fails expiry and chain trust', async () => {
    const r = await probe('expired');
    expect(r.attributes).toMatchObject({ chainTrusted: false, chainError: 'CERT_HAS_EXPIRED' });
    expect(status(r, 'tls.cert_not_expiring')).toBe('fail');
    expect(status(r, 'tls.chain_trusted')).toBe('fail');
  });

  it('a TLS 1.0/1.1-only server is still read, and fails the protocol check', async () => {
    const r = await probe('legacy');
    expect(r.attributes).toMatchObject({
      tlsVersion: 'TLSv1.1',
      legacyTlsAccepted: true,
      chainTrusted: true,
    });
    expect(status(r, 'tls.min_version_1_2')).toBe('fail');
  });

  it('a server without HSTS fails the HSTS check', async () => {
    const r = await probe('nohsts');
    expect(r.attributes.hsts).toEqual({ present: false });
    expect(status(r, 'tls.hsts_enabled')).toBe('fail');
  });

  it('plain HTTP that answers without redirecting fails the redirect check', async () => {
    const r = await probe('valid', { httpPort: ports.plain });
    expect(r.attributes.httpRedirect).toEqual({ port: ports.plain, status: 200, toHttps: false });
    expect(status(r, 'tls.http_redirects_to_https')).toBe('fail');
  });

  it('a chain from an unknown CA and a certificate for another name are findings, not skipped', async () => {
    const untrusted = await probe('untrusted');
    expect(untrusted.attributes).toMatchObject({ chainTrusted: false, hostnameMatches: true });
    expect(status(untrusted, 'tls.chain_trusted')).toBe('fail');
    const mismatch = await probe('mismatch');
    expect(mismatch.attributes).toMatchObject({ chainTrusted: true, hostnameMatches: false });
    expect(status(mismatch, 'tls.hostname_matches')).toBe('fail');
  });

  it('a closed port is recorded as an error, and every check reports an error', async () => {
    const r = await probe('closed', { httpPort: ports.closed });
    expect(r.attributes).toMatchObject({ error: 'ECONNREFUSED' });
    for (const id of checks.keys()) {
      if (id !== 'tls.http_redirects_to_https') expect(status(r, id), id).toBe('error');
    }
  });

  it('probes a configured list in order and refuses non-https URLs', async () => {
    const out: Resource[] = [];
    for await (const r of probeTlsEndpoints(
      {
        endpoints: [{ url: `https://nohsts.vigil.test:${ports.nohsts}/`, address: '127.0.0.1' }],
        timeoutMs: 5000,
      },
      { ca: ca.certPem },
    )) {
      out.push(r);
    }
    expect(out.map((r) => r.externalId)).toEqual([`nohsts.vigil.test:${ports.nohsts}`]);
    await expect(probeTlsEndpoint({ url: 'http://example.com/' })).rejects.toThrow(/https/);
  });
});
