/**
 * Caches serialized read responses per organization, keyed by the head of the organization's audit
 * chain. Every change to compliance state appends to that chain in the same transaction, so a new
 * head means the data may have changed; an unchanged head means the cached answer is still true.
 * Each lookup costs one primary-key read, and every server process checks it, so several
 * processes behind a load balancer never serve each other's stale answers.
 */
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';

export class OrgResponseCache {
  private readonly entries = new Map<string, { version: number; body: string }>();

  constructor(
    private readonly db: Db,
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
  ): Promise<string> {
    const [head] = await this.db
      .select({ seq: schema.auditChainHeads.seq })
      .from(schema.auditChainHeads)
      .where(eq(schema.auditChainHeads.orgId, orgId));
    const version = head?.seq ?? 0;
    const cacheKey = `${orgId}\u0000${key}`;
    const hit = this.entries.get(cacheKey);
    if (hit && hit.version === version) {
      // Re-inserting keeps the map in least-recently-used order for eviction.
      this.entries.delete(cacheKey);
      this.entries.set(cacheKey, hit);
      return hit.body;
    }
    const body = JSON.stringify(responseSchema.parse(await compute()));
    this.entries.set(cacheKey, { version, body });
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return body;
  }
}
