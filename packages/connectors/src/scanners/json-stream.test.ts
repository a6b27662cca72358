import { describe, expect, it } from 'vitest';
import { type JsonNode, jsonPath, type Plan, streamJson } from './json-stream.ts';
import { tempFile } from './test-support.ts';

const takeAll: Plan = (path) => (path.length === 0 ? 'enter' : 'take');
async function collect(content: string, plan: Plan = takeAll, segmentChars?: number) {
  const out: JsonNode[] = [];
  const path = tempFile('s.json', content);
  for await (const n of streamJson({ path, name: 's.json' }, plan, segmentChars ? { segmentChars } : {}))
    out.push(n);
  return out;
}

describe('streaming JSON reader', () => {
  it('formats paths the way people read them', () => {
    expect(jsonPath(['Results', 0, 'Vulnerabilities', 3])).toBe('$.Results[0].Vulnerabilities[3]');
    expect(jsonPath(['vulnerabilities', '@babel/core', 'via'])).toBe('$.vulnerabilities["@babel/core"].via');
  });

  it('yields taken values with their path and starting line, equal to JSON.parse', async () => {
    const doc = { a: 1, b: { c: [1, 'two', null, true, { d: -1.5e3 }] }, e: 'é ✓ 😀' };
    const nodes = await collect(JSON.stringify(doc, null, 2));
    expect(nodes.map((n) => [n.path, n.line])).toEqual([
      [['a'], 2],
      [['b'], 3],
      [['e'], 14],
    ]);
    expect(Object.fromEntries(nodes.map((n) => [n.path[0], n.value]))).toEqual(doc);
  });

  it('keeps "__proto__" as an own key instead of changing the prototype', async () => {
    const [node] = await collect('{"x": {"__proto__": {"polluted": true}}}');
    const value = node!.value as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });

  it('reports trailing data, and very large single values, as errors', async () => {
    await expect(collect('{"a": 1} {"b": 2}')).rejects.toThrow(/line 1: not valid JSON/);
    const big = `{"a": "${'x'.repeat(5000)}"}`;
    const path = tempFile('big.json', big);
    const read = async () => {
      for await (const _ of streamJson({ path, name: 'big.json' }, takeAll, {
        maxValueChars: 1000,
        segmentChars: 256,
      })) {
        // drain
      }
    };
    await expect(read()).rejects.toThrow(/larger than/);
  });

  it('still finds the line of an error on a minified one-line file', async () => {
    const line = `${JSON.stringify({ a: Array.from({ length: 2000 }, (_, i) => i) })}\n{`;
    await expect(collect(line, takeAll, 512)).rejects.toThrow(/line 2/);
  });
});
