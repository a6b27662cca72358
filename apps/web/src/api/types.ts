/**
 * The API's response and request shapes as the web app sees them: the one place these types live
 * on the client. They mirror the zod schemas in apps/server/src/**\/*.routes.ts; catalog enums come
 * from the catalog package so a new category or frequency reaches the UI without an edit here.
 */
import type {
  Category,
  CategoryId,
  ComponentKind,
  ComponentKindInfo,
  ReportKind,
  ReportType,
} from '@vigil/catalog/schemas';

export type { Category, CategoryId, ComponentKind, ComponentKindInfo, ReportKind, ReportType };

export type Role = 'owner' | 'admin' | 'member' | 'auditor' | 'viewer';
export const ROLES: readonly Role[] = ['owner', 'admin', 'member', 'auditor', 'viewer'];

/** The error body every failing API call returns. */
export interface ErrorBody {
  error: { code: string; message: string; field?: string };
}

export interface Session {
  user: { id: string; email: string; name: string } | null;
  org: { id: string; name: string; slug: string; role: Role } | null;
  orgs: { id: string; name: string; role: Role }[];
  csrfToken: string | null;
  via: 'session' | 'token' | null;
}

export interface SetupState {
  needsSetup: boolean;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface Items<T> {
  items: T[];
}

export type SsoDefaultRole = 'admin' | 'member' | 'viewer';

/** The organization's OIDC settings as the API shows them: the client secret never comes back. */
export interface SsoSettings {
  configured: boolean;
  issuer: string | null;
  clientId: string | null;
  defaultRole: SsoDefaultRole;
  autoProvision: boolean;
  redirectUri: string;
  loginUrl: string;
}

export interface SsoInput {
  issuer: string;
  clientId: string;
  /** Left out to keep the stored secret. */
  clientSecret?: string;
  defaultRole: SsoDefaultRole;
  autoProvision: boolean;
}

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** When this member's access ends (auditors, contractors); null for no end. */
  expiresAt: string | null;
  createdAt: string;
}

export interface Invitation {
  id: string;
  email: string;
  role: Role;
  engagementId: string | null;
  accessExpiresAt: string | null;
  expiresAt: string;
  acceptedAt: string | null;
  createdAt: string;
}

export interface InvitationInput {
  email: string;
  role: Role;
  engagementId?: string;
  accessExpiresAt?: string;
}

/** POST /api/invitations: the one-time link to hand to the invitee, and whether it was emailed. */
export interface InvitationCreated {
  id: string;
  url: string;
  emailed: boolean;
}

export interface InvitationLookup {
  email: string;
  organizationName: string;
  role: Role;
  /** The email already has a Vigil account: accepting needs only its password. */
  existingAccount: boolean;
}

export interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  scope: 'read' | 'write';
  expiresAt: string | null;
  revokedAt: string | null;
  lastUsedAt: string | null;
  createdAt: string;
}

/** POST /api/tokens: the token record plus the secret, shown exactly once. */
export type ApiTokenCreated = Pick<ApiToken, 'id' | 'name' | 'prefix' | 'scope' | 'expiresAt'> & {
  token: string;
};

/** Audit trail filters as the page holds them; `from`/`to` are calendar dates (YYYY-MM-DD). */
export interface AuditFilters {
  action?: string;
  entityType?: string;
  actor?: string;
  from?: string;
  to?: string;
}
