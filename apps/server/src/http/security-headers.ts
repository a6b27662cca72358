/**
 * The security headers every answer carries. helmet decides their values; they are decided once, at
 * start, because the Fastify helmet plugin rebuilt helmet's middleware (re-parsing the content
 * security policy) on every request: a seventh of the CPU of a cached public page.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet, { type HelmetOptions } from 'helmet';

/** The headers helmet would set with these options (static options only: nothing reads the request). */
export function securityHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const collect = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  let done = false;
  helmet(options)({} as IncomingMessage, collect as unknown as ServerResponse, (err?: unknown) => {
    if (err) throw err;
    done = true;
  });
  // helmet's middleware is synchronous today; if a version ever is not, start-up says so.
  if (!done) throw new Error('helmet did not finish synchronously; the security headers are unknown');
  return headers;
}
