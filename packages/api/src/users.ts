/** The users API: the organization's members and their roles. */
import { RoleSchema } from '@vigil/core/vocabulary';
import { z } from 'zod';
import { itemsOf, NoBodySchema } from './common.ts';
import { defineRoute } from './route.ts';

export const MemberSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: RoleSchema,
  /** When this member's access ends (auditors, contractors); null for no end. */
  expiresAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Member = z.infer<typeof MemberSchema>;

export const MemberUpdateSchema = z
  .strictObject({
    role: RoleSchema,
    /** When the person's access ends (auditors, contractors); null removes the end date. */
    expiresAt: z.iso.datetime({ offset: true }).nullable(),
  })
  .partial();
export type MemberUpdate = z.infer<typeof MemberUpdateSchema>;

const UserParams = z.strictObject({ userId: z.string().uuid() });
const tag = 'users';

/** Every endpoint of the users domain. */
export const userRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/api/users',
    access: { permission: 'users.read' },
    tag,
    summary: "The organization's members",
    responses: { 200: itemsOf(MemberSchema) },
  }),
  update: defineRoute({
    method: 'PATCH',
    path: '/api/users/:userId',
    access: { permission: 'users.manage' },
    tag,
    summary: "Change a member's role or access end date",
    params: UserParams,
    body: MemberUpdateSchema,
    responses: { 200: MemberSchema },
  }),
  remove: defineRoute({
    method: 'DELETE',
    path: '/api/users/:userId',
    access: { permission: 'users.manage' },
    tag,
    summary: 'Remove a member from the organization',
    params: UserParams,
    body: NoBodySchema,
    responses: { 204: null },
  }),
} as const;
