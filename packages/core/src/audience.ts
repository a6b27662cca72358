/**
 * Who a policy or a course addresses. Both ask the same question of the person register, so both
 * answer it here: terminated or out-of-scope people are never addressed, whatever the audience.
 */

/** What the audience rules read of a person of the register. */
export interface AudiencePerson {
  workerType: 'employee' | 'contractor';
  department: string | null;
  status: 'active' | 'on_leave' | 'terminated';
  inScope: boolean;
}

/** An audience: everyone, one kind of worker, or one department (compared without case or spaces around). */
export type AudienceRule =
  | { kind: 'all_staff' | 'employees' | 'contractors' }
  | { kind: 'department'; department: string | null };

/** True when the rule addresses the person. */
export function addresses(rule: AudienceRule, person: AudiencePerson): boolean {
  if (!person.inScope || person.status === 'terminated') return false;
  switch (rule.kind) {
    case 'all_staff':
      return true;
    case 'employees':
      return person.workerType === 'employee';
    case 'contractors':
      return person.workerType === 'contractor';
    case 'department': {
      const want = rule.department?.trim().toLowerCase();
      return !!want && person.department?.trim().toLowerCase() === want;
    }
  }
}
