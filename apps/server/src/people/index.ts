/**
 * What other domains and the composition use of people: the sweep follower (wired into the registry),
 * onboarding completion (policies, training and background checks call it in their transaction),
 * and the "My tasks" and dashboard providers.
 */

export { escalateOverdueOffboarding } from './offboarding.ts';
export type { OnboardingCompletion } from './onboarding.ts';
export { completeOnboardingItem } from './onboarding.ts';
export { myTasks, overdueSummary } from './people-tasks.ts';
export { followSweep } from './sweep-follower.ts';
