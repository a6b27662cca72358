/** Test fixtures: a folder packed as `tar -C folder .` would pack it, gzipped. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import tar from 'tar-stream';

/** The files under `root`, as a .tar.gz with paths relative to it. */
export async function tarGzOf(root: string): Promise<Buffer> {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  pack.on('data', (c) => chunks.push(c as Buffer));
  const done = new Promise<void>((ok) => pack.on('end', () => ok()));
  for (const d of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!d.isFile()) continue;
    const path = join(d.parentPath, d.name);
    await new Promise<void>((ok, fail) =>
      pack.entry({ name: `./${relative(root, path)}` }, readFileSync(path), (err) =>
        err ? fail(err) : ok(),
      ),
    );
  }
  pack.finalize();
  await done;
  return gzipSync(Buffer.concat(chunks));
}
