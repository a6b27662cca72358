/** The single sign-on API: the OIDC settings and the browser's trip through the provider. */
import { z } from 'zod';
import { NoBodySchema } from './common.ts';
import { defineRoute } from './route.ts';

/** Roles SSO may hand out on first sign-in; owners are made by hand, auditors need an engagement. */
export const SsoDefaultRoleSchema = z.enum(['employee', 'viewer', 'member', 'admin']);
export type SsoDefaultRole = z.infer<typeof SsoDefaultRoleSchema>;

/** The organization's OIDC settings as the API shows them: the client secret never comes back. */
export const SsoSettingsSchema = z.object({
  configured: z.boolean(),
  issuer: z.string().nullable(),
  clientId: z.string().nullable(),
  defaultRole: SsoDefaultRoleSchema,
  autoProvision: z.boolean(),
  /** What to register at the identity provider as the redirect (callback) URI. */
  redirectUri: z.string(),
  /** Where people start signing in with SSO. */
  loginUrl: z.string(),
});
export type SsoSettings = z.infer<typeof SsoSettingsSchema>;

export const SsoUpdateSchema = z.strictObject({
  issuer: z.url({ protocol: /^https?$/ }).max(500),
  clientId: z.string().trim().min(1).max(500),
  /** May be left out to keep the stored secret when changing other settings. */
  clientSecret: z.string().min(1).max(2000).optional(),
  defaultRole: SsoDefaultRoleSchema.default('member'),
  autoProvision: z.boolean().default(true),
});
/** Settings as a caller writes them. */
export type SsoUpdate = z.input<typeof SsoUpdateSchema>;
/** Settings as the server reads them, defaults applied. */
export type SsoUpdateRequest = z.output<typeof SsoUpdateSchema>;

const tag = 'sso';

/** Every endpoint of the single sign-on domain. */
export const ssoRoutes = {
  get: defineRoute({
    method: 'GET',
    path: '/api/sso',
    access: { permission: 'sso.manage' },
    tag,
    summary: 'Single sign-on settings (never the secret)',
    responses: { 200: SsoSettingsSchema },
  }),
  update: defineRoute({
    method: 'PUT',
    path: '/api/sso',
    access: { permission: 'sso.manage' },
    tag,
    summary: 'Set up or change single sign-on with an OpenID Connect provider',
    body: SsoUpdateSchema,
    responses: { 200: SsoSettingsSchema },
  }),
  remove: defineRoute({
    method: 'DELETE',
    path: '/api/sso',
    access: { permission: 'sso.manage' },
    tag,
    summary: 'Turn single sign-on off',
    body: NoBodySchema,
    responses: { 204: null },
  }),
  callback: defineRoute({
    method: 'GET',
    path: '/api/auth/sso/callback',
    access: { public: true },
    tag,
    summary: 'Where the provider sends the browser back',
    query: z.looseObject({ state: z.string().max(500).optional() }),
    responses: { 302: null },
  }),
  start: defineRoute({
    method: 'GET',
    path: '/api/auth/sso/:orgSlug',
    access: { public: true },
    tag,
    summary: "Start signing in through the organization's provider",
    params: z.strictObject({ orgSlug: z.string().min(1).max(100) }),
    responses: { 302: null },
  }),
} as const;
