/**
 * The trust benchmark's floor: a bare Node HTTP server that sends the bytes and headers Vigil sent for
 * the page, with no framework and no work per request. Measured in the same run with the same load, it
 * shows what this machine allows, so Vigil's figure can be read against it.
 */
import { createServer } from 'node:http';

async function main() {
  const source = process.argv[2];
  if (!source) throw new Error('usage: bare-server.ts <page url>');
  const page = await fetch(source);
  const body = Buffer.from(await page.arrayBuffer());
  const skip = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);
  const headers = [...page.headers].filter(([name]) => !skip.has(name)).flat();
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
