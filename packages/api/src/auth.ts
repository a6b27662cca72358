/** The auth API: first-run setup, sign-in, sign-out, the current session and organizations. */
import { RoleSchema } from '@vigil/core/vocabulary';
import { z } from 'zod';
import { EmailSchema, NameSchema, NoBodySchema, PasswordSchema } from './common.ts';
import { defineRoute } from './route.ts';

/** Who is signed in, where, and the CSRF token to echo; every sign-in answers with it. */
export const SessionSchema = z.object({
  user: z.object({ id: z.string(), email: z.string(), name: z.string() }).nullable(),
  org: z.object({ id: z.string(), name: z.string(), slug: z.string(), role: RoleSchema }).nullable(),
  orgs: z.array(z.object({ id: z.string(), name: z.string(), role: RoleSchema })),
  csrfToken: z.string().nullable(),
  via: z.enum(['session', 'token']).nullable(),
});
export type Session = z.infer<typeof SessionSchema>;

export const SetupStateSchema = z.object({ needsSetup: z.boolean() });
export type SetupState = z.infer<typeof SetupStateSchema>;

export const SetupSchema = z.strictObject({
  organizationName: NameSchema,
  name: NameSchema,
  email: EmailSchema,
  password: PasswordSchema,
});
export type Setup = z.infer<typeof SetupSchema>;

export const LoginSchema = z.strictObject({ email: EmailSchema, password: PasswordSchema });
export type Login = z.infer<typeof LoginSchema>;

export const SwitchOrgSchema = z.strictObject({ orgId: z.string().uuid() });

export const OrganizationCreateSchema = z.strictObject({ name: NameSchema });
export const OrganizationSchema = z.object({ id: z.string(), name: z.string(), slug: z.string() });
export type Organization = z.infer<typeof OrganizationSchema>;

const tag = 'auth';

/** Every endpoint of the auth domain. */
export const authRoutes = {
  setupState: defineRoute({
    method: 'GET',
    path: '/api/setup',
    access: { public: true },
    tag,
    summary: 'Whether Vigil still needs its first-run setup',
    responses: { 200: SetupStateSchema },
  }),
  setup: defineRoute({
    method: 'POST',
    path: '/api/setup',
    access: { public: true },
    tag,
    summary: 'First run: create the organization and its owner',
    body: SetupSchema,
    responses: { 200: SessionSchema },
  }),
  login: defineRoute({
    method: 'POST',
    path: '/api/auth/login',
    access: { public: true },
    tag,
    summary: 'Sign in with email and password',
    body: LoginSchema,
    responses: { 200: SessionSchema },
  }),
  logout: defineRoute({
    method: 'POST',
    path: '/api/auth/logout',
    access: { signedIn: true },
    tag,
    summary: 'Sign out of this browser session',
    body: NoBodySchema,
    responses: { 200: z.object({ ok: z.boolean() }) },
  }),
  session: defineRoute({
    method: 'GET',
    path: '/api/auth/session',
    access: { public: true },
    tag,
    summary: 'Who is signed in, if anyone',
    responses: { 200: SessionSchema },
  }),
  switchOrg: defineRoute({
    method: 'POST',
    path: '/api/auth/switch-org',
    access: { signedIn: true },
    tag,
    summary: 'Make another of your organizations the current one',
    body: SwitchOrgSchema,
    responses: { 200: SessionSchema },
  }),
  createOrganization: defineRoute({
    method: 'POST',
    path: '/api/organizations',
    access: { signedIn: true },
    tag,
    summary: 'Create another organization, with you as its owner',
    body: OrganizationCreateSchema,
    responses: { 200: OrganizationSchema },
  }),
} as const;
