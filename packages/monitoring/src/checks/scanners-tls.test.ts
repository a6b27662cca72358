import { describe, expect, it } from 'vitest';
import type { CheckDefinition } from '../check.ts';
import { evaluateOne } from '../evaluate.ts';
import type { TlsEndpointAttrs } from '../resource-types/scanners.ts';
import * as t from './scanners-tls.ts';

const now = new Date('2026-03-01T00:00:00Z');
const run = <A>(check: CheckDefinition<A>, attributes: A) =>
  evaluateOne(
    check as CheckDefinition<unknown>,
    {
      source: 't',
      type: check.resourceType.type,
      externalId: 'x',
      name: 'x',
      attributes: attributes as Record<string, unknown>,
    },
    now,
  );

const good: TlsEndpointAttrs = {
  url: 'https://shop.example.com/',
  host: 'shop.example.com',
  port: 443,
  probedAt: now.toISOString(),
  tlsVersion: 'TLSv1.3',
  cipher: 'TLS_AES_256_GCM_SHA384',
  legacyTlsAccepted: false,
  certificate: { notAfter: '2026-06-01T00:00:00.000Z', sans: ['DNS:shop.example.com'] },
  chainTrusted: true,
  hostnameMatches: true,
  hsts: { present: true, maxAge: 31_536_000, includeSubDomains: true },
  httpRedirect: { port: 80, status: 301, location: 'https://shop.example.com/', toHttps: true },
};
const all = [
  t.tlsCertNotExpiring,
  t.tlsMinVersion12,
  t.tlsChainTrusted,
  t.tlsHostnameMatches,
  t.tlsHstsEnabled,
  t.tlsHttpRedirectsToHttps,
];

describe('TLS checks', () => {
  it('a well-configured endpoint passes all six', () => {
    for (const c of all) expect(run(c, good).status, c.id).toBe('pass');
  });

  it('certificate expiry counts days from ctx.now', () => {
    const soon = { ...good, certificate: { ...good.certificate!, notAfter: '2026-03-06T00:00:00.000Z' } };
    expect(run(t.tlsCertNotExpiring, soon)).toMatchObject({
      status: 'fail',
      attribute: 'certificate.notAfter',
      expected: '≥ 30 days left',
      actual: '5 days left',
    });
    const gone = { ...good, certificate: { ...good.certificate!, notAfter: '2026-02-01T00:00:00.000Z' } };
    expect(run(t.tlsCertNotExpiring, gone).reason).toMatch(/expired 28 days ago/);
  });

  it('each weakness fails its own check', () => {
    expect(run(t.tlsMinVersion12, { ...good, tlsVersion: 'TLSv1.1' })).toMatchObject({
      status: 'fail',
      actual: 'TLSv1.1',
    });
    expect(run(t.tlsMinVersion12, { ...good, legacyTlsAccepted: true })).toMatchObject({
      status: 'fail',
      attribute: 'legacyTlsAccepted',
    });
    expect(
      run(t.tlsChainTrusted, { ...good, chainTrusted: false, chainError: 'SELF_SIGNED_CERT_IN_CHAIN' }),
    ).toMatchObject({
      status: 'fail',
      actual: 'SELF_SIGNED_CERT_IN_CHAIN',
    });
    expect(run(t.tlsHostnameMatches, { ...good, hostnameMatches: false })).toMatchObject({
      status: 'fail',
      attribute: 'certificate.sans',
    });
    expect(run(t.tlsHstsEnabled, { ...good, hsts: { present: false } })).toMatchObject({
      status: 'fail',
      attribute: 'hsts.present',
    });
    expect(run(t.tlsHstsEnabled, { ...good, hsts: { present: true, maxAge: 300 } })).toMatchObject({
      status: 'fail',
      actual: 300,
    });
    expect(
      run(t.tlsHttpRedirectsToHttps, { ...good, httpRedirect: { port: 80, status: 200, toHttps: false } }),
    ).toMatchObject({
      status: 'fail',
      attribute: 'httpRedirect.location',
      actual: 200,
    });
  });

  it('an endpoint that could not be probed is an error, never a pass', () => {
    const down: TlsEndpointAttrs = {
      url: good.url,
      host: good.host,
      port: 443,
      probedAt: good.probedAt,
      error: 'ECONNREFUSED',
    };
    for (const c of all.slice(0, 5)) expect(run(c, down).status, c.id).toBe('error');
    expect(run(t.tlsHttpRedirectsToHttps, down)).toMatchObject({
      status: 'error',
      attribute: 'httpRedirect',
    });
    expect(
      run(t.tlsHttpRedirectsToHttps, {
        ...good,
        httpRedirect: { port: 80, toHttps: false, error: 'ECONNREFUSED' },
      }).status,
    ).toBe('pass');
    expect(
      run(t.tlsHttpRedirectsToHttps, {
        ...good,
        httpRedirect: { port: 80, toHttps: false, error: 'ETIMEDOUT' },
      }).status,
    ).toBe('error');
    expect(run(t.tlsMinVersion12, { ...good, legacyTlsAccepted: undefined })).toMatchObject({
      status: 'error',
      attribute: 'legacyTlsAccepted',
    });
  });
});
