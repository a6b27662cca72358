/**
 * Reading export files safely: UTF-8 is validated as the bytes stream in, JSON files have a size cap
 * (API responses are modest; a 500 MB "JSON export" is the wrong file), and every failure becomes an
 * ImportError that names the file and the line or JSON path.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { ImportError } from '@vigil/monitoring';
import type { z } from 'zod';

/** JSON exports larger than this are refused before reading. */
export const MAX_JSON_BYTES = 100 * 1024 * 1024;

const countLines = (text: string) => {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
};

/** Decodes a byte stream as strict UTF-8; an invalid sequence is an ImportError naming its line. */
export async function* decodeUtf8(
  bytes: AsyncIterable<Buffer | Uint8Array> | Iterable<Uint8Array>,
  file: string,
): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lines = 0;
  for await (const chunk of bytes) {
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      // Locate the bad byte by decoding the chunk leniently: the first U+FFFD is where it broke.
      const lenient = new TextDecoder('utf-8').decode(chunk);
      const bad = Math.max(0, lenient.indexOf('\uFFFD'));
      throw new ImportError(
        file,
        `line ${lines + countLines(lenient.slice(0, bad)) + 1}`,
        'not valid UTF-8 text',
      );
    }
    lines += countLines(text);
    yield text;
  }
  try {
    const rest = decoder.decode();
    if (rest) yield rest;
  } catch {
    throw new ImportError(
      file,
      `line ${lines + 1}`,
      'not valid UTF-8 text (the file ends inside a character)',
    );
  }
}

/** Opens a file for streaming, turning a missing or unreadable file into an ImportError. */
export async function openFile(path: string, file: string) {
  const info = await stat(path).catch((err: NodeJS.ErrnoException) => {
    throw new ImportError(file, null, `cannot read the file (${err.code ?? err.message})`);
  });
  if (!info.isFile()) throw new ImportError(file, null, 'expected a file, found a directory or special file');
  return { size: info.size, stream: () => createReadStream(path, { highWaterMark: 64 * 1024 }) };
}

/** The 1-based line and column of a character offset. */
function lineAndColumn(text: string, offset: number) {
  const before = text.slice(0, offset);
  const line = countLines(before) + 1;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}

/** The character offset where JSON.parse failed, from V8's message (which only sometimes has a position). */
function syntaxOffset(text: string, message: string): number | null {
  const at = /at position (\d+)/.exec(message);
  if (at) return Number(at[1]);
  if (/Unexpected end of JSON input/.test(message)) return text.length;
  // `Unexpected token 'x', "whole source" is not …`, or `…, ..."snippet..." is not …` when V8 cuts the source.
  const token = /Unexpected token '([\s\S])', (\.\.\.)?"([\s\S]*?)(?:\.\.\.)?" is not valid JSON/.exec(
    message,
  );
  if (!token) return null;
  const [, tok, cut, snippet] = token as unknown as [string, string, string | undefined, string];
  const index = text.indexOf(snippet);
  if (index < 0) return null;
  // V8 shows ten characters either side of the offending one when it cuts the source.
  return cut ? index + 10 : index + Math.max(0, snippet.indexOf(tok));
}

/** Parses JSON text or throws an ImportError with the line and column of the syntax error. */
export function parseJsonText(text: string, file: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') throw new ImportError(file, null, 'the file is empty');
  try {
    return JSON.parse(body);
  } catch (err) {
    const message = (err as Error).message;
    const offset = syntaxOffset(body, message);
    if (offset === null) throw new ImportError(file, null, `invalid JSON: ${message.split(',')[0]}`);
    if (offset >= body.trimEnd().length) {
      throw new ImportError(
        file,
        `line ${countLines(body.trimEnd()) + 1} (end of file)`,
        'the JSON ends early (truncated file?)',
      );
    }
    throw new ImportError(
      file,
      lineAndColumn(body, offset),
      `invalid JSON: ${message.replace(/ in JSON at position \d+.*$|, (\.\.\.)?".*$/s, '')}`,
    );
  }
}

/** Reads a whole text file as strict UTF-8, refusing files over `maxBytes`. */
export async function readTextFile(path: string, file: string, maxBytes = MAX_JSON_BYTES): Promise<string> {
  const { size, stream } = await openFile(path, file);
  const refuse = (bytes: number) =>
    new ImportError(
      file,
      null,
      `the file is ${(bytes / 1048576).toFixed(1)} MiB; JSON exports over ${maxBytes / 1048576} MiB are refused`,
    );
  if (size > maxBytes) throw refuse(size);
  let bytes = 0;
  async function* counted() {
    for await (const chunk of stream() as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      // The file may still be growing (or be a pipe): enforce the cap on what is actually read.
      if (bytes > maxBytes) throw refuse(bytes);
      yield chunk;
    }
  }
  let text = '';
  for await (const part of decodeUtf8(counted(), file)) text += part;
  return text;
}

/** Reads and parses a JSON file (refusing files over `maxBytes`). */
export async function readJsonFile(path: string, file: string, maxBytes = MAX_JSON_BYTES): Promise<unknown> {
  return parseJsonText(await readTextFile(path, file, maxBytes), file);
}

/** The output of one `aws` CLI call saved to a file: its JSON, or the error code it printed instead. */
export type CliResult = { ok: true; value: unknown } | { ok: false; code: string; message: string };

/**
 * Reads a file holding either the JSON a CLI call printed or the error message it printed
 * (`An error occurred (NoSuchEntity) when calling …`), as the bundle script saves them. With
 * `errorFile` (a `.err` file) any other text, such as "Unable to locate credentials", is a failure
 * with code `Unknown` rather than invalid JSON.
 */
export async function readCliResult(path: string, file: string, errorFile = false): Promise<CliResult> {
  const text = await readTextFile(path, file);
  const body = text.replace(/^\uFEFF/, '').trim();
  const message = (body.split('\n').find((line) => line.trim() !== '') ?? '').trim().slice(0, 300);
  if (!body.startsWith('{') && !body.startsWith('[')) {
    const printed = /An error occurred \(([\w.]+)\)/.exec(body);
    if (printed) return { ok: false, code: printed[1]!, message };
    if (errorFile)
      return { ok: false, code: 'Unknown', message: message || 'the call failed without a message' };
  }
  const value = parseJsonText(text, file);
  // Some tools dump the error document instead: {"Error": {"Code": "NoSuchEntity", …}}.
  const error = (value as { Error?: { Code?: unknown; Message?: unknown } } | null)?.Error;
  if (typeof error?.Code === 'string')
    return {
      ok: false,
      code: error.Code,
      message: typeof error.Message === 'string' ? error.Message : message,
    };
  return { ok: true, value };
}

const DENIED = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'UnauthorizedOperation',
  'AuthorizationError',
  'AuthorizationErrorException',
]);

/** Why a failed call leaves its facts unknown, in words a reader of the check result follows. */
export function refusalReason(code: string): string {
  if (DENIED.has(code)) return 'access was denied when it was collected';
  if (code === 'Unknown') return 'collecting it failed';
  return `collecting it failed with ${code}`;
}

/** Formats a zod issue path as a JSON path: `$.SecurityGroups[3].IpPermissions`. */
export function jsonPath(base: string, path: readonly PropertyKey[]): string {
  let out = base;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** Validates a parsed document against a shape, or throws an ImportError naming the JSON path. */
export function parseShape<T extends z.ZodType>(
  schema: T,
  data: unknown,
  file: string,
  what: string,
  base = '$',
): z.output<T> {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new ImportError(file, jsonPath(base, issue.path), `not ${what}: ${issue.message}`);
}
