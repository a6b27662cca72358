/**
 * Where training and background checks tell onboarding that an item is done. The people domain
 * (built alongside this one) owns the onboarding checklists and exposes the function that completes
 * an item; these two calls are the only places that need it, inside the same transaction as the
 * completion or check they report.
 *
 * MERGE: call the people domain's item-completing function from both (through `../people/index.ts`),
 * with item "security training" and "background check" respectively.
 */
import type { Db } from '@vigil/db';
import type { Actor } from '../audit/actor.ts';

/** A person completed the security awareness course (`on` is the completion date). */
export async function securityTrainingCompleted(
  _tx: Db,
  _actor: Actor,
  _fact: { orgId: string; personId: string; on: string; completionId: string },
): Promise<void> {}

/** A person's background check became complete with a clear (or adjudicated, or exempt) result. */
export async function backgroundCheckCompleted(
  _tx: Db,
  _actor: Actor,
  _fact: { orgId: string; personId: string; on: string | null; result: string },
): Promise<void> {}
