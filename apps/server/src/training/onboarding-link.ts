/**
 * Where training and background checks tell onboarding that an item is done, inside the same
 * transaction as the completion or check they report. Vigil saw these happen, so no person is named
 * as having ticked the item; the audit event of the completion itself names who recorded it.
 */
import type { Db } from '@vigil/db';
import type { Actor } from '../audit/actor.ts';
import { completeOnboardingItem } from '../people/index.ts';

const RESULT_WORDS: Record<string, string> = { clear: 'clear', adjudicated: 'adjudicated', exempt: 'exempt' };

/** A person completed the security awareness course (`on` is the completion date). */
export async function securityTrainingCompleted(
  tx: Db,
  _actor: Actor,
  fact: { orgId: string; personId: string; on: string; completionId: string },
): Promise<void> {
  await completeOnboardingItem(tx, {
    orgId: fact.orgId,
    personId: fact.personId,
    item: 'security_training',
    at: new Date(),
    note: `Security awareness training completed on ${fact.on}`,
  });
}

/** A person's background check became complete with a clear (or adjudicated, or exempt) result. */
export async function backgroundCheckCompleted(
  tx: Db,
  _actor: Actor,
  fact: { orgId: string; personId: string; on: string | null; result: string },
): Promise<void> {
  await completeOnboardingItem(tx, {
    orgId: fact.orgId,
    personId: fact.personId,
    item: 'background_check',
    at: new Date(),
    note: `Background check ${RESULT_WORDS[fact.result] ?? fact.result}${fact.on ? ` on ${fact.on}` : ''}`,
  });
}
