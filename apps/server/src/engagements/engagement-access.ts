/**
 * Which engagement a request may work in. Every route of the audit (requests, populations, samples,
 * tests, exceptions, the package) goes through `engagementInScope` before touching anything: an
 * engagement of another organization, or one an auditor was not invited to, answers 404 so its
 * existence is not disclosed.
 */
import { notFound } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, eq } from 'drizzle-orm';

const { engagements, engagementAuditors } = schema;

export type EngagementRow = typeof engagements.$inferSelect;

/** Who is asking: their organization, role there and user id. */
export interface EngagementViewer {
  orgId: string;
  role: string;
  userId: string | null;
}

/**
 * The engagement when the viewer may work in it: staff of its organization, or an auditor invited
 * to this very engagement. Anything else is "engagement not found".
 */
export async function engagementInScope(
  db: Db,
  viewer: EngagementViewer,
  engagementId: string,
): Promise<EngagementRow> {
  const [row] = await db
    .select()
    .from(engagements)
    .where(and(eq(engagements.orgId, viewer.orgId), eq(engagements.id, engagementId)));
  if (!row) throw notFound('engagement');
  if (viewer.role === 'auditor') {
    if (!viewer.userId) throw notFound('engagement');
    const [invited] = await db
      .select({ userId: engagementAuditors.userId })
      .from(engagementAuditors)
      .where(
        and(eq(engagementAuditors.engagementId, engagementId), eq(engagementAuditors.userId, viewer.userId)),
      );
    if (!invited) throw notFound('engagement');
  }
  return row;
}

/** The viewer of an authenticated request, for `engagementInScope`. */
export function engagementViewerOf(req: {
  auth: { user: { id: string }; org: { id: string; role: string } | null } | null;
}): EngagementViewer {
  return { orgId: req.auth!.org!.id, role: req.auth!.org!.role, userId: req.auth!.user.id };
}
