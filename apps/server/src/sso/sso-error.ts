/** Why a single sign-on attempt failed; the code travels to the sign-in page as `/login?error=<code>`. */

export type SsoErrorCode =
  | 'sso_not_configured'
  | 'sso_state_invalid'
  | 'sso_denied'
  | 'sso_failed'
  | 'sso_email_unverified'
  | 'sso_no_account'
  | 'sso_account_conflict'
  | 'sso_access_expired';

/** A failed sign-on with a stable code for the sign-in page; the message is only logged. */
export class SsoError extends Error {
  constructor(
    readonly code: SsoErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SsoError';
  }
}
