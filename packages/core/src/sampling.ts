/**
 * Audit samples that anyone can redraw: how many items a control's test needs, how a population is
 * written down and hashed, how the seed follows from the engagement, the control and that hash, and
 * how the items are picked. docs/sampling.md describes the same steps byte by byte so an auditor can
 * repeat a draw with other tools; change nothing here without changing the format names there.
 */
import { createHash } from 'node:crypto';
import type { Frequency } from '@vigil/catalog';
import { canonicalJson } from './canonical-json.ts';
import { isIsoDate } from './days.ts';
import { invalid } from './errors.ts';

// ---------------------------------------------------------------------------------------------
// Sample sizes

/** How often a control operates, as the sample size table knows it. */
export const SAMPLING_FREQUENCIES = [
  'annual',
  'quarterly',
  'monthly',
  'weekly',
  'daily',
  'several_times_a_day',
] as const;
export type SamplingFrequency = (typeof SAMPLING_FREQUENCIES)[number];

/** A band of the event table: populations of at least `minItems` items get `size` samples. */
export interface EventBand {
  minItems: number;
  size: number;
}

export interface SampleSizeTable {
  byFrequency: Record<SamplingFrequency, number>;
  /**
   * Bands for populations of events (a change, a hire, an incident); a population smaller than
   * every band's `minItems` is tested in full.
   */
  eventBands: EventBand[];
}

export const DEFAULT_SAMPLE_SIZES: SampleSizeTable = {
  byFrequency: { annual: 1, quarterly: 2, monthly: 2, weekly: 5, daily: 25, several_times_a_day: 40 },
  eventBands: [
    { minItems: 251, size: 25 },
    { minItems: 51, size: 15 },
    { minItems: 11, size: 8 },
  ],
};

/** What decides a control's sample size: how often it runs, or (for event controls) how many events there were. */
export type SamplingBasis = { kind: 'frequency'; frequency: SamplingFrequency } | { kind: 'events' };

/**
 * The table row for a control of the library. A continuous control runs many times a day, so it
 * takes that row; a per-event control is sized by its population.
 */
export function samplingBasisFor(frequency: Frequency): SamplingBasis {
  if (frequency === 'per_event') return { kind: 'events' };
  if (frequency === 'continuous') return { kind: 'frequency', frequency: 'several_times_a_day' };
  return { kind: 'frequency', frequency };
}

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

/**
 * Checks an organization's own table and returns it with the bands largest first. A band may not
 * ask for more items than its smallest population holds, or a draw could never be made from it.
 */
export function validateSampleSizeTable(table: SampleSizeTable): SampleSizeTable {
  for (const f of SAMPLING_FREQUENCIES) {
    const size = table.byFrequency?.[f];
    if (!isCount(size) || size < 1)
      throw invalid(
        `byFrequency.${f}`,
        `byFrequency.${f}: the sample size must be a whole number of at least 1`,
      );
  }
  const seen = new Set<number>();
  table.eventBands.forEach((b, i) => {
    const field = `eventBands[${i}]`;
    if (!isCount(b.minItems) || b.minItems < 1)
      throw invalid(field, `${field}: the smallest population must be a whole number of at least 1`);
    if (!isCount(b.size) || b.size < 1)
      throw invalid(field, `${field}: the sample size must be a whole number of at least 1`);
    if (b.size > b.minItems)
      throw invalid(
        field,
        `${field}: a sample of ${b.size} cannot be drawn from a population of ${b.minItems} items`,
      );
    if (seen.has(b.minItems))
      throw invalid(field, `${field}: another band also starts at ${b.minItems} items`);
    seen.add(b.minItems);
  });
  return {
    byFrequency: { ...table.byFrequency },
    eventBands: [...table.eventBands].sort((a, b) => b.minItems - a.minItems),
  };
}

/** The size the table gives, before it is compared with the population. */
export function tableSampleSize(
  table: SampleSizeTable,
  basis: SamplingBasis,
  populationSize: number,
): number {
  if (!isCount(populationSize)) throw invalid('populationSize', 'populationSize: must be a whole number');
  if (basis.kind === 'frequency') return table.byFrequency[basis.frequency];
  const band = [...table.eventBands]
    .sort((a, b) => b.minItems - a.minItems)
    .find((b) => populationSize >= b.minItems);
  return band ? band.size : populationSize;
}

export interface SampleSizeOverride {
  size: number;
  reason: string;
}

export interface ResolvedSampleSize {
  size: number;
  source: 'table' | 'override';
  /** The table asked for more items than there are, so the whole population is tested. */
  wholePopulation: boolean;
  reason?: string;
}

/**
 * The number of items to draw. An override needs a reason and may not exceed the population; a
 * table size larger than the population (a daily control that ran 20 times in a short window)
 * means every item is tested, and says so.
 */
export function resolveSampleSize(input: {
  table: SampleSizeTable;
  basis: SamplingBasis;
  populationSize: number;
  override?: SampleSizeOverride;
}): ResolvedSampleSize {
  const { populationSize, override } = input;
  const fromTable = tableSampleSize(input.table, input.basis, populationSize);
  if (!override) {
    const size = Math.min(fromTable, populationSize);
    return { size, source: 'table', wholePopulation: fromTable >= populationSize };
  }
  const reason = override.reason?.trim() ?? '';
  if (reason === '') throw invalid('reason', 'reason: say why the sample size differs from the table');
  if (!isCount(override.size))
    throw invalid('size', 'size: the sample size must be a whole number, zero or more');
  assertSampleFits(override.size, populationSize);
  if (override.size === 0 && populationSize > 0)
    throw invalid('size', 'size: a population with items needs a sample of at least 1');
  return {
    size: override.size,
    source: 'override',
    wholePopulation: override.size === populationSize,
    reason,
  };
}

function assertSampleFits(size: number, populationSize: number): void {
  if (size > populationSize)
    throw invalid(
      'size',
      `size: a sample of ${size} items is larger than the population of ${populationSize} items`,
    );
}

// ---------------------------------------------------------------------------------------------
// Populations

/** One row as a source gives it: an id unique in the population, when it happened, and any other columns. */
export interface PopulationRowInput {
  id: string;
  occurredAt: string | Date;
  attributes?: Record<string, string>;
}

/** A row in its one written form: `occurredAt` in UTC with milliseconds, empty attributes left out. */
export interface PopulationItem {
  id: string;
  occurredAt: string;
  attributes?: Record<string, string>;
}

export interface Population {
  /** Sorted by occurrence time, then id. */
  items: PopulationItem[];
  /** The population file: one canonical JSON line per item, in that order, each ending in "\n". */
  text: string;
  /** SHA-256 of `text` (UTF-8), lowercase hex: `sha256sum` of the file gives the same. */
  hash: string;
}

const TIME = /^(\d{4}-\d{2}-\d{2})(?:T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?(?:Z|[+-]\d{2}:\d{2}))?$/;

/** The UTC instant a cell names, or null. A date alone is midnight UTC; a time must carry its zone. */
function normalizeTime(value: string | Date): string | null {
  if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) return null;
    const iso = value.toISOString();
    return /^\d{4}-/.test(iso) ? iso : null;
  }
  const m = typeof value === 'string' ? TIME.exec(value) : null;
  if (!m || !isIsoDate(m[1]!)) return null;
  const ms = Date.parse(value.length === 10 ? `${value}T00:00:00.000Z` : value);
  if (Number.isNaN(ms)) return null;
  const iso = new Date(ms).toISOString();
  // An offset can push a year-0000 or year-9999 time out of the four-digit form every file uses.
  return /^\d{4}-/.test(iso) ? iso : null;
}

/** Orders strings by Unicode code point, which is the order of their UTF-8 bytes (unlike `<` on UTF-16). */
export function compareCodePoints(a: string, b: string): number {
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (;;) {
    const x = ia.next();
    const y = ib.next();
    if (x.done || y.done) return x.done && y.done ? 0 : x.done ? -1 : 1;
    const d = x.value.codePointAt(0)! - y.value.codePointAt(0)!;
    if (d !== 0) return d;
  }
}

// Half of a UTF-16 pair has no UTF-8 form, so the file could not be written byte for byte elsewhere.
const LONE_SURROGATE = /\p{Cs}/u;
// Canonical JSON sorts keys by UTF-16 unit, which agrees with code point order (what other tools
// use) as long as no name holds a character beyond U+FFFF.
const ASTRAL = /[\u{10000}-\u{10FFFF}]/u;

// Normalized times all have the same fixed width and four-digit years, so as strings they sort as instants.
const compareItems = (a: PopulationItem, b: PopulationItem) =>
  a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : compareCodePoints(a.id, b.id);

const sha256Hex = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/**
 * Normalizes, checks and sorts rows into a population with its file and hash. `where` names a row
 * in errors (a file line, a CSV row); by default the row's position counting from 1.
 */
export function buildPopulation(
  rows: readonly PopulationRowInput[],
  where: (index: number) => string = (i) => `row ${i + 1}`,
): Population {
  const firstSeen = new Map<string, number>();
  const items: PopulationItem[] = rows.map((row, i) => {
    const at = where(i);
    if (typeof row.id !== 'string' || row.id.trim() === '')
      throw invalid('id', `${at}: id: every item needs an id, written as text`);
    if (LONE_SURROGATE.test(row.id)) throw invalid('id', `${at}: id: contains a broken character`);
    const before = firstSeen.get(row.id);
    if (before !== undefined)
      throw invalid('id', `${at}: id: "${row.id}" is also the id of ${where(before)}; ids must be unique`);
    firstSeen.set(row.id, i);
    const occurredAt = normalizeTime(row.occurredAt);
    if (occurredAt === null)
      throw invalid(
        'occurredAt',
        `${at}: occurredAt: "${String(row.occurredAt)}" is not a date (YYYY-MM-DD) or a date and time with its zone (2026-03-01T09:30:00Z)`,
      );
    const item: PopulationItem = { id: row.id, occurredAt };
    if (row.attributes !== undefined) {
      if (row.attributes === null || typeof row.attributes !== 'object' || Array.isArray(row.attributes))
        throw invalid('attributes', `${at}: attributes: must be an object of text values`);
      const entries = Object.entries(row.attributes);
      for (const [k, v] of entries)
        if (typeof v !== 'string') throw invalid('attributes', `${at}: attributes: "${k}" must be text`);
        else if (LONE_SURROGATE.test(k) || LONE_SURROGATE.test(v))
          throw invalid('attributes', `${at}: attributes: "${k}" contains a broken character`);
        else if (ASTRAL.test(k))
          throw invalid(
            'attributes',
            `${at}: attributes: the name "${k}" may not contain emoji or other characters beyond U+FFFF`,
          );
      if (entries.length > 0) item.attributes = { ...row.attributes };
    }
    return item;
  });
  items.sort(compareItems);
  let text = '';
  for (const item of items) text += `${canonicalJson(item)}\n`;
  return { items, text, hash: sha256Hex(text) };
}

/**
 * Reads a population file (JSON lines; blank lines ignored; any order and key order) back into a
 * population. The hash is of the canonical text, so a file that was only reformatted keeps its hash.
 */
export function parsePopulationFile(text: string, name = 'population file'): Population {
  const rows: PopulationRowInput[] = [];
  const lines: number[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') return;
    const at = `${name}, line ${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw invalid('population', `${at}: not a JSON object`);
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      throw invalid('population', `${at}: not a JSON object`);
    const obj = value as Record<string, unknown>;
    for (const k of Object.keys(obj))
      if (k !== 'id' && k !== 'occurredAt' && k !== 'attributes')
        throw invalid('population', `${at}: "${k}" is not a population field (id, occurredAt, attributes)`);
    if (typeof obj.occurredAt !== 'string')
      throw invalid('occurredAt', `${at}: occurredAt: every item needs a date and time`);
    rows.push(obj as unknown as PopulationRowInput);
    lines.push(i + 1);
  });
  return buildPopulation(rows, (i) => `${name}, line ${lines[i]}`);
}

// ---------------------------------------------------------------------------------------------
// Seed and selection

/** Names the purpose inside the hashed bytes, so a seed can never equal a hash made for anything else. */
export const SAMPLE_SEED_DOMAIN = 'vigil.sample-seed/v1';

const HEX64 = /^[0-9a-f]{64}$/;

/**
 * The seed of a draw: SHA-256 over the canonical JSON array
 * `["vigil.sample-seed/v1", engagementId, controlId, populationHash]`, lowercase hex. Nothing else
 * enters it (no clock, no random bytes), so the same engagement, control and population always
 * give the same seed, and only a different population gives another.
 */
export function sampleSeed(input: {
  engagementId: string;
  controlId: string;
  populationHash: string;
}): string {
  if (input.engagementId.trim() === '') throw invalid('engagementId', 'engagementId: required');
  if (input.controlId.trim() === '') throw invalid('controlId', 'controlId: required');
  if (!HEX64.test(input.populationHash))
    throw invalid('populationHash', 'populationHash: must be a SHA-256 in lowercase hex (64 characters)');
  return sha256Hex(
    canonicalJson([SAMPLE_SEED_DOMAIN, input.engagementId, input.controlId, input.populationHash]),
  );
}

const TWO_32 = 2 ** 32;

/**
 * Whole numbers from the seed: block k is SHA-256(seed bytes ‖ k as 4-byte big-endian), and each
 * draw reads the first 4 bytes of the next block as an unsigned big-endian number. `below(m)`
 * rejects the top of the range that does not divide evenly by m, so every index is equally likely.
 */
export function seededStream(seed: string) {
  if (!HEX64.test(seed)) throw invalid('seed', 'seed: must be a SHA-256 in lowercase hex (64 characters)');
  // Uint8Array and DataView rather than Buffer: the web bundle imports core too.
  const block = new Uint8Array(36);
  for (let i = 0; i < 32; i++) block[i] = Number.parseInt(seed.slice(i * 2, i * 2 + 2), 16);
  const view = new DataView(block.buffer);
  let counter = 0;
  const next32 = () => {
    if (counter >= TWO_32) throw new RangeError('the seed stream is exhausted');
    view.setUint32(32, counter);
    counter++;
    const digest = createHash('sha256').update(block).digest();
    return new DataView(digest.buffer, digest.byteOffset, 4).getUint32(0);
  };
  return {
    next32,
    below(m: number): number {
      if (!Number.isInteger(m) || m < 1 || m > TWO_32) throw new RangeError(`cannot draw below ${m}`);
      const limit = TWO_32 - (TWO_32 % m);
      for (;;) {
        const x = next32();
        if (x < limit) return x % m;
      }
    },
  };
}

export interface SelectedItem {
  /** Position in the sorted population, from 0. */
  index: number;
  /** The stratum it was drawn from, from 0. */
  stratum: number;
  item: PopulationItem;
}

/**
 * Picks `size` items spread over the period: the sorted population is cut into `size` strata,
 * stratum j holding positions floor(j·N/size) up to but not including floor((j+1)·N/size), and one
 * item is drawn from each in turn. Every stratum holds at least one item, and the items come back in
 * time order.
 */
export function selectSample(population: Population, size: number, seed: string): SelectedItem[] {
  const total = population.items.length;
  if (!isCount(size)) throw invalid('size', 'size: the sample size must be a whole number, zero or more');
  assertSampleFits(size, total);
  const stream = seededStream(seed);
  const out: SelectedItem[] = [];
  for (let j = 0; j < size; j++) {
    const start = Math.floor((j * total) / size);
    const end = Math.floor(((j + 1) * total) / size);
    const index = start + stream.below(end - start);
    out.push({ index, stratum: j, item: population.items[index]! });
  }
  return out;
}

export interface DrawnSample {
  populationHash: string;
  populationSize: number;
  seed: string;
  size: number;
  items: SelectedItem[];
}

/** The whole draw for one control of one engagement: seed from the population, then the selection. */
export function drawSample(input: {
  engagementId: string;
  controlId: string;
  population: Population;
  size: number;
}): DrawnSample {
  const seed = sampleSeed({ ...input, populationHash: input.population.hash });
  return {
    populationHash: input.population.hash,
    populationSize: input.population.items.length,
    seed,
    size: input.size,
    items: selectSample(input.population, input.size, seed),
  };
}

/** What a stored sample claims, as `vigil sample verify` and the audit package read it. */
export interface RecordedSample {
  engagementId: string;
  controlId: string;
  populationHash: string;
  seed: string;
  size: number;
  /** Ids of the selected items in the order they were drawn. */
  itemIds: string[];
}

/**
 * Redraws a recorded sample from its population file. Returns null when everything matches, or a
 * sentence naming the first thing that does not (the file's hash, the seed, or an item).
 */
export function verifySample(recorded: RecordedSample, populationText: string): string | null {
  let population: Population;
  try {
    population = parsePopulationFile(populationText);
  } catch (err) {
    return `The population file cannot be read: ${(err as Error).message}`;
  }
  if (population.hash !== recorded.populationHash)
    return `The population's hash is ${population.hash}, but the sample was drawn from ${recorded.populationHash}`;
  let seed: string;
  try {
    seed = sampleSeed(recorded);
  } catch (err) {
    return (err as Error).message;
  }
  if (seed !== recorded.seed) return `The seed should be ${seed}, but the sample records ${recorded.seed}`;
  let items: SelectedItem[];
  try {
    items = selectSample(population, recorded.size, seed);
  } catch (err) {
    return (err as Error).message;
  }
  if (recorded.itemIds.length !== items.length)
    return `The sample should have ${items.length} items, but it records ${recorded.itemIds.length}`;
  for (let i = 0; i < items.length; i++)
    if (items[i]!.item.id !== recorded.itemIds[i])
      return `Item ${i + 1} should be "${items[i]!.item.id}", but the sample records "${recorded.itemIds[i]}"`;
  return null;
}
