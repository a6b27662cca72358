/**
 * The organization's workforce accounts, as one read-only directory a check can look people up in:
 * identity-provider users and AWS IAM users, keyed by normalised email (and IAM users also by the
 * user name, which is how AWS keys them). Checks that join the HR roster with these accounts read it
 * from their context; sweeps build it from the stored resources of the organization's connectors.
 */
import { AwsIamUserSchema } from './resource-types/cloud.ts';
import { IdentityUserAttributesSchema } from './resource-types/saas.ts';

/** Resource types that are accounts a leaver can keep. */
export const ACCOUNT_TYPES: readonly string[] = ['identity.user', 'aws.iam_user'];

/** One account in one system, in the words a reason shows. */
export interface WorkforceAccount {
  /** The system as people name it: `Okta`, `Google Workspace`, `AWS`. */
  system: string;
  /** The account as the system shows it (email or user name). */
  account: string;
  /** Normalised keys the account can be found by. */
  keys: string[];
  /** True when it can sign in or use a credential, false when it cannot, undefined when unknown. */
  active: boolean | undefined;
  /** The account's state in the system's words, when known. */
  state?: string;
}

/** The accounts of an organization and the systems they came from (the systems a lookup searched). */
export interface AccountDirectory {
  systems: readonly string[];
  find(key: string): readonly WorkforceAccount[];
  /**
   * Business days a leaver's account may stay active after the termination date, as the organization
   * set it for offboarding; absent when unknown (the default applies).
   */
  offboardingSlaBusinessDays?: number;
}

/** Lower-cased and trimmed, so `Bob@Example.com ` and `bob@example.com` are one person. */
export function normaliseKey(value: string): string {
  return value.trim().toLowerCase();
}

const PROVIDER_NAMES = { okta: 'Okta', google: 'Google Workspace' } as const;

/** The account a stored resource describes, or null for other types and attributes that do not parse. */
export function accountOf(type: string, attributes: unknown): WorkforceAccount | null {
  if (type === 'identity.user') {
    const parsed = IdentityUserAttributesSchema.safeParse(attributes);
    if (!parsed.success) return null;
    const u = parsed.data;
    const account = u.email ?? u.user_id;
    return {
      system: PROVIDER_NAMES[u.provider],
      account,
      keys: u.email ? [normaliseKey(u.email)] : [],
      active: u.enabled,
      state: u.provider_status.toLowerCase(),
    };
  }
  if (type === 'aws.iam_user') {
    const parsed = AwsIamUserSchema.safeParse(attributes);
    if (!parsed.success) return null;
    const u = parsed.data;
    const keyActive = u.accessKeys?.some((k) => k.active);
    const signIn = u.passwordEnabled === true;
    // Active when any credential works; inactive only when the password and every key are known to be off.
    const active =
      signIn || keyActive === true
        ? true
        : u.passwordEnabled !== undefined && u.accessKeys !== undefined
          ? false
          : undefined;
    return {
      system: 'AWS',
      account: u.userName,
      keys: [normaliseKey(u.userName)],
      active,
      ...(active === false ? { state: 'no password or active access key' } : {}),
    };
  }
  return null;
}

/** Builds the directory over the given accounts; `systems` lists each system once, by name. */
export function accountDirectory(
  accounts: Iterable<WorkforceAccount>,
  offboardingSlaBusinessDays?: number,
): AccountDirectory {
  const byKey = new Map<string, WorkforceAccount[]>();
  const systems: string[] = [];
  for (const a of accounts) {
    if (!systems.includes(a.system)) systems.push(a.system);
    for (const key of a.keys) {
      const list = byKey.get(key);
      if (list) list.push(a);
      else byKey.set(key, [a]);
    }
  }
  // Sorted: the order rows come back in must not change a reason.
  return {
    systems: systems.sort(),
    find: (key) => byKey.get(normaliseKey(key)) ?? [],
    ...(offboardingSlaBusinessDays !== undefined ? { offboardingSlaBusinessDays } : {}),
  };
}

/**
 * The accounts of a worker: every account keyed by their work email, and AWS IAM users named by the
 * email or by its part before the `@` (IAM has no email field). Each account appears once.
 */
export function accountsOfWorker(directory: AccountDirectory, email: string): WorkforceAccount[] {
  const full = normaliseKey(email);
  const local = full.includes('@') ? full.slice(0, full.indexOf('@')) : null;
  const found = new Set<WorkforceAccount>(directory.find(full));
  if (local) for (const a of directory.find(local)) if (a.system === 'AWS') found.add(a);
  return [...found];
}
