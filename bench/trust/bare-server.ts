/**
 * The trust benchmark's floor: a bare Node HTTP server that sends the bytes and headers Vigil sent for
 * the page, with no framework and no work per request. Measured in the same run with the same load, it
 * shows what this machine allows, so Vigil's figure can be read against it.
 */
import { createServer, get, type IncomingMessage } from 'node:http';

/** The page as sent, compressed or not: fetch would unpack it. */
function fetchRaw(url: string, acceptEncoding: string): Promise<{ res: IncomingMessage; body: Buffer }> {
  return new Promise((done, fail) => {
    const headers = acceptEncoding ? { 'accept-encoding': acceptEncoding } : {};
    get(url, { headers }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (part: Buffer) => parts.push(part));
      res.on('end', () => done({ res, body: Buffer.concat(parts) }));
      res.on('error', fail);
    }).on('error', fail);
  });
}

async function main() {
  const [source, acceptEncoding = ''] = process.argv.slice(2);
  if (!source) throw new Error('usage: bare-server.ts <page url> [accept-encoding]');
  const { res: page, body } = await fetchRaw(source, acceptEncoding);
  const skip = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);
  const headers = Object.entries(page.headers)
    .filter(([name]) => !skip.has(name))
    .flatMap(([name, value]) => [name, String(value)]);
  const server = createServer((_req, res) => {
    res.writeHead(200, headers);
    res.end(body);
  });
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    if (typeof address !== 'object' || !address) throw new Error('no address');
    process.send?.({ type: 'ready', url: `http://127.0.0.1:${address.port}/trust/bare` });
  });
  process.on('message', (m: { type: string }) => {
    if (m.type === 'stop') server.close(() => process.exit(0));
  });
}

main().catch((err) => {
  process.send?.({ type: 'failed', message: String(err?.stack ?? err) });
  process.exit(1);
});
