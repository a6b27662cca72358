/**
 * The results of `vigil check`, kept on disk instead of in memory: each resource is evaluated as
 * its importer yields it and its results are appended to one temporary file per check, so a report
 * of hundreds of thousands of results costs a few buffers. Reading a check's file back gives its
 * results in the order `evaluateChecks` would have produced them (resources in first-seen order;
 * a resource read again replaces the earlier one in its first position, as a map would).
 */
import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import {
  type CheckOutcome,
  type CheckStatus,
  evaluateOne,
  type FileImporter,
  layOver,
  type Resource,
  resourceKey,
} from '@vigil/monitoring';
import type { AnyCheck } from '@vigil/server';
import type { FileInput, ReportResult } from './check-report.ts';

/** Bytes buffered per check before they are written out. */
const FLUSH_AT = 64 * 1024;

interface Row {
  /** Where the resource first appeared; a later copy of it is emitted here. */
  s: number;
  /** Index of the input file in `inputs`. */
  f: number;
  k: string;
  n: string;
  st: CheckStatus;
  r: string;
  a?: string;
  e?: unknown;
  x?: unknown;
}

const zero = (): Record<CheckStatus, number> => ({ pass: 0, fail: 0, error: 0, not_applicable: 0 });

/** Evaluated results of every input, spooled per check; `close()` removes the files. */
export class ResultSpool {
  readonly inputs: FileInput[] = [];
  private readonly dir = mkdtempSync(join(tmpdir(), 'vigil-check-'));
  private readonly fds = new Map<number, number>();
  private readonly buffers = new Map<number, string>();
  private readonly byType = new Map<string, number[]>();
  private readonly slots = new Map<string, number>();
  /** Resources read again after their first appearance, by slot: rare, kept whole. */
  private readonly replaced = new Map<number, { resource: Resource; file: number }>();
  /** Resources of partly described types, whole, by key (accounts and users: few). */
  private readonly parts = new Map<string, Resource>();
  private partial: NonNullable<FileImporter['partial']> = {};
  private ordinal = 0;
  private finished = false;

  constructor(
    readonly checks: readonly AnyCheck[],
    private readonly now: Date,
    private readonly flushAt = FLUSH_AT,
  ) {
    checks.forEach((c, i) => {
      const list = this.byType.get(c.resourceType.type);
      if (list) list.push(i);
      else this.byType.set(c.resourceType.type, [i]);
    });
  }

  /**
   * Starts an input file; resources added next belong to it. `partial` is its importer's: a resource
   * of those types that an earlier file described too is laid over that one instead of replacing it.
   */
  startFile(file: string, importer: string, partial: FileImporter['partial'] = {}): void {
    this.inputs.push({ file, importer, resources: 0 });
    this.partial = partial;
  }

  /** Evaluates one resource against the checks of its type and spools the results. */
  add(read: Resource): void {
    const file = this.inputs.length - 1;
    this.inputs[file]!.resources++;
    const key = resourceKey(read);
    const part = this.partial[read.type];
    const earlier = part ? this.parts.get(key) : undefined;
    const resource = part && earlier ? layOver(earlier.attributes, read, part) : read;
    // Described in part: kept whole, so that a later file's part can be laid over it.
    if (part) this.parts.set(key, resource);
    const slot = this.slots.get(key);
    if (slot !== undefined) {
      this.replaced.set(slot, { resource, file });
      return;
    }
    const s = this.ordinal++;
    this.slots.set(key, s);
    for (const ci of this.byType.get(resource.type) ?? []) {
      const o = evaluateOne(this.checks[ci]!, resource, this.now);
      const row: Row = { s, f: file, k: key, n: resource.name, st: o.status, r: o.reason };
      if (o.attribute !== undefined) row.a = o.attribute;
      if (o.expected !== undefined) row.e = o.expected;
      if (o.actual !== undefined) row.x = o.actual;
      this.append(ci, `${JSON.stringify(row)}\n`);
    }
  }

  private append(ci: number, line: string): void {
    const buf = (this.buffers.get(ci) ?? '') + line;
    if (buf.length < this.flushAt) {
      this.buffers.set(ci, buf);
      return;
    }
    this.buffers.set(ci, '');
    this.write(ci, buf);
  }

  private write(ci: number, text: string): void {
    let fd = this.fds.get(ci);
    if (fd === undefined) {
      fd = openSync(join(this.dir, `${ci}.ndjson`), 'a', 0o600);
      this.fds.set(ci, fd);
    }
    writeSync(fd, text);
  }

  /** Writes out what is buffered; results can be read from here on. */
  finish(): void {
    if (this.finished) return;
    this.finished = true;
    for (const [ci, buf] of this.buffers) if (buf) this.write(ci, buf);
    this.buffers.clear();
    for (const fd of this.fds.values()) closeSync(fd);
  }

  /** True when check `ci` produced at least one result. */
  hasResults(ci: number): boolean {
    this.finish();
    return this.fds.has(ci);
  }

  /** The results of check `ci`, in report order. */
  async *results(ci: number): AsyncGenerator<ReportResult> {
    this.finish();
    if (!this.fds.has(ci)) return;
    const check = this.checks[ci]!;
    const lines = createInterface({
      input: createReadStream(join(this.dir, `${ci}.ndjson`), { encoding: 'utf8' }),
      crlfDelay: Number.POSITIVE_INFINITY,
    });
    for await (const line of lines) {
      const row = JSON.parse(line) as Row;
      const again = this.replaced.get(row.s);
      if (again) {
        const o = evaluateOne(check, again.resource, this.now);
        yield this.result(check.id, row.k, again.resource.name, o, again.file);
        continue;
      }
      const o: CheckOutcome = { status: row.st, reason: row.r };
      if (row.a !== undefined) o.attribute = row.a;
      if (row.e !== undefined) o.expected = row.e;
      if (row.x !== undefined) o.actual = row.x;
      yield this.result(check.id, row.k, row.n, o, row.f);
    }
  }

  private result(checkId: string, key: string, name: string, o: CheckOutcome, file: number): ReportResult {
    return { checkId, resourceKey: key, resourceName: name, ...o, file: this.inputs[file]!.file };
  }

  /** Result counts per check index (one pass over the spooled files). */
  async countByCheck(): Promise<Map<number, Record<CheckStatus, number>>> {
    const out = new Map<number, Record<CheckStatus, number>>();
    for (let ci = 0; ci < this.checks.length; ci++) {
      if (!this.hasResults(ci)) continue;
      const c = zero();
      for await (const r of this.results(ci)) c[r.status]++;
      out.set(ci, c);
    }
    return out;
  }

  /** Removes the spooled files. */
  close(): void {
    this.finish();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
