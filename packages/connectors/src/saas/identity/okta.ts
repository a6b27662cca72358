/**
 * Okta users: the `/api/v1/users` objects, optionally carrying `factors` (`/users/{id}/factors`)
 * and `roles` (`/users/{id}/roles`) added by the export script or the live collector.
 */
import type { FileImporter, ImportInput, Resource } from '@vigil/monitoring';
import type { IdentityUserAttributes } from '@vigil/monitoring/resource-types/saas';
import { z } from 'zod';
import { jsonArrayItems } from '../io/json.ts';
import { dateString, parseAt } from '../io/validate.ts';

const OktaStatus = z.enum([
  'STAGED',
  'PROVISIONED',
  'ACTIVE',
  'RECOVERY',
  'LOCKED_OUT',
  'PASSWORD_EXPIRED',
  'SUSPENDED',
  'DEPROVISIONED',
]);

/** A factor from `/api/v1/users/{id}/factors`. */
export const OktaFactorSchema = z.looseObject({ factorType: z.string(), status: z.string().optional() });
/** A role assignment from `/api/v1/users/{id}/roles`. */
export const OktaRoleSchema = z.looseObject({ type: z.string(), status: z.string().optional() });

/** A user from `/api/v1/users`, optionally carrying `factors` and `roles`. */
export const OktaUserSchema = z.looseObject({
  id: z.string().min(1),
  status: OktaStatus,
  created: dateString.nullish(),
  lastLogin: dateString.nullish(),
  profile: z.looseObject({
    login: z.string(),
    email: z.string().nullish(),
    firstName: z.string().nullish(),
    lastName: z.string().nullish(),
  }),
  factors: z.array(OktaFactorSchema).optional(),
  roles: z.array(OktaRoleSchema).optional(),
});
/** The type `OktaUserSchema` parses to. */
export type OktaUser = z.infer<typeof OktaUserSchema>;

const STATUS: Record<z.infer<typeof OktaStatus>, IdentityUserAttributes['status']> = {
  STAGED: 'staged',
  PROVISIONED: 'provisioned',
  ACTIVE: 'active',
  RECOVERY: 'recovery',
  LOCKED_OUT: 'locked_out',
  PASSWORD_EXPIRED: 'password_expired',
  SUSPENDED: 'suspended',
  DEPROVISIONED: 'deprovisioned',
};
// These statuses keep a usable account: a lockout or an expired password is temporary.
const ENABLED = new Set(['ACTIVE', 'RECOVERY', 'LOCKED_OUT', 'PASSWORD_EXPIRED']);
// A security question is a second knowledge factor, not a second kind of factor.
const NOT_MFA = new Set(['question', 'password']);

const toIso = (s: string | null | undefined) => (s ? new Date(Date.parse(s)).toISOString() : s);

/** Builds the `identity.user` resource from an Okta user (with `factors`/`roles` when collected). */
export function normalizeOktaUser(u: OktaUser): Resource {
  const factors = u.factors?.filter((f) => (f.status ?? 'ACTIVE') === 'ACTIVE' && !NOT_MFA.has(f.factorType));
  const roles = u.roles?.filter((r) => (r.status ?? 'ACTIVE') === 'ACTIVE').map((r) => r.type);
  const name = [u.profile.firstName, u.profile.lastName].filter(Boolean).join(' ');
  const attributes: IdentityUserAttributes = {
    provider: 'okta',
    user_id: u.id,
    email: u.profile.email ?? u.profile.login,
    name: name || undefined,
    status: STATUS[u.status],
    provider_status: u.status,
    enabled: ENABLED.has(u.status),
    mfa_enrolled: factors ? factors.length > 0 : undefined,
    mfa_factors: factors?.map((f) => f.factorType),
    mfa_enforcement: 'policy',
    is_admin: roles ? roles.length > 0 : undefined,
    admin_roles: roles,
    last_login_at: u.lastLogin === undefined ? undefined : toIso(u.lastLogin),
    created_at: toIso(u.created) ?? undefined,
  };
  return { source: 'okta', type: 'identity.user', externalId: u.id, name: u.profile.login, attributes };
}

async function* readOkta(input: ImportInput): AsyncGenerator<Resource> {
  for await (const item of jsonArrayItems(input)) {
    yield normalizeOktaUser(parseAt(OktaUserSchema, item.value, input.name, item.path, 'Okta user'));
  }
}

/** Imports the Okta users JSON (see the saas README for the export script). */
export const oktaUsersImporter: FileImporter = {
  id: 'okta.users',
  source: 'okta',
  title: 'Okta users (/api/v1/users JSON)',
  description:
    'The JSON array of `/api/v1/users` (pages concatenated), each user optionally with `factors` from ' +
    '`/api/v1/users/{id}/factors` and `roles` from `/api/v1/users/{id}/roles`, as the script in the documentation writes it.',
  produces: ['identity.user'],
  detect: (head) =>
    /^\s*\[/.test(head) &&
    /"status"\s*:\s*"(ACTIVE|STAGED|PROVISIONED|SUSPENDED|DEPROVISIONED)"/.test(head) &&
    head.includes('"profile"'),
  read: readOkta,
};
