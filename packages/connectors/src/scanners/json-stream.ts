/**
 * A streaming JSON reader for exports that reach hundreds of megabytes: it tokenizes the file with
 * stream-json's core parser one line at a time, tracks the JSON path and line of every value, and
 * builds in memory only the values a plan asks for (one vulnerability, one Kubernetes item), so
 * memory stays flat whatever the file size. Bad input becomes an ImportError naming file and line.
 */
import { createReadStream } from 'node:fs';
import { ImportError, type ImportInput } from '@vigil/monitoring';
import { none } from 'stream-chain/defs.js';
import { jsonParser } from 'stream-json/core/parser.js';
import { Assembler } from './json-assembler.ts';
import { invalidUtf8Offset } from './utf8.ts';

/** One step of a JSON path: an object key or an array index. */
export type PathSeg = string | number;
/** What kind of value starts at a path. */
export type ValueKind = 'object' | 'array' | 'scalar';
/** What to do with the value at a path: build it whole, walk into it, or ignore it. */
export type Decision = 'take' | 'enter' | 'skip' | { reject: string };
/** Decides per value from its path and kind; called only for values inside entered containers. */
export type Plan = (path: readonly PathSeg[], kind: ValueKind) => Decision;

/** A value the plan asked for, with where it started. */
export interface JsonNode {
  path: PathSeg[];
  value: unknown;
  line: number;
}

/** Options for a streaming read. */
export interface StreamOptions {
  /** A single taken value larger than this many characters is refused (default 64 MiB). */
  maxValueChars?: number;
  /** Characters fed to the parser per call; smaller means finer error positions on one-line files. */
  segmentChars?: number;
}

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Formats a path as `$.Results[0].Vulnerabilities[3]` (keys that are not identifiers in brackets). */
export function jsonPath(path: readonly PathSeg[]): string {
  let out = '$';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += IDENT.test(seg) ? `.${seg}` : `[${JSON.stringify(seg)}]`;
  }
  return out;
}

interface Frame {
  array: boolean;
  seg: PathSeg;
}

type Token = { name: string; value?: unknown };

/**
 * The token walker: keeps the path of entered containers and hands taken values to an Assembler.
 * It is synchronous so each error is raised while the line that caused it is known.
 */
class Walker {
  readonly stack: Frame[] = [];
  private taking: Assembler | undefined;
  private takePath: PathSeg[] = [];
  private takeLine = 0;
  private takeChars = 0;
  private skipDepth = 0;
  done = false;

  constructor(
    private readonly plan: Plan,
    private readonly fail: (detail: string) => never,
    private readonly maxValueChars: number,
  ) {}

  path(): PathSeg[] {
    return this.stack.map((f) => f.seg);
  }

  /** The deepest position reached so far, without containers whose first member has not started. */
  where(): string {
    const segs: PathSeg[] = [];
    for (const f of this.stack) {
      if (f.seg === -1 || f.seg === '') break;
      segs.push(f.seg);
    }
    return jsonPath(segs);
  }

  /** Counts characters fed while a value is being built, to refuse absurdly large single values. */
  fed(chars: number): void {
    if (!this.taking) return;
    this.takeChars += chars;
    if (this.takeChars > this.maxValueChars) {
      this.fail(`the value at ${jsonPath(this.takePath)} is larger than ${this.maxValueChars} characters`);
    }
  }

  token(t: Token, line: number, out: JsonNode[]): void {
    if (this.taking) {
      const value = this.taking.token(t);
      if (value !== Assembler.PENDING) {
        out.push({ path: this.takePath, value, line: this.takeLine });
        this.taking = undefined;
        this.afterValue();
      }
      return;
    }
    if (this.skipDepth > 0) {
      if (t.name === 'startObject' || t.name === 'startArray') this.skipDepth++;
      else if (t.name === 'endObject' || t.name === 'endArray') this.skipDepth--;
      if (this.skipDepth === 0) this.afterValue();
      return;
    }
    const top = this.stack[this.stack.length - 1];
    switch (t.name) {
      case 'keyValue':
        if (top) top.seg = String(t.value);
        return;
      case 'endObject':
      case 'endArray':
        this.stack.pop();
        this.afterValue();
        return;
      default:
        this.valueStart(t, line, out);
    }
  }

  private valueStart(t: Token, line: number, out: JsonNode[]): void {
    if (this.done) this.fail('unexpected data after the end of the JSON document');
    const top = this.stack[this.stack.length - 1];
    if (top?.array) top.seg = (top.seg as number) + 1;
    const kind: ValueKind =
      t.name === 'startObject' ? 'object' : t.name === 'startArray' ? 'array' : 'scalar';
    const path = this.path();
    const decision = this.plan(path, kind);
    if (typeof decision === 'object') this.fail(`${jsonPath(path)}: ${decision.reject}`);
    if (decision === 'take') {
      const a = new Assembler();
      const value = a.token(t);
      if (value !== Assembler.PENDING) {
        out.push({ path, value, line });
        this.afterValue();
        return;
      }
      this.taking = a;
      this.takePath = path;
      this.takeLine = line;
      this.takeChars = 0;
      return;
    }
    if (kind === 'scalar') {
      this.afterValue();
      return;
    }
    if (decision === 'skip') {
      this.skipDepth = 1;
      return;
    }
    this.stack.push({ array: kind === 'array', seg: kind === 'array' ? -1 : '' });
  }

  private afterValue(): void {
    if (this.stack.length === 0) this.done = true;
  }
}

/** Decodes a chunk; invalid UTF-8 is reported at the line of the first bad byte. */
function decode(
  decoder: TextDecoder,
  chunk: Buffer,
  line: number,
  fail: (d: string, at?: number) => never,
): string {
  try {
    return decoder.decode(chunk, { stream: true });
  } catch {
    const offset = invalidUtf8Offset(chunk);
    let lines = 0;
    for (let i = 0; i < offset; i++) if (chunk[i] === 0x0a) lines++;
    const byte = chunk[offset]?.toString(16).padStart(2, '0') ?? '??';
    return fail(`the file is not valid UTF-8 (byte 0x${byte}); export it again as UTF-8`, line + lines);
  }
}

const isTokens = (r: unknown): r is { values: Token[] } =>
  typeof r === 'object' && r !== null && Array.isArray((r as { values?: unknown }).values);

/**
 * Reads a JSON file as a stream and yields the values the plan takes, in document order.
 * Throws ImportError for non-UTF-8 bytes, malformed or truncated JSON, naming the line and path.
 */
export async function* streamJson(
  input: ImportInput,
  plan: Plan,
  options: StreamOptions = {},
): AsyncGenerator<JsonNode> {
  const segmentChars = options.segmentChars ?? 16_384;
  let line = 1;
  let sawContent = false;
  const fail = (detail: string, at = line): never => {
    throw new ImportError(input.name, `line ${at}`, detail);
  };
  const walker = new Walker(plan, fail, options.maxValueChars ?? 64 * 1024 * 1024);
  // The parser's type names only text input; `none` is its documented end-of-input signal.
  const parse = jsonParser({ streamValues: false }) as (text: string | typeof none) => unknown;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let first = true;
  let charsSinceToken = 0;

  // Feeds one segment to the parser; a parser error is reported at the line being fed.
  const feed = (text: string | typeof none, out: JsonNode[]) => {
    let result: unknown;
    try {
      result = parse(text);
    } catch (err) {
      const where = walker.where();
      if (text === none) {
        if (!sawContent) fail('the file is empty');
        fail(`unexpected end of file inside ${where}: the export looks truncated`);
      }
      fail(`not valid JSON near ${where}: ${(err as Error).message.replace(/^Parser /, '')}`);
    }
    if (!isTokens(result)) return;
    charsSinceToken = 0;
    for (const t of result.values) walker.token(t, line, out);
  };

  const stream = createReadStream(input.path, { highWaterMark: 65_536 });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (first) {
        first = false;
        if ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff)) {
          fail('the file is UTF-16 encoded; export it again as UTF-8', 1);
        }
      }
      const text = decode(decoder, chunk, line, fail);
      const out: JsonNode[] = [];
      let start = 0;
      while (start < text.length) {
        const nl = text.indexOf('\n', start);
        const end = Math.min(nl < 0 ? text.length : nl + 1, start + segmentChars);
        const segment = text.slice(start, end);
        if (!sawContent && segment.trim() !== '') sawContent = true;
        walker.fed(segment.length);
        charsSinceToken += segment.length;
        feed(segment, out);
        // A single token this long (a giant string or number) would otherwise grow the parser's buffer.
        if (charsSinceToken > (options.maxValueChars ?? 64 * 1024 * 1024))
          fail('a single JSON token is larger than the limit');
        if (segment.endsWith('\n')) line++;
        start = end;
      }
      for (const node of out) yield node;
    }
    try {
      decoder.decode();
    } catch {
      fail('the file ends in the middle of a UTF-8 character: it looks truncated');
    }
    const out: JsonNode[] = [];
    feed(none, out);
    for (const node of out) yield node;
    if (!walker.done) fail(`unexpected end of file inside ${walker.where()}: the export looks truncated`);
  } finally {
    stream.destroy();
  }
}
