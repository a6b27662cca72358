/** Moves a browser session to another of the person's organizations. */
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { eq } from 'drizzle-orm';
import { noteChange } from '../http/change-feed.ts';

/** Points the session at `orgId`; the caller has checked the person is a member there. */
export async function switchSessionOrg(tx: Db, userId: string, sessionIdHash: string, orgId: string) {
  await tx.update(schema.sessions).set({ orgId }).where(eq(schema.sessions.idHash, sessionIdHash));
  // The cached session still names the previous organization and role.
  await noteChange(tx, { userId });
}
