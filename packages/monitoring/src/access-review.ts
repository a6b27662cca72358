/**
 * What an access review sees of an account: its roles and privileges, MFA and last sign-in, read
 * from a stored identity resource or from a row of a user list uploaded as CSV; the person it
 * belongs to (matched by email and aliases as the account directory matches them); and its flags.
 */
import { type AccessReviewFlag, DAY_MS, INACTIVE_AFTER_DAYS, invalid } from '@vigil/core';
import { accountOf, normaliseKey } from './accounts.ts';

/** One account as a campaign snapshots it. */
export interface ReviewAccount {
  /** Stable within the system: the resource's external id, or the CSV's user. */
  key: string;
  /** The account as the system shows it (email or user name). */
  account: string;
  name: string | null;
  email: string | null;
  roles: string[];
  privileged: boolean;
  /** null when the system does not say. */
  mfa: boolean | null;
  /** ISO time; null when it never signed in; undefined when unknown. */
  lastLoginAt: string | null | undefined;
  /** Whether it can sign in; null when unknown. */
  enabled: boolean | null;
}

/** Role and policy names that make an account privileged. */
const PRIVILEGED = /admin|owner|root|super|poweruser|full.?access|\*/i;

const str = (v: unknown) => (typeof v === 'string' && v ? v : null);
const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const bool = (v: unknown) => (typeof v === 'boolean' ? v : null);

/** The review view of a stored `identity.user` or `aws.iam_user`; null for other types or unreadable attributes. */
export function reviewAccountOf(
  type: string,
  externalId: string,
  attributes: Record<string, unknown>,
): ReviewAccount | null {
  const base = accountOf(type, attributes);
  if (!base) return null;
  if (type === 'identity.user') {
    const roles = strings(attributes.admin_roles);
    const admin = attributes.is_admin === true || roles.length > 0;
    const login = attributes.last_login_at;
    return {
      key: externalId,
      account: base.account,
      name: str(attributes.name),
      email: str(attributes.email),
      roles: roles.length ? roles : admin ? ['Administrator'] : ['User'],
      privileged: admin,
      mfa: bool(attributes.mfa_enrolled),
      lastLoginAt: login === null ? null : (str(login) ?? undefined),
      enabled: base.active ?? null,
    };
  }
  // aws.iam_user: its permissions are its groups and policies; the most recent use of any credential is its last login.
  const policies = strings(attributes.attachedPolicyArns).map((arn) => arn.slice(arn.lastIndexOf('/') + 1));
  const roles = [...strings(attributes.groups), ...policies, ...strings(attributes.inlinePolicyNames)];
  const keys = Array.isArray(attributes.accessKeys)
    ? (attributes.accessKeys as Record<string, unknown>[])
    : [];
  const uses = [str(attributes.passwordLastUsed), ...keys.map((k) => str(k.lastUsed))].filter(
    (x): x is string => x !== null && !Number.isNaN(Date.parse(x)),
  );
  const signIn = attributes.passwordEnabled === true;
  return {
    key: externalId,
    account: base.account,
    name: null,
    email: base.account.includes('@') ? base.account : null,
    roles,
    privileged: roles.some((r) => PRIVILEGED.test(r)),
    // MFA guards the console password; an account without one has nothing for MFA to protect.
    mfa: signIn ? bool(attributes.mfaActive) : null,
    lastLoginAt: uses.length ? uses.sort().at(-1) : signIn || keys.length ? null : undefined,
    enabled: base.active ?? null,
  };
}

/** Header names a user-list CSV may use for each field (compared case-, space- and punctuation-insensitively). */
const CSV_COLUMNS = {
  user: ['email', 'user', 'username', 'user name', 'login', 'account', 'user id', 'userid', 'primary email'],
  name: ['name', 'full name', 'display name'],
  roles: ['role', 'roles', 'group', 'groups', 'permission', 'permissions', 'access level'],
  lastLogin: ['last login', 'last sign in', 'last signin', 'last login at', 'last seen', 'last active'],
  mfa: ['mfa', '2fa', 'mfa enabled', '2fa enabled', 'two factor', 'mfa enrolled', '2-step verification'],
  status: ['status', 'state', 'enabled', 'active'],
} as const;
type CsvField = keyof typeof CSV_COLUMNS;

const squash = (h: string) =>
  h
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/[\s_\-.]+/g, ' ')
    .trim();

const YES = new Set(['true', 'yes', 'y', '1', 'enabled', 'on', 'enrolled', 'active']);
const NO = new Set([
  'false',
  'no',
  'n',
  '0',
  'disabled',
  'off',
  'not enrolled',
  'none',
  'inactive',
  'suspended',
]);
const NEVER = new Set(['never', 'never logged in', 'never signed in', '-', 'n/a']);

/**
 * The accounts of an uploaded user list (rows of cells, the header first). Every problem throws
 * naming the file, the row (as a spreadsheet numbers it, the header being row 1) and the field.
 */
export function reviewAccountsFromCsv(rows: readonly (readonly string[])[], file: string): ReviewAccount[] {
  const header = rows[0];
  if (!header || header.every((h) => !h.trim()))
    throw invalid('file', `${file}: the file is empty; expected a header row`);
  const at = {} as Partial<Record<CsvField, number>>;
  header.forEach((h, i) => {
    const name = squash(h);
    for (const [field, names] of Object.entries(CSV_COLUMNS) as [CsvField, readonly string[]][])
      if (at[field] === undefined && names.includes(name)) at[field] = i;
  });
  if (at.user === undefined)
    throw invalid('file', `${file}: no user column; name one of the columns "email", "user" or "username"`);
  const seen = new Map<string, number>();
  const out: ReviewAccount[] = [];
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    if (row.every((c) => !c.trim())) continue;
    const line = r + 1;
    const cell = (f: CsvField) => (at[f] === undefined ? undefined : (row[at[f]!] ?? '').trim());
    const user = cell('user');
    if (!user)
      throw invalid(
        'file',
        `${file}: row ${line}, user: empty; every row needs the account's email or user name`,
      );
    const key = normaliseKey(user);
    if (seen.has(key))
      throw invalid('file', `${file}: row ${line}, user: ${user} is already listed on row ${seen.get(key)}`);
    seen.set(key, line);
    const roles = (cell('roles') ?? '')
      .split(/[;,|]/)
      .map((s) => s.trim())
      .filter(Boolean);
    const mfaCell = cell('mfa')?.toLowerCase();
    let mfa: boolean | null = null;
    if (mfaCell) {
      if (YES.has(mfaCell)) mfa = true;
      else if (NO.has(mfaCell)) mfa = false;
      else throw invalid('file', `${file}: row ${line}, MFA: "${cell('mfa')}" is not yes or no`);
    }
    const loginCell = cell('lastLogin');
    let lastLoginAt: string | null | undefined;
    if (loginCell) {
      if (NEVER.has(loginCell.toLowerCase())) lastLoginAt = null;
      else {
        const t = Date.parse(loginCell.replace(/^(\d{4})\/(\d{2})\/(\d{2})/, '$1-$2-$3'));
        if (Number.isNaN(t))
          throw invalid(
            'file',
            `${file}: row ${line}, last login: "${loginCell}" is not a date such as 2026-03-31`,
          );
        lastLoginAt = new Date(t).toISOString();
      }
    } else if (at.lastLogin !== undefined) lastLoginAt = null;
    const statusCell = cell('status')?.toLowerCase();
    const enabled = statusCell ? (NO.has(statusCell) ? false : YES.has(statusCell) ? true : null) : null;
    out.push({
      key,
      account: user,
      name: cell('name') || null,
      email: user.includes('@') ? user : null,
      roles,
      privileged: roles.some((x) => PRIVILEGED.test(x)),
      mfa,
      lastLoginAt,
      enabled,
    });
  }
  if (out.length === 0) throw invalid('file', `${file}: no accounts below the header row`);
  return out;
}

/** A person of the register, as matching and flags need them. */
export interface ReviewPerson {
  id: string;
  name: string;
  email: string;
  aliases: readonly string[];
  status: 'active' | 'on_leave' | 'terminated';
  endDate: string | null;
  managerId: string | null;
  userId: string | null;
}

/** Looks people up by normalised email, alias, and the part of the email before the `@`. */
export function peopleIndex(
  people: readonly ReviewPerson[],
): (account: ReviewAccount) => ReviewPerson | null {
  const exact = new Map<string, ReviewPerson>();
  const local = new Map<string, ReviewPerson>();
  for (const p of people) {
    for (const k of [p.email, ...p.aliases]) exact.set(normaliseKey(k), p);
    const e = normaliseKey(p.email);
    if (e.includes('@')) local.set(e.slice(0, e.indexOf('@')), p);
  }
  return (a) => {
    for (const k of [a.email, a.account]) {
      if (!k) continue;
      const hit = exact.get(normaliseKey(k));
      if (hit) return hit;
    }
    // An IAM user or a CSV user name has no domain: `alice` is alice@company.
    const k = normaliseKey(a.account);
    return k.includes('@') ? null : (local.get(k) ?? null);
  };
}

/** What flags are computed against. */
export interface FlagContext {
  /** When the snapshot is taken. */
  now: Date;
  /** Keys of the same system's accounts in its previous campaign; null when it had none. */
  previousKeys: ReadonlySet<string> | null;
}

/** The flags of one account, in the order a reviewer reads them. */
export function accountFlags(
  a: ReviewAccount,
  person: ReviewPerson | null,
  ctx: FlagContext,
): AccessReviewFlag[] {
  const flags: AccessReviewFlag[] = [];
  const today = ctx.now.toISOString().slice(0, 10);
  if (person && (person.status === 'terminated' || (person.endDate !== null && person.endDate < today)))
    flags.push('terminated');
  if (!person) flags.push('orphan');
  if (a.lastLoginAt === null) flags.push('inactive');
  else if (a.lastLoginAt !== undefined) {
    const t = Date.parse(a.lastLoginAt);
    if (ctx.now.getTime() - t > INACTIVE_AFTER_DAYS * DAY_MS) flags.push('inactive');
  }
  if (a.privileged) flags.push('privileged');
  if (a.mfa === false) flags.push('no_mfa');
  if (ctx.previousKeys && !ctx.previousKeys.has(a.key)) flags.push('new');
  return flags;
}

/** True when a later view of the account shows the decision carried out: gone, disabled, or (modify) its roles changed. */
export function remediationDone(
  decision: 'revoke' | 'modify',
  before: Pick<ReviewAccount, 'roles' | 'privileged' | 'enabled'>,
  after: Pick<ReviewAccount, 'roles' | 'privileged' | 'enabled'> | null,
): boolean {
  if (!after) return true;
  // An account already disabled when it was frozen shows nothing by staying disabled: only its removal counts.
  if (after.enabled === false && before.enabled !== false) return true;
  if (decision === 'revoke') return false;
  const a = [...before.roles].sort().join('\n');
  const b = [...after.roles].sort().join('\n');
  return a !== b || before.privileged !== after.privileged;
}
