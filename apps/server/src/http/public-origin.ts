/** The address people reach Vigil at, for links in emails and OIDC redirect URIs. */
import type { FastifyRequest } from 'fastify';
import type { ServerConfig } from '../config.ts';

/** VIGIL_PUBLIC_URL without a trailing slash, or the origin the request came to (`http://host:port`). */
export function publicOrigin(config: ServerConfig, req: FastifyRequest): string {
  if (config.publicUrl) return config.publicUrl.replace(/\/+$/, '');
  return `${req.protocol}://${req.host}`;
}
