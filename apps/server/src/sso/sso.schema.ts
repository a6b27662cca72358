/** Request and response schemas of the single sign-on (OIDC) settings API. */
import { z } from 'zod';

/** Roles SSO may hand out on first sign-in; owners are made by hand, auditors need an engagement. */
export const SsoDefaultRoleSchema = z.enum(['admin', 'member', 'viewer']);

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

export const SsoUpdateSchema = z.strictObject({
  issuer: z.url({ protocol: /^https?$/ }).max(500),
  clientId: z.string().trim().min(1).max(500),
  /** May be left out to keep the stored secret when changing other settings. */
  clientSecret: z.string().min(1).max(2000).optional(),
  defaultRole: SsoDefaultRoleSchema.default('member'),
  autoProvision: z.boolean().default(true),
});
export type SsoUpdateReq = z.infer<typeof SsoUpdateSchema>;

export const SsoStartParams = z.strictObject({ orgSlug: z.string().min(1).max(100) });

export const SsoCallbackQuery = z.looseObject({ state: z.string().max(500).optional() });
