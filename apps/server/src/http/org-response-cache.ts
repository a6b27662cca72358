/**
 * Caches serialized read responses per organization, keyed by the organization's data version.
 * Every change to compliance state appends to the organization's audit chain in the same transaction
 * and announces itself (`change-feed.ts`), so a new version means the data may have changed and an
 * unchanged one means the cached answer is still true. While the change feed is live the version is
 * known in memory and a hit costs no query; otherwise it is the audit-chain head, read from the
 * database, so several processes behind a load balancer never serve each other's stale answers.
 */
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { ChangeFeed } from './change-feed.ts';

export class OrgResponseCache {
  private readonly entries = new Map<string, { version: string; body: Buffer }>();

  constructor(
    private readonly db: Db,
    private readonly feed: ChangeFeed | undefined,
    private readonly maxEntries = 200,
  ) {}

  /**
   * The JSON body for `key` in the organization, checked against the route's response schema when
   * computed and cached while the chain head has not moved.
   */
  async json<T>(
    orgId: string,
    key: string,
    responseSchema: z.ZodType<T>,
    compute: () => Promise<T>,
  ): Promise<Buffer> {
    // Taken before computing: a change committed meanwhile moves the version past the stored one.
    const version = await this.version(orgId);
    const cacheKey = `${orgId}\u0000${key}`;
    const hit = this.entries.get(cacheKey);
    if (hit && hit.version === version) {
      // Re-inserting keeps the map in least-recently-used order for eviction.
      this.entries.delete(cacheKey);
      this.entries.set(cacheKey, hit);
      return hit.body;
    }
    // Encoded once: a hit then costs neither serialization nor UTF-8 encoding of a large body.
    const body = Buffer.from(JSON.stringify(responseSchema.parse(await compute())));
    this.entries.set(cacheKey, { version, body });
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return body;
  }

  /** The two kinds of version never compare equal, so an answer cached under one is never served under the other. */
  private async version(orgId: string): Promise<string> {
    const known = this.feed?.orgVersion(orgId);
    if (known != null) return `m${known}`;
    const [head] = await this.db
      .select({ seq: schema.auditChainHeads.seq })
      .from(schema.auditChainHeads)
      .where(eq(schema.auditChainHeads.orgId, orgId));
    return `d${head?.seq ?? 0}`;
  }
}
