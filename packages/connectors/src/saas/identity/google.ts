/**
 * Google Workspace users: the Admin SDK Directory `users.list` JSON, and the Admin console
 * "Download users" CSV. Both normalize to `identity.user`.
 */
import type { FileImporter, ImportInput, Resource } from '@vigil/monitoring';
import type { IdentityUserAttributes } from '@vigil/monitoring/resource-types/saas';
import { z } from 'zod';
import { columnsOf, csvRows } from '../io/csv.ts';
import { jsonArrayItems } from '../io/json.ts';
import { dateString, parseAt } from '../io/validate.ts';
import { cell, parseBool, parseTimestamp } from '../io/values.ts';

/** A Directory API user (`admin#directory#user`), the fields the normalizer reads. */
export const GoogleUserSchema = z.looseObject({
  id: z.string().min(1),
  primaryEmail: z.string().min(1),
  name: z.looseObject({ fullName: z.string().optional() }).optional(),
  suspended: z.boolean().optional(),
  archived: z.boolean().optional(),
  isAdmin: z.boolean().optional(),
  isDelegatedAdmin: z.boolean().optional(),
  isEnrolledIn2Sv: z.boolean().optional(),
  isEnforcedIn2Sv: z.boolean().optional(),
  lastLoginTime: dateString.optional(),
  creationTime: dateString.optional(),
});
/** The type `GoogleUserSchema` parses to. */
export type GoogleUser = z.infer<typeof GoogleUserSchema>;

// The Directory API reports "never signed in" as the Unix epoch.
const NEVER = Date.parse('1970-01-01T00:00:00.000Z');

function status(
  suspended: boolean | undefined,
  archived: boolean | undefined,
): IdentityUserAttributes['status'] {
  if (archived) return 'archived';
  if (suspended) return 'suspended';
  return 'active';
}

/** Builds the `identity.user` resource from a Directory API user. */
export function normalizeGoogleUser(u: GoogleUser): Resource {
  const last =
    u.lastLoginTime === undefined
      ? undefined
      : Date.parse(u.lastLoginTime) <= NEVER
        ? null
        : new Date(u.lastLoginTime).toISOString();
  const roles = [...(u.isAdmin ? ['super_admin'] : []), ...(u.isDelegatedAdmin ? ['delegated_admin'] : [])];
  const st = status(u.suspended, u.archived);
  const attributes: IdentityUserAttributes = {
    provider: 'google',
    user_id: u.id,
    email: u.primaryEmail,
    name: u.name?.fullName,
    status: st,
    provider_status: st === 'active' ? 'ACTIVE' : st.toUpperCase(),
    enabled: st === 'active',
    mfa_enrolled: u.isEnrolledIn2Sv,
    mfa_enforcement: 'per_user',
    mfa_enforced: u.isEnforcedIn2Sv,
    is_admin: u.isAdmin === undefined && u.isDelegatedAdmin === undefined ? undefined : roles.length > 0,
    admin_roles: u.isAdmin === undefined && u.isDelegatedAdmin === undefined ? undefined : roles,
    last_login_at: last,
    created_at: u.creationTime ? new Date(u.creationTime).toISOString() : undefined,
  };
  return {
    source: 'google_workspace',
    type: 'identity.user',
    externalId: u.id,
    name: u.primaryEmail,
    attributes,
  };
}

async function* readGoogleJson(input: ImportInput): AsyncGenerator<Resource> {
  for await (const item of jsonArrayItems(input, { key: 'users' })) {
    yield normalizeGoogleUser(
      parseAt(GoogleUserSchema, item.value, input.name, item.path, 'Google Workspace user'),
    );
  }
}

/** Imports the Admin SDK `users.list` JSON (one page object, pages back to back, or a plain array). */
export const googleUsersJsonImporter: FileImporter = {
  id: 'google_workspace.users',
  source: 'google_workspace',
  title: 'Google Workspace users (Admin SDK users.list JSON)',
  description:
    'Directory API `users.list` responses (`{"kind":"admin#directory#users","users":[…]}`, pages back to back) ' +
    'or a JSON array of user objects, e.g. from `gam print users allfields formatjson`.',
  produces: ['identity.user'],
  detect: (head) =>
    head.includes('admin#directory#user') ||
    (head.includes('"primaryEmail"') && head.includes('"isEnrolledIn2Sv"')),
  read: readGoogleJson,
};

type CsvField = 'email' | 'first' | 'last' | 'status' | 'last_sign_in' | 'enrolled' | 'enforced';
const CSV_COLUMNS = [
  {
    field: 'email',
    label: 'email address',
    headers: ['Email Address [Required]', 'Email Address'],
    required: true,
  },
  { field: 'first', label: 'first name', headers: ['First Name [Required]', 'First Name'] },
  { field: 'last', label: 'last name', headers: ['Last Name [Required]', 'Last Name'] },
  { field: 'status', label: 'status', headers: ['Status [READ ONLY]', 'Status'], required: true },
  {
    field: 'last_sign_in',
    label: 'last sign-in',
    headers: ['Last Sign In [READ ONLY]', 'Last Sign In'],
    required: true,
  },
  {
    field: 'enrolled',
    label: 'two-step verification enrolled',
    headers: ['2sv Enrolled [READ ONLY]', '2sv Enrolled'],
    required: true,
  },
  {
    field: 'enforced',
    label: 'two-step verification enforced',
    headers: ['2sv Enforced [READ ONLY]', '2sv Enforced'],
    required: true,
  },
] as const satisfies readonly {
  field: CsvField;
  label: string;
  headers: readonly string[];
  required?: boolean;
}[];

async function* readGoogleCsv(input: ImportInput): AsyncGenerator<Resource> {
  for await (const row of csvRows<CsvField>(input, CSV_COLUMNS, {
    context: 'Google Admin console user export',
  })) {
    const email = row.get('email')!;
    const raw = (row.get('status') ?? '').toLowerCase();
    const last = row.get('last_sign_in');
    const st = status(raw === 'suspended', raw === 'archived');
    const attributes: IdentityUserAttributes = {
      provider: 'google',
      user_id: email,
      email,
      name: [row.get('first'), row.get('last')].filter(Boolean).join(' ') || undefined,
      status: st,
      provider_status: row.get('status') ?? '',
      enabled: st === 'active',
      mfa_enrolled: cell(input.name, row.line, '2sv Enrolled [READ ONLY]', () =>
        parseBool(row.get('enrolled')),
      ),
      mfa_enforcement: 'per_user',
      mfa_enforced: cell(input.name, row.line, '2sv Enforced [READ ONLY]', () =>
        parseBool(row.get('enforced')),
      ),
      // The console export has no admin column: admin checks report the input as missing.
      last_login_at:
        last && /never/i.test(last)
          ? null
          : cell(input.name, row.line, 'Last Sign In [READ ONLY]', () => parseTimestamp(last)),
    };
    yield { source: 'google_workspace', type: 'identity.user', externalId: email, name: email, attributes };
  }
}

/** Imports the Admin console "Download users" CSV (all columns). */
export const googleUsersCsvImporter: FileImporter = {
  id: 'google_workspace.users_csv',
  source: 'google_workspace',
  title: 'Google Workspace users (Admin console CSV)',
  description:
    'Admin console → Directory → Users → Download users → "All user info columns" as CSV. It has no ' +
    'administrator column; prefer the users.list JSON for admin checks.',
  produces: ['identity.user'],
  detect: (head) => head.includes('Email Address [Required]') && head.includes('2sv Enrolled'),
  columns: columnsOf(CSV_COLUMNS),
  read: readGoogleCsv,
};
