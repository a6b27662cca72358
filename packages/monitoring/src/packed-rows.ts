/**
 * The packed-row format in which a sweep reads a scope's stored resources: one text value instead of
 * a row per resource, because PGlite decodes every field of every row in JavaScript and on an
 * unchanged sweep of a large scope that decoding was most of the write phase.
 *
 * A record is the fixed-width id (36 characters) and attributes hash (64), a gone flag (`0`/`1`), then
 * the states digest, type, external id and name separated by UNIT_SEPARATOR; records are joined by
 * RECORD_SEPARATOR. Records whose type, external id or name contain a separator come instead as a JSON
 * array of `[id, hash, gone, states, type, externalId, name]` tuples. The server's query writes both.
 */

/** Separates records (`chr(30)` in SQL). */
export const RECORD_SEPARATOR = '\x1e';
/** Separates the variable-width fields of a record (`chr(31)` in SQL). */
export const UNIT_SEPARATOR = '\x1f';

const ID_WIDTH = 36;
const HASH_WIDTH = 64;
/** Where the states digest starts: after the id, the hash and the gone flag. */
const STATES_AT = ID_WIDTH + HASH_WIDTH + 1;

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
}

type OddTuple = [string, string, boolean, string | null, string, string, string];

/**
 * Calls `visit` once per stored resource of `packed` (the packed records, null when none) and `odd`
 * (the JSON fallback, null when none). Nothing is kept between calls: a row lives only for its visit.
 */
export function readPackedResources(
  packed: string | null,
  odd: string | null,
  visit: (row: PackedResource) => void,
): void {
  const text = packed ?? '';
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf(RECORD_SEPARATOR, start);
    if (end < 0) end = text.length;
    const a = text.indexOf(UNIT_SEPARATOR, start + STATES_AT);
    const b = text.indexOf(UNIT_SEPARATOR, a + 1);
    const c = text.indexOf(UNIT_SEPARATOR, b + 1);
    visit({
      id: text.slice(start, start + ID_WIDTH),
      hash: text.slice(start + ID_WIDTH, start + ID_WIDTH + HASH_WIDTH),
      gone: text[start + ID_WIDTH + HASH_WIDTH] === '1',
      states: a > start + STATES_AT ? text.slice(start + STATES_AT, a) : null,
      type: text.slice(a + 1, b),
      externalId: text.slice(b + 1, c),
      name: text.slice(c + 1, end),
    });
    start = end + 1;
  }
  for (const [id, hash, gone, states, type, externalId, name] of JSON.parse(odd ?? '[]') as OddTuple[]) {
    visit({ id, hash, gone, states, type, externalId, name });
  }
}
