/** The invitations API: admins invite and revoke; the invitee looks the link up and accepts it. */
import { RoleSchema } from '@vigil/core/vocabulary';
import { z } from 'zod';
import { SessionSchema } from './auth.ts';
import { EmailSchema, itemsOf, NameSchema, NoBodySchema, PasswordSchema } from './common.ts';
import { defineRoute } from './route.ts';

export const InvitationSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: RoleSchema,
  engagementId: z.string().nullable(),
  accessExpiresAt: z.string().nullable(),
  expiresAt: z.string(),
  acceptedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Invitation = z.infer<typeof InvitationSchema>;

export const InvitationCreateSchema = z.strictObject({
  email: EmailSchema,
  role: RoleSchema,
  /** The engagement an auditor is invited to; required for auditors. */
  engagementId: z.string().uuid().optional(),
  /** When the invited person's access ends; auditors default to 90 days. */
  accessExpiresAt: z.iso.datetime({ offset: true }).optional(),
});
export type InvitationCreate = z.infer<typeof InvitationCreateSchema>;

/** The one-time link to hand to the invitee, and whether it was emailed. */
export const InvitationCreatedSchema = z.object({ id: z.string(), url: z.string(), emailed: z.boolean() });
export type InvitationCreated = z.infer<typeof InvitationCreatedSchema>;

export const InvitationLookupQuerySchema = z.strictObject({ token: z.string().min(1).max(200) });

/**
 * Where an invitation stands: `pending` can be accepted; `accepted` was used already (sign in instead);
 * `expired` lapsed, or the access it grants has ended (ask for a new one).
 */
export const InvitationStateSchema = z.enum(['pending', 'accepted', 'expired']);
export type InvitationState = z.infer<typeof InvitationStateSchema>;

export const InvitationLookupSchema = z.object({
  state: InvitationStateSchema,
  email: z.string(),
  organizationName: z.string(),
  role: RoleSchema,
  /** The email already has an account: accepting needs only its password. */
  existingAccount: z.boolean(),
});
export type InvitationLookup = z.infer<typeof InvitationLookupSchema>;

export const InvitationAcceptSchema = z.strictObject({
  token: z.string().min(1).max(200),
  /** Needed for a new account; ignored when the email already has one. */
  name: NameSchema.optional(),
  password: PasswordSchema,
});
export type InvitationAccept = z.infer<typeof InvitationAcceptSchema>;

/** What inviting the person register did: who was invited, and who was left out and why. */
export const RosterInvitedSchema = z.object({
  invited: z.number().int().nonnegative(),
  /** Invitations emailed; without a mail server people sign in through single sign-on instead. */
  emailed: z.number().int().nonnegative(),
  alreadyMembers: z.number().int().nonnegative(),
  alreadyInvited: z.number().int().nonnegative(),
  /** Terminated or out-of-scope people are never invited. */
  leftOut: z.number().int().nonnegative(),
});
export type RosterInvited = z.infer<typeof RosterInvitedSchema>;

const InvitationParams = z.strictObject({ invitationId: z.string().uuid() });
const tag = 'invitations';

/** Every endpoint of the invitations domain. */
export const invitationRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/api/invitations',
    access: { permission: 'users.manage' },
    tag,
    summary: 'Pending invitations and those accepted or expired recently',
    responses: { 200: itemsOf(InvitationSchema) },
  }),
  create: defineRoute({
    method: 'POST',
    path: '/api/invitations',
    access: { permission: 'users.manage' },
    tag,
    summary: 'Invite someone by email; the answer carries the link in case no email is sent',
    body: InvitationCreateSchema,
    responses: { 201: InvitationCreatedSchema },
  }),
  inviteRoster: defineRoute({
    method: 'POST',
    path: '/api/invitations/roster',
    access: { permission: 'users.manage' },
    tag,
    summary:
      'Invite everyone active and in scope in the person register who has no sign-in yet, as employees',
    body: NoBodySchema,
    responses: { 200: RosterInvitedSchema },
  }),
  revoke: defineRoute({
    method: 'DELETE',
    path: '/api/invitations/:invitationId',
    access: { permission: 'users.manage' },
    tag,
    summary: 'Revoke a pending invitation',
    params: InvitationParams,
    body: NoBodySchema,
    responses: { 204: null },
  }),
  lookup: defineRoute({
    method: 'GET',
    path: '/api/invitations/lookup',
    access: { public: true },
    tag,
    summary:
      'What an invitation link is for and whether it can still be accepted (state); 404 for an unknown or revoked link',
    query: InvitationLookupQuerySchema,
    responses: { 200: InvitationLookupSchema },
  }),
  accept: defineRoute({
    method: 'POST',
    path: '/api/invitations/accept',
    access: { public: true },
    tag,
    summary: 'Accept an invitation with a new account or an existing one, and sign in',
    body: InvitationAcceptSchema,
    responses: { 200: SessionSchema },
  }),
} as const;
