/**
 * Live Okta collector on the official @okta/okta-sdk-nodejs: users with their factors and admin
 * roles, normalized exactly like the JSON export. The SDK follows `Link` pagination and waits out
 * 429s using Okta's `X-Rate-Limit-Reset` header.
 */
import okta from '@okta/okta-sdk-nodejs';
import type { Resource } from '@vigil/monitoring';
import { z } from 'zod';
import { normalizeOktaUser, OktaUserSchema } from './okta.ts';

/** What the collector needs; the API token is a secret the server keeps encrypted and never returns. */
export const OktaCollectorConfigSchema = z.strictObject({
  /** `https://YOUR_ORG.okta.com` (no `-admin`). */
  orgUrl: z.url(),
  token: z.string().min(1),
});
/** The type `OktaCollectorConfigSchema` parses to. */
export type OktaCollectorConfig = z.infer<typeof OktaCollectorConfigSchema>;

/** Tuning for tests and large orgs. */
export interface OktaCollectOptions {
  /** Retries after a 429 before giving up. */
  maxRetries?: number;
}

/** A failed Okta call, described without the token. */
export class OktaCollectorError extends Error {
  constructor(
    readonly endpoint: string,
    readonly status: number | undefined,
    detail: string,
  ) {
    super(`Okta ${endpoint}: ${status ? `${status} ` : ''}${detail}`);
    this.name = 'OktaCollectorError';
  }
}

interface OktaErrorShape {
  status?: number;
  errorCode?: string;
  errorSummary?: string;
  message?: string;
}

async function call<T>(endpoint: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    const e = err as OktaErrorShape;
    const detail = e.errorSummary
      ? `${e.errorSummary}${e.errorCode ? ` (${e.errorCode})` : ''}`
      : (e.message ?? 'request failed');
    throw new OktaCollectorError(endpoint, e.status, detail);
  }
}

async function all<T>(collection: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of collection) out.push(item);
  return out;
}

// SDK models turn timestamps into Date objects; a JSON round trip gives back the API's strings.
const plain = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

/** Collects every Okta user with factors and roles, as `identity.user` resources. */
export async function* collectOkta(
  config: OktaCollectorConfig,
  opts: OktaCollectOptions = {},
): AsyncGenerator<Resource> {
  const cfg = OktaCollectorConfigSchema.parse(config);
  const client = new okta.Client({
    orgUrl: cfg.orgUrl.replace(/\/$/, ''),
    token: cfg.token,
    requestExecutor: new okta.DefaultRequestExecutor({ maxRetries: opts.maxRetries ?? 2, requestTimeout: 0 }),
  });
  const users = await call('GET /api/v1/users', () => client.userApi.listUsers({ limit: 200 }));
  const iterator = users[Symbol.asyncIterator]();
  while (true) {
    const next = await call('GET /api/v1/users', () => iterator.next());
    if (next.done) break;
    const user = plain(next.value) as { id?: string };
    const id = user.id ?? '';
    const factors = await call(`GET /api/v1/users/${id}/factors`, async () =>
      all(await client.userFactorApi.listFactors({ userId: id })),
    );
    const roles = await call(`GET /api/v1/users/${id}/roles`, async () =>
      all(await client.roleAssignmentApi.listAssignedRolesForUser({ userId: id })),
    );
    const parsed = OktaUserSchema.safeParse({
      ...(user as object),
      factors: plain(factors),
      roles: plain(roles),
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new OktaCollectorError(
        'GET /api/v1/users',
        undefined,
        `unexpected user at ${issue.path.join('.')}: ${issue.message}`,
      );
    }
    yield normalizeOktaUser(parsed.data);
  }
}
