/** Domain errors with stable machine codes; only the HTTP edge maps them to status codes. */

export type ErrorCode =
  | 'validation_failed'
  | 'not_found'
  | 'unauthenticated'
  | 'forbidden'
  | 'conflict'
  | 'rate_limited'
  | 'locked'
  | 'csrf_failed'
  | 'setup_done'
  | 'internal';

/** The one error type domain code throws; `field` names the input at fault when there is one. */
export class VigilError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'VigilError';
  }
}

/** A rule about the input was broken; the message reads `field: what is wrong`. */
export const invalid = (field: string, message: string) =>
  new VigilError('validation_failed', message, field);

/** The record does not exist or the caller may not know that it does: the two are never told apart. */
export const notFound = (what: string) => new VigilError('not_found', `${what} not found`);

export const forbidden = (message = 'You do not have permission to do this') =>
  new VigilError('forbidden', message);

export const conflict = (field: string, message: string) => new VigilError('conflict', message, field);
