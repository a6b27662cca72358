/**
 * The resources a sweep read, kept on disk instead of in memory: a 300 MiB import parses into
 * several times its size in objects, so the sweep writes each resource to a temporary file as its
 * importer yields it and reads them back a batch at a time inside the transaction. What stays in
 * memory is one line number per distinct resource key (the last copy of a repeated resource wins).
 */
import { hash } from 'node:crypto';
import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { type Resource, resourceKey } from '@vigil/monitoring';

/** Characters buffered before they are written out. */
const FLUSH_AT = 1 << 20;

/**
 * A resource key as a short flat string. The keys themselves are joined from several strings, which V8
 * keeps as a tree and then flattens into a copy when they are hashed: some 200 bytes a resource, 25 MiB
 * for a 127,000-finding report, held through the whole sweep. SHA-256 keeps distinct keys distinct.
 */
const keyDigest = (r: Resource) => hash('sha256', resourceKey(r), 'base64');

/** Resources on disk, one JSON line each; `close()` removes the file. */
export class ResourceSpool {
  /** Resource types seen, in first-seen order. */
  readonly types = new Set<string>();
  private readonly dir = mkdtempSync(join(tmpdir(), 'vigil-sweep-'));
  private readonly path = join(this.dir, 'resources.jsonl');
  private readonly fd = openSync(this.path, 'w');
  /** Digest of the resource key → the line of its last copy. */
  private readonly lineOf = new Map<string, number>();
  private buffer = '';
  private lines = 0;
  private open = true;

  /** Distinct resources appended so far. */
  get size(): number {
    return this.lineOf.size;
  }

  /** Appends one resource; a later copy of the same key replaces it. */
  append(r: Resource): void {
    this.lineOf.set(keyDigest(r), this.lines++);
    this.types.add(r.type);
    this.buffer += `${JSON.stringify(r)}\n`;
    if (this.buffer.length >= FLUSH_AT) this.flush();
  }

  /** Reads the resources back in the order they were appended, each key once, `size` at a time. */
  async *batches(size: number): AsyncGenerator<Resource[]> {
    this.flush();
    const lines = createInterface({ input: createReadStream(this.path), crlfDelay: Infinity });
    let line = 0;
    let batch: Resource[] = [];
    for await (const text of lines) {
      const r = JSON.parse(text) as Resource;
      if (this.lineOf.get(keyDigest(r)) === line++) batch.push(r);
      if (batch.length >= size) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  }

  /** Removes the file; safe to call more than once. */
  close(): void {
    if (this.open) {
      this.open = false;
      closeSync(this.fd);
    }
    rmSync(this.dir, { recursive: true, force: true });
  }

  private flush(): void {
    if (this.buffer.length === 0) return;
    writeSync(this.fd, this.buffer);
    this.buffer = '';
  }
}
