import { ImportError } from '@vigil/monitoring';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tempFile } from '../test/helpers.ts';
import { type JsonArrayOptions, jsonArrayItems } from './json.ts';
import { utf8Chunks } from './utf8.ts';
import { parseDate, parseTimestamp } from './values.ts';

async function items(content: string | Uint8Array, opts?: JsonArrayOptions) {
  const out = [];
  for await (const i of jsonArrayItems({ path: tempFile(content), name: 'f.json' }, opts)) out.push(i);
  return out;
}
const errorOf = (content: string, opts?: JsonArrayOptions) =>
  items(content, opts).then(
    () => 'no error',
    (e: Error) => e.message,
  );

describe('jsonArrayItems', () => {
  it('yields elements with their path and line, brackets and quotes inside strings included', async () => {
    const got = await items('[\n {"a": "]\\"[{"},\n [1, [2]],\n "x", 3, null\n]');
    expect(got.map((i) => i.value)).toEqual([{ a: ']"[{' }, [1, [2]], 'x', 3, null]);
    expect(got.map((i) => [i.path, i.line])).toEqual([
      ['$[0]', 2],
      ['$[1]', 3],
      ['$[2]', 4],
      ['$[3]', 4],
      ['$[4]', 4],
    ]);
  });

  it('reads the array under a key of API page objects, pages back to back', async () => {
    const got = await items('{"kind":"k","users":[{"id":1}],"nextPageToken":"t"}{"users":[{"id":2}]}', {
      key: 'users',
    });
    expect(got.map((i) => [i.value, i.path])).toEqual([
      [{ id: 1 }, '$.users[0]'],
      [{ id: 2 }, 'page 2 $.users[0]'],
    ]);
  });

  it('names the line of structural errors', async () => {
    expect(await errorOf('[1,\n]')).toBe('f.json: line 2: unexpected "]" after ","');
    expect(await errorOf('[1,\n2\n3]')).toMatch(/^f\.json: line 3, \$\[1\]: invalid JSON/);
    expect(await errorOf('[]\nx')).toBe('f.json: line 2: unexpected "x" after the end of the JSON value');
    expect(await errorOf('<html>')).toBe('f.json: line 1: expected a JSON array, found "<"');
    expect(await errorOf('[{"a": 1]')).toBe('f.json: line 1: unexpected "]"');
    expect(await errorOf('')).toBe('f.json: is empty (expected a JSON array)');
    expect(await errorOf('[{"a": tru}]')).toMatch(/^f\.json: line 1, \$\[0\]: invalid JSON/);
  });

  it('streams a multi-megabyte array across read chunks', async () => {
    const row = (i: number) =>
      JSON.stringify({ id: `u${i}`, note: 'é'.repeat(50), nested: { list: [i, `]${i}[`] } });
    const text = `[${Array.from({ length: 20_000 }, (_, i) => row(i)).join(',\n')}]`;
    expect(text.length).toBeGreaterThan(2_000_000);
    let n = 0;
    for await (const item of jsonArrayItems({ path: tempFile(text), name: 'big.json' })) {
      expect((item.value as { id: string }).id).toBe(`u${n}`);
      n++;
    }
    expect(n).toBe(20_000);
  });

  it('refuses an element beyond the size limit', async () => {
    expect(await errorOf(`[${JSON.stringify('x'.repeat(500))}]`, { maxElementChars: 100 })).toBe(
      'f.json: line 1: array element larger than 100 characters',
    );
  });

  it('raises only ImportErrors on arbitrary text', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.json(),
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v).slice(0, -1)),
        ),
        async (c) => {
          try {
            await items(c, { key: 'users' });
          } catch (err) {
            expect(err).toBeInstanceOf(ImportError);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('utf8Chunks', () => {
  it('refuses a file above the byte limit', async () => {
    const run = async () => {
      for await (const _ of utf8Chunks({ path: tempFile('x'.repeat(100)), name: 'big.csv' }, 10)) {
        // Size is checked before the first chunk.
      }
    };
    await expect(run()).rejects.toThrow('big.csv: is 100 bytes, larger than the 10-byte limit');
  });

  it('reports a file cut inside a multi-byte character', async () => {
    const run = async () => {
      for await (const _ of utf8Chunks({
        path: tempFile(Buffer.from([0x61, 0x0a, 0xe2, 0x82])),
        name: 'cut.csv',
      })) {
        // Drain.
      }
    };
    await expect(run()).rejects.toThrow('cut.csv: line 2: ends inside a UTF-8 character (file is truncated)');
  });
});

describe('date parsers', () => {
  it('reads the date layouts exports use', () => {
    expect(parseDate('2024-02-29')).toBe('2024-02-29');
    expect(parseDate('03/04/2024')).toBe('2024-03-04');
    expect(parseDate('03.04.2024', 'dmy')).toBe('2024-04-03');
    expect(() => parseDate('2023-02-29')).toThrow('is not a valid date');
    expect(parseTimestamp('2016/04/04 00:24:13')).toBe('2016-04-04T00:24:13.000Z');
    expect(parseTimestamp('2025-05-31T08:10:02+02:00')).toBe('2025-05-31T06:10:02.000Z');
    expect(parseTimestamp('5/31/2025 8:10 PM')).toBe('2025-05-31T20:10:00.000Z');
    expect(() => parseTimestamp('soon')).toThrow('is not a timestamp');
  });
});
