/**
 * The check that joins the HR roster with the organization's accounts: a leaver whose account still
 * works in an identity provider or AWS is the offboarding gap an auditor samples for (CC6.2, CC6.3).
 */
import { daysBetween } from '@vigil/core/days';
import { addBusinessDays, DEFAULT_OFFBOARDING_SLA_DAYS, offboardingDeadline } from '@vigil/core/people';
import { accountsOfWorker, type WorkforceAccount } from '../accounts.ts';
import { type CheckOutcome, defineCheck, fail, need, notApplicable, pass } from '../check.ts';
import { HR_EMPLOYEE } from '../resource-types/saas.ts';

const describe = (a: WorkforceAccount) => `${a.system} ${a.account}${a.state ? ` (${a.state})` : ''}`;

/** Check `hr.leaver_accounts_disabled`. */
export const HR_LEAVER_ACCOUNTS_DISABLED = defineCheck({
  id: 'hr.leaver_accounts_disabled',
  title: 'Leavers have no active accounts after the offboarding deadline',
  description:
    'A worker the roster marks terminated has no active account in the connected identity providers ' +
    'or AWS once the offboarding deadline has passed (the business days after the termination date ' +
    'set on the People page; one unless changed). Accounts are matched by work email; AWS users by a ' +
    'user name equal to the work email or to its part before the @. Code hosting accounts are not searched.',
  resourceType: HR_EMPLOYEE,
  severity: 'high',
  criteria: ['CC6.2', 'CC6.3'],
  controls: ['AC-06', 'HR-08'],
  rationale:
    'Access must be removed when employment ends (CC6.2, CC6.3); an account that still works after ' +
    'the offboarding deadline is the first thing an auditor looks for when sampling leavers.',
  remediation:
    'Deactivate or suspend the account in every system listed, remove its passwords and access keys, ' +
    'and find out why the offboarding missed it.',
  usesAccounts: true,
  evaluate(a, ctx): CheckOutcome {
    const status = need(a.status, 'status');
    if (status !== 'terminated') return notApplicable(`worker is ${status}`);
    if (a.termination_date !== undefined && a.termination_date > ctx.now.toISOString().slice(0, 10)) {
      return notApplicable(`leaves on ${a.termination_date}`);
    }
    const directory = ctx.accounts;
    if (!directory || directory.systems.length === 0) {
      return { status: 'error', reason: 'no identity provider connected' };
    }
    const email = need(a.email, 'email');
    const who = a.name ? `${a.name} (${email})` : email;
    const left = a.termination_date
      ? `terminated on ${a.termination_date}, ${daysBetween(Date.parse(a.termination_date), ctx.now.getTime())} days ago`
      : 'terminated (no termination date recorded)';
    const accounts = accountsOfWorker(directory, email);
    const active = accounts.filter((x) => x.active === true);
    if (active.length > 0) {
      const list = active.map(describe).join('; ');
      let after = '';
      if (a.termination_date !== undefined) {
        // The offboarding gives the account until the end of the deadline's day: judging it earlier
        // would record an exception for a removal that is on time.
        const sla = directory.offboardingSlaBusinessDays ?? DEFAULT_OFFBOARDING_SLA_DAYS;
        const lastDay = addBusinessDays(a.termination_date, sla);
        if (ctx.now < offboardingDeadline(a.termination_date, sla)) {
          return notApplicable(
            `not due yet: ${who} left on ${a.termination_date}, and the offboarding deadline is the end of ${lastDay}; still active: ${list}`,
          );
        }
        after = ` after the offboarding deadline (the end of ${lastDay})`;
      }
      return fail(
        `${who} ${left}, still has an active account${after}: ${list}`,
        'accounts',
        'no active account',
        active.map((x) => `${x.system} ${x.account}`),
      );
    }
    const unknown = accounts.filter((x) => x.active === undefined);
    if (unknown.length > 0) {
      return {
        status: 'error',
        reason: `cannot tell whether these accounts of ${who} are active: ${unknown.map(describe).join('; ')}`,
        attribute: 'accounts',
      };
    }
    if (accounts.length > 0) {
      return pass(
        `accounts disabled: ${accounts.map(describe).join('; ')}`,
        'accounts',
        accounts.map((x) => `${x.system} ${x.account}`),
      );
    }
    return pass(`no active account found in: ${directory.systems.join(', ')}`);
  },
});
