/** Request and response schemas of the users (organization members) API. */
import { RoleSchema } from '@vigil/core';
import { z } from 'zod';

export const MemberSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: RoleSchema,
  expiresAt: z.string().nullable(),
  createdAt: z.string(),
});
export type MemberView = z.infer<typeof MemberSchema>;

export const UserParams = z.strictObject({ userId: z.string().uuid() });

export const UsersUpdateSchema = z
  .strictObject({
    role: RoleSchema,
    /** When the person's access ends (auditors, contractors); null removes the end date. */
    expiresAt: z.iso.datetime({ offset: true }).nullable(),
  })
  .partial();
export type UsersUpdateReq = z.infer<typeof UsersUpdateSchema>;
