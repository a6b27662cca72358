/**
 * One request id per request, the same whether the app's router or an answer kept in memory serves it,
 * so that a caller's id comes back and the log lines of one request can be found together.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** The request id an answer carries: the caller's `x-request-id` when it is a plain token, else a new one. */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
}
