/** The register's words: statuses, worker types and offboarding states as people read them. */
import type { OffboardingAccount, PersonDetail, PersonStatus, WorkerType } from '@vigil/api';

export const PERSON_STATUS_LABEL: Record<PersonStatus, string> = {
  active: 'Active',
  on_leave: 'On leave',
  terminated: 'Terminated',
};
export const PERSON_STATUS_COLOR: Record<PersonStatus, string> = {
  active: 'teal',
  on_leave: 'yellow',
  terminated: 'gray',
};
export const WORKER_TYPE_LABEL: Record<WorkerType, string> = {
  employee: 'Employee',
  contractor: 'Contractor',
};

export const PERSON_STATUS_OPTIONS = Object.entries(PERSON_STATUS_LABEL).map(([value, label]) => ({
  value,
  label,
}));
export const WORKER_TYPE_OPTIONS = Object.entries(WORKER_TYPE_LABEL).map(([value, label]) => ({
  value,
  label,
}));

export const OFFBOARDING_STATE: Record<OffboardingAccount['state'], { label: string; color: string }> = {
  pass: { label: 'Removed in time', color: 'teal' },
  fail: { label: 'Removed late', color: 'red' },
  open: { label: 'Still active, within deadline', color: 'yellow' },
  overdue: { label: 'Still active, overdue', color: 'red' },
};

/**
 * The person page's alert for a leaver's accounts past due. It names the offboarding deadline only
 * when every one of them is an offboarding account past it: an account linked after the offboarding
 * opened never had a deadline.
 */
export function leaverExceptionText(
  p: Pick<PersonDetail, 'name' | 'exceptions'> & {
    offboarding: { accounts: Pick<OffboardingAccount, 'state'>[] } | null;
  },
): string {
  const overdue = p.offboarding?.accounts.filter((a) => a.state === 'overdue').length ?? 0;
  const one = p.exceptions === 1;
  const when = overdue > 0 && overdue === p.exceptions ? ' after the offboarding deadline' : '';
  return `${p.name} is terminated but ${p.exceptions} ${one ? 'account is' : 'accounts are'} still active${when}. This is an exception until the ${one ? 'account is' : 'accounts are'} disabled.`;
}
