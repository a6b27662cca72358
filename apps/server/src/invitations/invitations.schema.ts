/** Request and response schemas of the invitations API. */

import { EmailSchema, NameSchema, PasswordSchema } from '@vigil/api';
import { RoleSchema } from '@vigil/core';
import { z } from 'zod';

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
export type InvitationView = z.infer<typeof InvitationSchema>;

export const InvitationsCreateSchema = z.strictObject({
  email: EmailSchema,
  role: RoleSchema,
  /** The engagement an auditor is invited to; required for auditors. */
  engagementId: z.string().uuid().optional(),
  /** When the invited person's access ends; auditors default to 90 days. */
  accessExpiresAt: z.iso.datetime({ offset: true }).optional(),
});
export type InvitationsCreateReq = z.infer<typeof InvitationsCreateSchema>;

export const InvitationCreatedSchema = z.object({ id: z.string(), url: z.string(), emailed: z.boolean() });

export const InvitationParams = z.strictObject({ invitationId: z.string().uuid() });

export const InvitationLookupQuery = z.strictObject({ token: z.string().min(1).max(200) });

export const InvitationLookupSchema = z.object({
  email: z.string(),
  organizationName: z.string(),
  role: RoleSchema,
  existingAccount: z.boolean(),
});

export const InvitationsAcceptSchema = z.strictObject({
  token: z.string().min(1).max(200),
  /** Needed for a new account; ignored when the email already has one. */
  name: NameSchema.optional(),
  password: PasswordSchema,
});
export type InvitationsAcceptReq = z.infer<typeof InvitationsAcceptSchema>;
