/** The register's words: statuses, worker types and offboarding states as people read them. */
import type { OffboardingAccount, PersonStatus, WorkerType } from '@vigil/api';

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
