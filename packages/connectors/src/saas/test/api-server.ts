/** A real HTTP server on 127.0.0.1 that answers recorded API shapes, for the live collector tests. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** Answers a request (path includes the query string); undefined means 404. */
export type Handler = (req: IncomingMessage, url: URL, base: string) => Reply | undefined;

export interface ApiServer {
  base: string;
  /** Every request received, with its arrival time (epoch ms). */
  requests: { method: string; path: string; authorization: string | undefined; at: number }[];
  close(): Promise<void>;
}

/** Starts the server on an ephemeral loopback port. */
export async function startApiServer(handler: Handler): Promise<ApiServer> {
  const requests: ApiServer['requests'] = [];
  let base = '';
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', base);
    requests.push({
      method: req.method ?? 'GET',
      path: `${url.pathname}${url.search}`,
      authorization: req.headers.authorization,
      at: Date.now(),
    });
    const reply = handler(req, url, base) ?? { status: 404, body: { message: 'Not Found' } };
    res.writeHead(reply.status ?? 200, {
      'content-type': 'application/json; charset=utf-8',
      ...reply.headers,
    });
    res.end(reply.body === undefined ? '' : JSON.stringify(reply.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
