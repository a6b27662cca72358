import { daysBetween } from '@vigil/core/days';
/** Checks over live-probed TLS endpoints: certificate, protocol, HSTS and the HTTP redirect. */
import { type CheckOutcome, defineCheck, fail, need, pass } from '../check.ts';
import { type TlsEndpointAttrs, tlsEndpoint } from '../resource-types/scanners.ts';
import { needDate } from './scanners-helpers.ts';

/** An endpoint whose handshake failed cannot be judged: an error outcome that says why. */
const unreachable = (a: TlsEndpointAttrs): CheckOutcome | undefined =>
  a.error
    ? { status: 'error', reason: `${a.url} could not be probed: ${a.error}`, attribute: 'error' }
    : undefined;

const TRANSIT = { criteria: ['CC6.1', 'CC6.7'], controls: ['OPS-10'] };
const LEGACY = new Set(['SSLv2', 'SSLv3', 'TLSv1', 'TLSv1.1']);
/** 180 days: the lower bound common scanners (Mozilla Observatory, Qualys) accept for HSTS. */
const MIN_HSTS_SECONDS = 15_552_000;

export const tlsCertNotExpiring = defineCheck({
  id: 'tls.cert_not_expiring',
  title: 'Certificate valid for at least 30 more days',
  description: 'The certificate the endpoint presents expires more than 30 days from now.',
  resourceType: tlsEndpoint,
  severity: 'high',
  ...TRANSIT,
  rationale:
    'An expired certificate either breaks the service or trains users to click through warnings; 30 days of ' +
    'margin shows renewal is managed rather than noticed at the last minute.',
  remediation:
    'Renew the certificate (automate it with ACME or the cloud certificate manager) and redeploy it.',
  evaluate(a, ctx) {
    const down = unreachable(a);
    if (down) return down;
    const cert = need(a.certificate, 'certificate');
    const left = daysBetween(ctx.now.getTime(), needDate(cert.notAfter, 'certificate.notAfter'));
    if (left < 0)
      return fail(
        `${a.host}’s certificate expired ${-left} days ago`,
        'certificate.notAfter',
        '≥ 30 days left',
        cert.notAfter,
      );
    return left >= 30
      ? pass(`${a.host}’s certificate expires in ${left} days`, 'certificate.notAfter', cert.notAfter)
      : fail(
          `${a.host}’s certificate expires in ${left} days`,
          'certificate.notAfter',
          '≥ 30 days left',
          `${left} days left`,
        );
  },
});

export const tlsMinVersion12 = defineCheck({
  id: 'tls.min_version_1_2',
  title: 'TLS 1.2 or later only',
  description: 'The endpoint negotiates TLS 1.2+ and refuses TLS 1.0 and 1.1 handshakes.',
  resourceType: tlsEndpoint,
  severity: 'high',
  criteria: ['CC6.6', 'CC6.7'],
  controls: ['OPS-10'],
  rationale:
    'TLS 1.0 and 1.1 rely on broken constructions and are deprecated (RFC 8996); accepting them lets an ' +
    'attacker downgrade clients that still offer them.',
  remediation: 'Set the server or load balancer TLS policy to a minimum of TLS 1.2 and re-run the probe.',
  evaluate(a) {
    const down = unreachable(a);
    if (down) return down;
    const version = need(a.tlsVersion, 'tlsVersion');
    if (LEGACY.has(version))
      return fail(`${a.host} negotiated ${version}`, 'tlsVersion', 'TLSv1.2 or later', version);
    const legacy = need(a.legacyTlsAccepted, 'legacyTlsAccepted');
    return legacy
      ? fail(`${a.host} still accepts a TLS 1.0/1.1 handshake`, 'legacyTlsAccepted', false, true)
      : pass(`${a.host} negotiates ${version} and refuses TLS 1.0/1.1`, 'tlsVersion', version);
  },
});

export const tlsChainTrusted = defineCheck({
  id: 'tls.chain_trusted',
  title: 'Certificate chain is trusted',
  description: 'The certificate chains to a trusted root (the system store or the configured CA).',
  resourceType: tlsEndpoint,
  severity: 'high',
  ...TRANSIT,
  rationale:
    'Clients can only tell the real server from an impostor if the chain verifies; a self-signed or broken ' +
    'chain makes encryption in transit unauthenticated.',
  remediation: 'Serve a certificate from a trusted CA together with its intermediate certificates.',
  evaluate(a) {
    const down = unreachable(a);
    if (down) return down;
    const trusted = need(a.chainTrusted, 'chainTrusted');
    return trusted
      ? pass(`${a.host}’s chain verifies`, 'chainTrusted', true)
      : fail(
          `${a.host}’s chain does not verify: ${a.chainError ?? 'unknown reason'}`,
          'chainTrusted',
          true,
          a.chainError ?? false,
        );
  },
});

export const tlsHostnameMatches = defineCheck({
  id: 'tls.hostname_matches',
  title: 'Certificate matches the host name',
  description: 'The certificate’s subject alternative names cover the probed host name.',
  resourceType: tlsEndpoint,
  severity: 'high',
  ...TRANSIT,
  rationale: 'A certificate for another name gives clients no assurance they reached this service.',
  remediation: 'Issue a certificate whose SANs include this host name (or a matching wildcard).',
  evaluate(a) {
    const down = unreachable(a);
    if (down) return down;
    const ok = need(a.hostnameMatches, 'hostnameMatches');
    return ok
      ? pass(`the certificate covers ${a.host}`, 'hostnameMatches', true)
      : fail(
          `the certificate does not cover ${a.host}`,
          'certificate.sans',
          a.host,
          a.certificate?.sans ?? [],
        );
  },
});

export const tlsHstsEnabled = defineCheck({
  id: 'tls.hsts_enabled',
  title: 'HSTS enabled with a long max-age',
  description: 'HTTPS responses carry `Strict-Transport-Security` with `max-age` of at least 180 days.',
  resourceType: tlsEndpoint,
  severity: 'medium',
  criteria: ['CC6.7'],
  controls: ['OPS-10'],
  rationale:
    'HSTS tells browsers never to use plain HTTP for the site again, closing the first-request window that ' +
    'SSL-stripping attacks use.',
  remediation:
    'Send `Strict-Transport-Security: max-age=31536000; includeSubDomains` on every HTTPS response.',
  evaluate(a) {
    const down = unreachable(a);
    if (down) return down;
    const hsts = need(a.hsts, 'hsts');
    if (!hsts.present)
      return fail(`${a.host} sends no Strict-Transport-Security header`, 'hsts.present', true, false);
    const maxAge = need(hsts.maxAge, 'hsts.maxAge');
    return maxAge >= MIN_HSTS_SECONDS
      ? pass(`${a.host} sends HSTS with max-age=${maxAge}`, 'hsts.maxAge', maxAge)
      : fail(
          `${a.host}’s HSTS max-age is only ${maxAge} seconds`,
          'hsts.maxAge',
          `≥ ${MIN_HSTS_SECONDS}`,
          maxAge,
        );
  },
});

export const tlsHttpRedirectsToHttps = defineCheck({
  id: 'tls.http_redirects_to_https',
  title: 'Plain HTTP redirects to HTTPS',
  description: 'A plain HTTP request to the host is answered with a redirect to an https:// URL.',
  resourceType: tlsEndpoint,
  severity: 'medium',
  criteria: ['CC6.1', 'CC6.7'],
  controls: ['OPS-10'],
  rationale:
    'Users and links still start on http://; redirecting them keeps credentials and session cookies off the ' +
    'wire in clear text.',
  remediation: 'Answer every plain HTTP request with a 301 or 308 to the same path on https://.',
  evaluate(a): CheckOutcome {
    const r = need(a.httpRedirect, 'httpRedirect');
    if (r.error) {
      // Nothing listening on the HTTP port is as good as a redirect: no clear-text service exists.
      if (r.error.startsWith('ECONNREFUSED')) {
        return pass(`nothing answers plain HTTP on port ${r.port}`, 'httpRedirect.error', r.error);
      }
      return {
        status: 'error',
        reason: `plain HTTP on port ${r.port} could not be probed: ${r.error}`,
        attribute: 'httpRedirect.error',
      };
    }
    if (r.toHttps)
      return pass(`HTTP ${r.status} redirects to ${r.location}`, 'httpRedirect.location', r.location);
    return fail(
      `plain HTTP on port ${r.port} answers ${r.status ?? 'without status'}${r.location ? ` → ${r.location}` : ''} instead of redirecting to https`,
      'httpRedirect.location',
      'an https:// redirect (301/302/307/308)',
      r.location ?? r.status,
    );
  },
});
