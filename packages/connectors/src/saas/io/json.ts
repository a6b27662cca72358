/** JSON reading for exports: whole small documents, and large arrays streamed element by element. */
import { ImportError, type ImportInput } from '@vigil/monitoring';
import { readSmallText, utf8Chunks } from './utf8.ts';

/** Line (1-based) of a character offset in `text`. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Parses JSON text or throws ImportError naming the line of the syntax error. */
export function parseJsonText(text: string, file: string, firstLine = 1, path = '$'): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    const msg = (err as Error).message;
    const pos = /position (\d+)/.exec(msg)?.[1];
    const line =
      pos === undefined
        ? firstLine + lineAt(text, text.length) - 1
        : firstLine + lineAt(text, Number(pos)) - 1;
    const where = path === '$' ? `line ${line}` : `line ${line}, ${path}`;
    const detail = /end of JSON|Unterminated/i.test(msg)
      ? 'JSON ends early (file is truncated?)'
      : `invalid JSON: ${msg}`;
    throw new ImportError(file, where, detail);
  }
}

/** Reads and parses a whole JSON file that is expected to be small (at most `maxBytes`). */
export async function readJsonDocument(input: ImportInput, maxBytes = 64 * 1024 ** 2): Promise<unknown> {
  const text = await readSmallText(input, maxBytes);
  if (text.trim() === '') throw new ImportError(input.name, null, 'is empty');
  return parseJsonText(text, input.name);
}

/** One array element with where it was found. */
export interface JsonItem {
  value: unknown;
  /** JSONPath of the element, e.g. `$[3]` or `$.users[3]`. */
  path: string;
  /** Line where the element starts. */
  line: number;
}

/** Where the wanted array is and how large one element may be. */
export interface JsonArrayOptions {
  /** Also accept top-level objects whose `key` holds the array (an API page such as `{"users": [...]}`). */
  key?: string;
  /** Largest single element, in characters. */
  maxElementChars?: number;
}

const WS = new Set([' ', '\t', '\n', '\r']);
const CLOSER: Record<string, string> = { ']': '[', '}': '{' };

/**
 * Streams the elements of a top-level JSON array, or of several arrays back to back (how paginated
 * `gh api` and page-by-page `curl` output look), one parsed element at a time in bounded memory.
 * With `key`, top-level objects contribute the elements of their `key` array. Errors name the line.
 */
export async function* jsonArrayItems(
  input: ImportInput,
  opts: JsonArrayOptions = {},
): AsyncGenerator<JsonItem> {
  const maxElement = opts.maxElementChars ?? 32 * 1024 ** 2;
  const file = input.name;
  const stack: string[] = [];
  let line = 1;
  let inString = false;
  let escaped = false;
  // The array whose elements are wanted: its depth in `stack`, 0 when the scanner is outside it.
  let wantedDepth = 0;
  let prefix = '$';
  // The element being captured is contiguous in the input: the part from earlier chunks is in `carry`,
  // the rest is the current chunk from `segStart`, appended as one slice (not one character at a time).
  let capturingElem = false;
  let carry = '';
  let segStart = 0;
  let elemLine = 0;
  let expectElem = false;
  let index = 0;
  let page = 0;
  // Top-level object bookkeeping: the current key, whether `opts.key` was found, a preview for errors.
  let keyBuf: string | null = null;
  let lastKey: string | null = null;
  let expectKey = false;
  let foundKey = false;
  let preview = '';

  const fail = (detail: string): never => {
    throw new ImportError(file, `line ${line}`, detail);
  };
  const emit = (chunk: string, end: number): JsonItem => {
    const path = page > 1 ? `page ${page} ${prefix}[${index}]` : `${prefix}[${index}]`;
    const elem = carry + chunk.slice(segStart, end);
    carry = '';
    capturingElem = false;
    const item = { value: parseJsonText(elem, file, elemLine, path), path, line: elemLine };
    index++;
    return item;
  };
  const close = (ch: string) => {
    if (stack.pop() !== CLOSER[ch]) fail(`unexpected "${ch}"`);
  };

  for await (const chunk of utf8Chunks(input)) {
    segStart = 0;
    // Characters of the element captured so far, up to and including index `i`.
    const elemLength = (i: number) => carry.length + i - segStart + 1;
    for (let i = 0; i < chunk.length; i++) {
      const ch = chunk[i]!;
      if (ch === '\n') line++;
      const capturing = wantedDepth > 0 && capturingElem;
      if (inString) {
        if (!capturing) {
          if (keyBuf !== null) keyBuf += ch;
          if (preview.length < 4096) preview += ch;
        }
        if (escaped) escaped = false;
        else if (ch === '\\') escaped = true;
        else if (ch === '"') {
          inString = false;
          if (keyBuf !== null) {
            lastKey = parseJsonText(`"${keyBuf}`, file, line) as string;
            keyBuf = null;
          }
        }
        if (capturing && elemLength(i) > maxElement)
          fail(`array element larger than ${maxElement} characters`);
        continue;
      }
      if (wantedDepth > 0 && stack.length > wantedDepth) {
        // Inside a nested container of the current element.
        if (ch === '"') inString = true;
        else if (ch === '[' || ch === '{') stack.push(ch);
        else if (ch === ']' || ch === '}') close(ch);
        if (elemLength(i) > maxElement) fail(`array element larger than ${maxElement} characters`);
        continue;
      }
      if (wantedDepth > 0) {
        // Directly inside the wanted array.
        if (ch === ']') {
          if (capturingElem) yield emit(chunk, i);
          else if (index > 0) fail('unexpected "]" after ","');
          close(ch);
          wantedDepth = 0;
          continue;
        }
        if (ch === ',') {
          if (!capturingElem) fail('unexpected ","');
          yield emit(chunk, i);
          expectElem = true;
          continue;
        }
        if (WS.has(ch)) continue;
        if (!capturingElem) {
          if (!expectElem) fail(`expected "," or "]" but found "${ch}"`);
          expectElem = false;
          elemLine = line;
          capturingElem = true;
          carry = '';
          segStart = i;
        }
        if (ch === '"') inString = true;
        else if (ch === '[' || ch === '{') stack.push(ch);
        else if (ch === '}') fail('unexpected "}"');
        continue;
      }
      if (stack.length === 0) {
        if (WS.has(ch)) continue;
        if (ch === '[') {
          stack.push(ch);
          page++;
          index = 0;
          wantedDepth = 1;
          prefix = '$';
          expectElem = true;
          continue;
        }
        if (ch === '{') {
          stack.push(ch);
          page++;
          index = 0;
          expectKey = true;
          foundKey = false;
          lastKey = null;
          preview = ch;
          continue;
        }
        fail(
          page > 0
            ? `unexpected "${ch}" after the end of the JSON value`
            : `expected a JSON array${opts.key ? ` or an object with "${opts.key}"` : ''}, found "${ch}"`,
        );
      }
      // Inside a top-level object, or a value of it that is not wanted.
      if (preview.length < 4096) preview += ch;
      if (ch === '"') {
        inString = true;
        if (stack.length === 1 && expectKey) {
          keyBuf = '';
          expectKey = false;
        }
      } else if (ch === ',' && stack.length === 1) {
        expectKey = true;
      } else if (ch === '[' && stack.length === 1 && opts.key !== undefined && lastKey === opts.key) {
        stack.push(ch);
        wantedDepth = 2;
        prefix = `$.${opts.key}`;
        expectElem = true;
        foundKey = true;
      } else if (ch === '[' || ch === '{') {
        stack.push(ch);
      } else if (ch === ']' || ch === '}') {
        close(ch);
        if (stack.length === 0 && !foundKey) objectNotArray(file, preview, opts.key);
      }
    }
    if (capturingElem) carry += chunk.slice(segStart);
  }
  if (inString || stack.length > 0)
    throw new ImportError(file, `line ${line}`, 'JSON ends early (file is truncated?)');
  if (page === 0) throw new ImportError(file, null, 'is empty (expected a JSON array)');
}

// A top-level object where an array was expected: often an API error body such as gh's 404.
function objectNotArray(file: string, text: string, key: string | undefined): never {
  let message = '';
  try {
    const obj = JSON.parse(text) as { message?: unknown };
    if (typeof obj.message === 'string') message = ` (the API answered "${obj.message}")`;
  } catch {
    // Too large or cut at the preview limit: no message to quote.
  }
  throw new ImportError(
    file,
    '$',
    `expected a JSON array${key ? ` or an object with "${key}"` : ''}, found an object${message}`,
  );
}
