/**
 * Who may do what, as one table. The table is itself SOC 2 evidence (CC6.1, CC6.3): it is what an
 * auditor reads to see how Vigil enforces least privilege. Deny by default: an action not listed
 * here is allowed to nobody.
 */
import { z } from 'zod';

/**
 * `employee` is everyone else in the company: they sign in to accept policies and record their
 * training, and see only their own tasks and the published policies addressed to them.
 */
export const RoleSchema = z.enum(['owner', 'admin', 'member', 'auditor', 'viewer', 'employee']);
export type Role = z.infer<typeof RoleSchema>;

const EVERYONE: readonly Role[] = ['owner', 'admin', 'member', 'viewer', 'auditor'];
const STAFF: readonly Role[] = ['owner', 'admin', 'member', 'viewer'];
const EDITORS: readonly Role[] = ['owner', 'admin', 'member'];
const ADMINS: readonly Role[] = ['owner', 'admin'];
/** Every role, employees included: only for what a person does about their own tasks. */
const WORKFORCE: readonly Role[] = [...EVERYONE, 'employee'];

export const PERMISSIONS = {
  'catalog.read': EVERYONE,
  'dashboard.read': EVERYONE,
  // The readiness assessment and its snapshots; taking one is dated evidence, so owners and admins take it.
  'readiness.read': EVERYONE,
  'readiness.take': ADMINS,
  'controls.read': EVERYONE,
  'controls.edit': EDITORS,
  'controls.adopt': ADMINS,
  'scope.read': EVERYONE,
  'scope.edit': ADMINS,
  'systems.read': EVERYONE,
  'systems.edit': ADMINS,
  'engagements.read': EVERYONE,
  'engagements.manage': ADMINS,
  'audit_trail.read': EVERYONE,
  'evidence.read': EVERYONE,
  'evidence.add': EDITORS,
  // Alert channels hold webhook URLs and signing secrets, and decide who hears about failures.
  'alerts.read': ADMINS,
  'alerts.manage': ADMINS,
  // Check results, runs and Type II effectiveness are what an auditor tests, so they read them too.
  'monitoring.read': EVERYONE,
  'monitoring.manage': ADMINS,
  // Connector settings name internal systems; auditors see results, not how they are wired.
  'integrations.read': STAFF,
  // Engineers feed data (uploads, manual runs); only admins change what is connected and its credentials.
  'integrations.run': EDITORS,
  'integrations.manage': ADMINS,
  'users.read': STAFF,
  'users.manage': ADMINS,
  'tokens.manage_own': EDITORS,
  // Whoever controls the identity provider can sign in as any member, owners included.
  'sso.manage': ['owner'],
  // The human side (issue: policies and people). Employees reach only their own tasks.
  'own_tasks.read': WORKFORCE,
  // Accepting a policy, recording one's own training, deciding an access review one was assigned.
  'own_tasks.complete': WORKFORCE,
  'policies.read': EVERYONE,
  'policies.manage': EDITORS,
  // Approving also needs being one of the policy's named approvers, checked by the policy rules.
  'policies.approve': EDITORS,
  'people.read': EVERYONE,
  'people.manage': ADMINS,
  // Background-check reports: owners, and members an owner granted HR access.
  'hr.read': ['owner'],
  'hr.manage': ['owner'],
  'training.read': EVERYONE,
  'training.manage': EDITORS,
  'access_reviews.read': EVERYONE,
  'access_reviews.manage': ADMINS,
  'activities.read': EVERYONE,
  'activities.manage': EDITORS,
  // Incidents (issue 13): everyone but employees reads the register; editors record and move incidents.
  'incidents.read': EVERYONE,
  'incidents.manage': EDITORS,
  // Change management (issue 13): the change population is read by everyone but employees; editors
  // record emergency-change justifications.
  'changes.read': EVERYONE,
  'changes.manage': EDITORS,
  // Risks (issue 13): editors keep the register; approving an acceptance or an annual assessment
  // also needs being someone other than the owner or the one who took it, checked by the risk rules.
  'risks.read': EVERYONE,
  'risks.manage': EDITORS,
  'risks.approve': EDITORS,
  // The matrix every risk is scored on: only owners change it.
  'risks.configure': ['owner'],
  // Exercises: tabletop exercises and backup-restore / disaster-recovery tests (issue 13).
  'exercises.read': EVERYONE,
  'exercises.manage': EDITORS,
  // Internal audits (issue 13, CC4.1/CC4.2): everyone but employees reads the plans, results and
  // findings; editors plan audits, record results, follow findings and complete audits.
  'internal_audits.read': EVERYONE,
  'internal_audits.manage': EDITORS,
  // Vulnerabilities and penetration tests (issue 13): approving a risk-accepted exception needs an
  // approver other than its requester, checked by the vulnerability rules.
  'vulnerabilities.read': EVERYONE,
  'vulnerabilities.manage': EDITORS,
  'vulnerabilities.approve': EDITORS,
  // Granting HR access (training helper, issue 12): only owners, so a granted member cannot grant it on.
  'hr.grant': ['owner'],
  // Vendors (issue 13): the register is read by everyone who reads policies; editors keep it.
  'vendors.read': EVERYONE,
  'vendors.manage': EDITORS,
  // The audit itself (issue 14), inside one engagement. Everyone but employees reads its requests,
  // populations, samples, tests and exceptions (an auditor only in engagements they were invited
  // to, checked per engagement by the server). The company answers requests and writes management's
  // responses; only the auditor accepts or flags, draws samples and records test results.
  'audit_work.read': EVERYONE,
  // The public trust page (issue 15): owners and admins see its settings, requests and access log;
  // only owners publish to it, approve requests and revoke access.
  'trust.read': ADMINS,
  'trust.manage': ['owner'],
  'audit_work.respond': EDITORS,
  'audit_work.test': ['auditor'],
  // Comments on a request come from both sides of the audit.
  'audit_work.comment': ['owner', 'admin', 'member', 'auditor'],
  // The system description and bridge letter are management's statements: owners and admins write and
  // approve them; everyone else reads (an auditor only in engagements they were invited to).
  'report_documents.read': EVERYONE,
  'report_documents.manage': ADMINS,
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** True when the role may perform the action. */
export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/**
 * Grants an owner hands to one membership on top of its role (issue 12). `hr` opens background-check
 * reports, which no role but owner reaches by itself; only staff who edit may hold it (never an
 * auditor, a viewer or an employee), so a role change away from these ends what the grant gives.
 */
export const GRANTS = {
  hr: { permissions: ['hr.read', 'hr.manage'], roles: ['admin', 'member'] },
} as const satisfies Record<string, { permissions: readonly Permission[]; roles: readonly Role[] }>;
export type Grant = keyof typeof GRANTS;

/** True when the role, or one of the membership's grants that the role may hold, allows the action. */
export function canWith(role: Role, grants: readonly Grant[], permission: Permission): boolean {
  if (can(role, permission)) return true;
  return grants.some((g) => {
    const grant = GRANTS[g];
    return (
      (grant.roles as readonly Role[]).includes(role) &&
      (grant.permissions as readonly Permission[]).includes(permission)
    );
  });
}

/** Permissions that only change state; a read-scoped API token never gets them. */
export function isWritePermission(permission: Permission): boolean {
  return !permission.endsWith('.read');
}

/** Which roles a given role may hand out: only an owner makes owners. */
export function assignableRoles(role: Role): Role[] {
  if (role === 'owner') return ['owner', 'admin', 'member', 'auditor', 'viewer', 'employee'];
  if (role === 'admin') return ['admin', 'member', 'auditor', 'viewer', 'employee'];
  return [];
}
