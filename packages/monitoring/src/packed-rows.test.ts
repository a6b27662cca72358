import { describe, expect, it } from 'vitest';
import {
  type PackedResource,
  packedKey,
  parsePackedRecord,
  RECORD_SEPARATOR,
  readPackedResources,
  scanPackedRecords,
  UNIT_SEPARATOR,
} from './packed-rows.ts';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const hash = (c: string) => c.repeat(64);

// The same layout the server's query writes with string_agg (see packed-rows.ts).
const record = (r: PackedResource) =>
  r.id +
  r.hash +
  (r.gone ? '1' : '0') +
  String(r.firstSeen).padStart(13, '0') +
  (r.states ?? '') +
  ['', r.type, r.externalId, r.name].join(UNIT_SEPARATOR);

const read = (packed: string | null, odd: string | null) => {
  const rows: PackedResource[] = [];
  readPackedResources(packed, odd, (r) => rows.push(r));
  return rows;
};

describe('packed rows', () => {
  const a: PackedResource = {
    id: id(1),
    hash: hash('a'),
    gone: false,
    states: 'digest-1',
    type: 'github.repo',
    externalId: 'acme/api',
    name: 'api',
    firstSeen: Date.parse('2026-11-30T08:15:00.123Z'),
  };
  const b: PackedResource = {
    id: id(2),
    hash: hash('b'),
    gone: true,
    states: null,
    type: 'aws.iam_user',
    externalId: 'arn:aws:iam::1:user/x',
    name: '',
    firstSeen: Date.parse('2001-09-09T01:46:40Z'),
  };

  it('reads every packed record back, with a missing states digest as null and the gone flag', () => {
    expect(read([a, b].map(record).join(RECORD_SEPARATOR), null)).toEqual([a, b]);
  });

  it('reads nothing from an empty scope', () => {
    expect(read(null, null)).toEqual([]);
    expect(read('', '[]')).toEqual([]);
  });

  it('reads the JSON fallback after the packed records', () => {
    const odd: PackedResource = {
      ...a,
      id: id(3),
      externalId: `x${UNIT_SEPARATOR}y`,
      name: `n${RECORD_SEPARATOR}`,
    };
    const json = JSON.stringify([
      [odd.id, odd.hash, odd.gone, odd.states, odd.type, odd.externalId, odd.name, odd.firstSeen],
      [b.id, b.hash, b.gone, b.states, b.type, b.externalId, b.name, b.firstSeen],
    ]);
    expect(read(record(a), json)).toEqual([a, odd, b]);
  });

  it('keeps each record whole behind its type and external id, parsed only on demand', () => {
    const seen = new Map<string, string>();
    scanPackedRecords([a, b].map(record).join(RECORD_SEPARATOR), (key, r) => seen.set(key, r));
    expect([...seen.keys()]).toEqual([packedKey(a), packedKey(b)]);
    expect(parsePackedRecord(seen.get(packedKey(b))!)).toEqual(b);
  });
});
