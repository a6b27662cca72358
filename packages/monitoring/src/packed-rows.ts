/**
 * The packed-row format in which a sweep reads a scope's stored resources: one text value instead of
 * a row per resource, because PGlite decodes every field of every row in JavaScript and on an
 * unchanged sweep of a large scope that decoding was most of the write phase.
 *
 * A record is the fixed-width id (36 characters), attributes hash (64), gone flag (`0`/`1`) and first
 * seen time (13 digits of epoch milliseconds), then the states digest, type, external id and name
 * separated by UNIT_SEPARATOR; records are joined by RECORD_SEPARATOR. Records whose type, external id
 * or name contain a separator come instead as a JSON array of
 * `[id, hash, gone, states, type, externalId, name, firstSeen]` tuples. The server's query writes both.
 */

/** Separates records (`chr(30)` in SQL). */
export const RECORD_SEPARATOR = '\x1e';
/** Separates the variable-width fields of a record (`chr(31)` in SQL). */
export const UNIT_SEPARATOR = '\x1f';

const ID_WIDTH = 36;
const HASH_WIDTH = 64;
const FIRST_SEEN_AT = ID_WIDTH + HASH_WIDTH + 1;
/** Epoch milliseconds, zero-padded: 13 digits hold every time from 2001 to 2286. */
const FIRST_SEEN_WIDTH = 13;
/** Where the states digest starts: after the id, the hash, the gone flag and the first seen time. */
const STATES_AT = FIRST_SEEN_AT + FIRST_SEEN_WIDTH;

/** One stored resource as the sweep compares it with what it saw. */
export interface PackedResource {
  id: string;
  /** SHA-256 of the canonical attributes. */
  hash: string;
  gone: boolean;
  /** Digest of the resource's check results; null when none is stored. */
  states: string | null;
  type: string;
  externalId: string;
  name: string;
  /** When the resource was first seen, in epoch milliseconds. */
  firstSeen: number;
}

type OddTuple = [string, string, boolean, string | null, string, string, string, number];

/** A stored resource's identity within its source, as `packedKey` builds it from a resource. */
export const packedKey = (r: { type: string; externalId: string }) =>
  `${r.type}${UNIT_SEPARATOR}${r.externalId}`;

/**
 * Calls `visit` once per record of `packed` with its key (`packedKey`) and the record itself, both
 * slices of `packed`: a caller can keep a scope's stored state for the cost of two references per
 * resource and parse a record only when it needs it (`parsePackedRecord`).
 */
export function scanPackedRecords(packed: string | null, visit: (key: string, record: string) => void): void {
  const text = packed ?? '';
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf(RECORD_SEPARATOR, start);
    if (end < 0) end = text.length;
    const a = text.indexOf(UNIT_SEPARATOR, start + STATES_AT);
    const c = text.indexOf(UNIT_SEPARATOR, text.indexOf(UNIT_SEPARATOR, a + 1) + 1);
    visit(text.slice(a + 1, c), text.slice(start, end));
    start = end + 1;
  }
}

/** The fields of one packed record (as `scanPackedRecords` gives it). */
export function parsePackedRecord(record: string): PackedResource {
  const a = record.indexOf(UNIT_SEPARATOR, STATES_AT);
  const b = record.indexOf(UNIT_SEPARATOR, a + 1);
  const c = record.indexOf(UNIT_SEPARATOR, b + 1);
  return {
    id: record.slice(0, ID_WIDTH),
    hash: record.slice(ID_WIDTH, ID_WIDTH + HASH_WIDTH),
    gone: record[ID_WIDTH + HASH_WIDTH] === '1',
    states: a > STATES_AT ? record.slice(STATES_AT, a) : null,
    type: record.slice(a + 1, b),
    externalId: record.slice(b + 1, c),
    name: record.slice(c + 1),
    firstSeen: Number(record.slice(FIRST_SEEN_AT, STATES_AT)),
  };
}

/** The JSON fallback's records (those whose fields hold a separator). */
export function readOddResources(odd: string | null): PackedResource[] {
  return (JSON.parse(odd ?? '[]') as OddTuple[]).map(
    ([id, hash, gone, states, type, externalId, name, firstSeen]) => ({
      id,
      hash,
      gone,
      states,
      type,
      externalId,
      name,
      firstSeen: Number(firstSeen),
    }),
  );
}

/**
 * Calls `visit` once per stored resource of `packed` (the packed records, null when none) and `odd`
 * (the JSON fallback, null when none). Nothing is kept between calls: a row lives only for its visit.
 */
export function readPackedResources(
  packed: string | null,
  odd: string | null,
  visit: (row: PackedResource) => void,
): void {
  scanPackedRecords(packed, (_key, record) => visit(parsePackedRecord(record)));
  for (const row of readOddResources(odd)) visit(row);
}
