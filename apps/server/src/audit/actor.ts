/** Who is acting, and from where: what every command receives and every audit event records. */
import type { Role } from '@vigil/core';

export interface Actor {
  type: 'user' | 'token' | 'system';
  userId: string | null;
  /** Human-readable: an email, `token:name`, or `system:cli`. */
  label: string;
  requestId: string | null;
  ip: string | null;
  userAgent: string | null;
}

/** An actor acting inside one organization with one role. */
export interface OrgActor extends Actor {
  orgId: string;
  role: Role;
}

/** The actor for work started from the command line or at start-up, not through the API. */
export function systemActor(label = 'system:cli'): Actor {
  return { type: 'system', userId: null, label, requestId: null, ip: null, userAgent: null };
}
