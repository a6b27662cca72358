/**
 * The live TLS endpoint probe: a TLS handshake with SNI (protocol, cipher, certificate, chain and
 * host name), a second handshake limited to TLS 1.0/1.1, an HTTPS request for Strict-Transport-
 * Security, and a plain HTTP request to see whether it redirects. Verification is never skipped
 * silently: the handshake completes so the certificate can be read, and an untrusted chain is
 * recorded as a finding (`chainTrusted: false`).
 */
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import tls, { type PeerCertificate, type TLSSocket } from 'node:tls';
import type { Resource } from '@vigil/monitoring';
import type { TlsEndpointAttrs } from '@vigil/monitoring/resource-types/scanners';
import { z } from 'zod';

/** One endpoint to probe. */
export const TlsEndpointConfigSchema = z.object({
  url: z.url({ protocol: /^https$/, error: 'must be an https:// URL' }),
  /** Port for the plain HTTP redirect test; default 80 when the URL uses 443, else not tested. */
  httpPort: z.number().int().min(1).max(65_535).optional(),
  /** Connect to this address instead of resolving the host (like `curl --resolve`); SNI still uses the host. */
  address: z.string().optional(),
});
export type TlsEndpointConfig = z.infer<typeof TlsEndpointConfigSchema>;

/** The probe configuration: endpoints and a per-step timeout. */
export const TlsProbeConfigSchema = z.object({
  endpoints: z.array(TlsEndpointConfigSchema).min(1),
  timeoutMs: z.number().int().positive().default(10_000),
});
export type TlsProbeConfig = z.input<typeof TlsProbeConfigSchema>;

/** Options that are not part of the stored configuration. */
export interface TlsProbeOptions {
  /** Extra trusted CA certificates (PEM), added to the system roots; an internal CA or a test CA. */
  ca?: string | string[];
  now?: () => Date;
}

const LEGACY: tls.ConnectionOptions = {
  minVersion: 'TLSv1',
  maxVersion: 'TLSv1.1',
  ciphers: 'DEFAULT:@SECLEVEL=0',
};

interface Target {
  host: string;
  port: number;
  connectTo: string;
  servername: string | undefined;
  path: string;
  timeoutMs: number;
  ca: string[] | undefined;
}

interface Handshake {
  protocol: string | null;
  cipher: string;
  cert: PeerCertificate;
  authorized: boolean;
  authorizationError: string | undefined;
}

const errorCode = (err: unknown) => {
  const e = err as NodeJS.ErrnoException;
  return e.code ?? e.message ?? String(err);
};

/** One TLS handshake; resolves with what was negotiated, rejects with the connection error. */
function handshake(t: Target, extra: tls.ConnectionOptions = {}): Promise<Handshake> {
  return new Promise((resolve, reject) => {
    // rejectUnauthorized is off only to read the certificate; `authorized` is reported below.
    const socket: TLSSocket = tls.connect({
      host: t.connectTo,
      port: t.port,
      servername: t.servername,
      rejectUnauthorized: false,
      ...(t.ca ? { ca: t.ca } : {}),
      ...extra,
    });
    const timer = setTimeout(
      () => socket.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })),
      t.timeoutMs,
    );
    socket.once('secureConnect', () => {
      clearTimeout(timer);
      const verifyError = socket.authorizationError as unknown;
      resolve({
        protocol: socket.getProtocol(),
        cipher: socket.getCipher().name,
        cert: socket.getPeerCertificate(),
        authorized: socket.authorized,
        authorizationError: verifyError
          ? String((verifyError as { code?: string }).code ?? verifyError)
          : undefined,
      });
      socket.destroy();
    });
    socket.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}

/** The response headers of one request, then the connection is dropped without reading the body. */
function head(
  mod: typeof http | typeof https,
  options: https.RequestOptions,
  timeoutMs: number,
): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    const req = mod.request({ ...options, method: 'GET', agent: false }, (res) => {
      resolve(res);
      res.destroy();
    });
    req.setTimeout(timeoutMs, () =>
      req.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })),
    );
    req.once('error', reject);
    req.end();
  });
}

const dn = (o: Record<string, string | string[] | undefined> | undefined) =>
  o
    ? Object.entries(o)
        .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('+') : v}`)
        .join(', ')
    : undefined;

function certificate(cert: PeerCertificate): TlsEndpointAttrs['certificate'] {
  const notAfter = new Date(cert.valid_to);
  const notBefore = new Date(cert.valid_from);
  return {
    subject: dn(cert.subject as unknown as Record<string, string>),
    issuer: dn(cert.issuer as unknown as Record<string, string>),
    notBefore: Number.isNaN(notBefore.getTime()) ? undefined : notBefore.toISOString(),
    notAfter: Number.isNaN(notAfter.getTime()) ? cert.valid_to : notAfter.toISOString(),
    sans: cert.subjectaltname ? cert.subjectaltname.split(', ') : [],
    fingerprint256: cert.fingerprint256,
  };
}

function parseHsts(value: string | undefined): TlsEndpointAttrs['hsts'] {
  if (!value) return { present: false };
  const maxAge = /max-age\s*=\s*"?(\d+)"?/i.exec(value)?.[1];
  return {
    present: true,
    includeSubDomains: /includesubdomains/i.test(value),
    ...(maxAge ? { maxAge: Number(maxAge) } : {}),
  };
}

async function httpRedirect(
  t: Target,
  url: URL,
  port: number,
): Promise<NonNullable<TlsEndpointAttrs['httpRedirect']>> {
  try {
    const res = await head(
      http,
      {
        host: t.connectTo,
        port,
        path: t.path,
        headers: { host: port === 80 ? url.hostname : `${url.hostname}:${port}` },
      },
      t.timeoutMs,
    );
    const status = res.statusCode;
    const location = res.headers.location;
    const toHttps =
      [301, 302, 303, 307, 308].includes(status ?? 0) &&
      (location ?? '').toLowerCase().startsWith('https://');
    return { port, toHttps, ...(status ? { status } : {}), ...(location ? { location } : {}) };
  } catch (err) {
    return { port, toHttps: false, error: errorCode(err) };
  }
}

/** Probes one endpoint and returns its `tls.endpoint` resource; network failures are recorded, not thrown. */
export async function probeTlsEndpoint(
  endpoint: TlsEndpointConfig,
  timeoutMs = 10_000,
  options: TlsProbeOptions = {},
): Promise<Resource> {
  const url = new URL(TlsEndpointConfigSchema.parse(endpoint).url);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const port = url.port ? Number(url.port) : 443;
  const extraCa =
    options.ca === undefined ? undefined : Array.isArray(options.ca) ? options.ca : [options.ca];
  const t: Target = {
    host,
    port,
    connectTo: endpoint.address ?? host,
    // SNI carries host names only, never IP literals (RFC 6066).
    servername: isIP(host) ? undefined : host,
    path: `${url.pathname}${url.search}`,
    timeoutMs,
    ca: extraCa ? [...tls.rootCertificates, ...extraCa] : undefined,
  };
  const attrs: TlsEndpointAttrs = {
    url: url.toString(),
    host,
    port,
    probedAt: (options.now?.() ?? new Date()).toISOString(),
  };

  // The legacy probe answers "does it still speak TLS 1.0/1.1?" and rescues servers that speak nothing newer.
  const legacy = await handshake(t, LEGACY).then(
    (h) => h,
    (err: unknown) => err,
  );
  let main: Handshake | undefined;
  let legacyOnly = false;
  try {
    main = await handshake(t);
  } catch (err) {
    if (!(legacy instanceof Error)) {
      main = legacy as Handshake;
      legacyOnly = true;
    } else attrs.error = errorCode(err);
  }
  if (main) {
    attrs.tlsVersion = main.protocol ?? undefined;
    attrs.cipher = main.cipher;
    attrs.certificate = certificate(main.cert);
    // Node reports a host-name mismatch through the same flag, but only once the chain verified;
    // the name is judged separately below, so that case still counts as a trusted chain.
    const nameOnly = main.authorizationError === 'ERR_TLS_CERT_ALTNAME_INVALID';
    attrs.chainTrusted = main.authorized || nameOnly;
    if (main.authorizationError && !nameOnly) attrs.chainError = main.authorizationError;
    attrs.hostnameMatches = tls.checkServerIdentity(host, main.cert) === undefined;
    const legacyCode = legacy instanceof Error ? errorCode(legacy) : undefined;
    // A refused handshake is a clear "no"; a network failure or a client that cannot offer TLS 1.1 is unknown.
    if (!(legacy instanceof Error)) attrs.legacyTlsAccepted = true;
    else if (legacyCode?.startsWith('ERR_SSL') && legacyCode !== 'ERR_SSL_NO_PROTOCOLS_AVAILABLE')
      attrs.legacyTlsAccepted = false;
    else if (legacyCode === 'ECONNRESET') attrs.legacyTlsAccepted = false;
    try {
      const res = await head(
        https,
        {
          host: t.connectTo,
          port,
          path: t.path,
          servername: t.servername,
          headers: { host: url.host },
          rejectUnauthorized: false,
          ...(t.ca ? { ca: t.ca } : {}),
          ...(legacyOnly ? LEGACY : {}),
        },
        timeoutMs,
      );
      attrs.hsts = parseHsts(res.headers['strict-transport-security'] as string | undefined);
    } catch {
      // Without a response there is no header to judge: hsts stays absent and the check reports an error.
    }
  }
  const httpPort = endpoint.httpPort ?? (port === 443 ? 80 : undefined);
  if (httpPort !== undefined) attrs.httpRedirect = await httpRedirect(t, url, httpPort);
  return {
    source: 'tls-probe',
    type: 'tls.endpoint',
    externalId: `${host}:${port}`,
    name: `${host}:${port}`,
    attributes: JSON.parse(JSON.stringify(attrs)) as TlsEndpointAttrs,
  };
}

/** Probes every configured endpoint in turn and yields one resource per endpoint. */
export async function* probeTlsEndpoints(
  config: TlsProbeConfig,
  options: TlsProbeOptions = {},
): AsyncIterable<Resource> {
  const { endpoints, timeoutMs } = TlsProbeConfigSchema.parse(config);
  for (const endpoint of endpoints) yield await probeTlsEndpoint(endpoint, timeoutMs, options);
}
