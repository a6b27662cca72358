/** The invitation email: who invites whom to what, the link, and when it stops working. */
import type { Role } from '@vigil/core';
import type { Mail } from '../mail/mailer.ts';

export interface InviteEmailProps {
  to: string;
  organizationName: string;
  inviterName: string;
  role: Role;
  url: string;
  expiresAt: Date;
}

const ROLE_WORDS: Record<Role, string> = {
  owner: 'an owner',
  admin: 'an administrator',
  member: 'a member',
  auditor: 'an auditor',
  viewer: 'a viewer',
  employee: 'an employee',
};

/** Composes the plain-text invitation email. */
export function inviteEmail(p: InviteEmailProps): Mail {
  return {
    to: p.to,
    subject: `${p.inviterName} invited you to ${p.organizationName} on Vigil`,
    text: [
      `${p.inviterName} invited you to join ${p.organizationName} on Vigil as ${ROLE_WORDS[p.role]}.`,
      '',
      'Accept the invitation here:',
      p.url,
      '',
      `The link works once and expires on ${p.expiresAt.toUTCString()}.`,
      'If you did not expect this email, you can ignore it.',
    ].join('\n'),
  };
}
