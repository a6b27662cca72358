/**
 * Answers kept in memory and sent before routing. The public trust page is what prospects hit; at 200
 * concurrent connections the router, the hooks and the reply objects cost the server as much again as
 * writing the page itself, and a page already rendered needs none of them. An answer given here must be
 * byte for byte the one its route gives, headers included: the route still serves every request this
 * declines (anything not kept, or not known to be current).
 */
import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerOptions,
  type ServerResponse,
} from 'node:http';
import type { FastifyServerFactoryHandler } from 'fastify';

/** The server settings Fastify hands a factory, with its defaults filled in. */
interface FactoryOptions {
  http?: ServerOptions | null;
  keepAliveTimeout?: number;
  requestTimeout?: number;
  connectionTimeout?: number;
  maxRequestsPerSocket?: number;
}

/** Sends an answer from memory and returns true, or returns false to let the app route the request. */
export type MemoryAnswer = (req: IncomingMessage, res: ServerResponse) => boolean;

/**
 * A Fastify server factory whose HTTP server tries `answers` (filled in as routes register) before
 * Fastify sees a request, with the timeouts Fastify would have set on a server of its own.
 */
export function serverTryingMemory(answers: readonly MemoryAnswer[]) {
  return (handler: FastifyServerFactoryHandler, given: Record<string, unknown>): Server => {
    const options = given as FactoryOptions;
    const server = createServer(options.http ?? {}, (req, res) => {
      for (const answer of answers) if (answer(req, res)) return;
      handler(req, res);
    });
    if (options.keepAliveTimeout != null) server.keepAliveTimeout = options.keepAliveTimeout;
    if (options.requestTimeout != null) server.requestTimeout = options.requestTimeout;
    server.setTimeout(options.connectionTimeout ?? 0);
    if (options.maxRequestsPerSocket) server.maxRequestsPerSocket = options.maxRequestsPerSocket;
    return server;
  };
}
