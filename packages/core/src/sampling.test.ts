import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  buildPopulation,
  compareCodePoints,
  DEFAULT_SAMPLE_SIZES,
  drawSample,
  parsePopulationFile,
  type RecordedSample,
  resolveSampleSize,
  SAMPLING_FREQUENCIES,
  sampleSeed,
  samplingBasisFor,
  seededStream,
  selectSample,
  tableSampleSize,
  validateSampleSizeTable,
  verifySample,
} from './sampling.ts';

const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const events = { kind: 'events' } as const;

/** 30 changes, one every three days from 1 January 2026 at 09:00 UTC. */
const changes = Array.from({ length: 30 }, (_, i) => ({
  id: `CHG-${String(i + 1).padStart(3, '0')}`,
  occurredAt: new Date(Date.UTC(2026, 0, 1 + i * 3, 9)).toISOString(),
}));

describe('sample size table', () => {
  it('gives the default size for every frequency', () => {
    const size = (frequency: (typeof SAMPLING_FREQUENCIES)[number]) =>
      tableSampleSize(DEFAULT_SAMPLE_SIZES, { kind: 'frequency', frequency }, 1000);
    expect(SAMPLING_FREQUENCIES.map(size)).toEqual([1, 2, 2, 5, 25, 40]);
  });

  it('sizes event populations at every band boundary', () => {
    const at = (n: number) => tableSampleSize(DEFAULT_SAMPLE_SIZES, events, n);
    expect([0, 1, 10, 11, 50, 51, 250, 251, 100_000].map(at)).toEqual([0, 1, 10, 8, 8, 15, 15, 25, 25]);
  });

  it('maps the library frequencies onto table rows', () => {
    expect(samplingBasisFor('per_event')).toEqual(events);
    expect(samplingBasisFor('continuous')).toEqual({ kind: 'frequency', frequency: 'several_times_a_day' });
    expect(samplingBasisFor('quarterly')).toEqual({ kind: 'frequency', frequency: 'quarterly' });
  });

  it('tests the whole population when the table asks for more items than there are', () => {
    const daily = { kind: 'frequency', frequency: 'daily' } as const;
    const r = resolveSampleSize({ table: DEFAULT_SAMPLE_SIZES, basis: daily, populationSize: 20 });
    expect(r).toEqual({ size: 20, source: 'table', wholePopulation: true });
    expect(resolveSampleSize({ table: DEFAULT_SAMPLE_SIZES, basis: daily, populationSize: 300 })).toEqual({
      size: 25,
      source: 'table',
      wholePopulation: false,
    });
    expect(resolveSampleSize({ table: DEFAULT_SAMPLE_SIZES, basis: events, populationSize: 0 }).size).toBe(0);
  });

  it('accepts an override with a reason', () => {
    expect(
      resolveSampleSize({
        table: DEFAULT_SAMPLE_SIZES,
        basis: events,
        populationSize: 60,
        override: { size: 30, reason: '  Exceptions found in the prior period  ' },
      }),
    ).toEqual({
      size: 30,
      source: 'override',
      wholePopulation: false,
      reason: 'Exceptions found in the prior period',
    });
  });

  it('refuses an override without a reason, of a bad size, or larger than the population', () => {
    const base = { table: DEFAULT_SAMPLE_SIZES, basis: events, populationSize: 12 };
    expect(() => resolveSampleSize({ ...base, override: { size: 10, reason: '   ' } })).toThrow(/^reason: /);
    expect(() => resolveSampleSize({ ...base, override: { size: 2.5, reason: 'r' } })).toThrow(
      /^size: .*whole/,
    );
    expect(() => resolveSampleSize({ ...base, override: { size: 0, reason: 'r' } })).toThrow(/at least 1/);
    expect(() => resolveSampleSize({ ...base, override: { size: 13, reason: 'r' } })).toThrow(
      'size: a sample of 13 items is larger than the population of 12 items',
    );
    expect(resolveSampleSize({ ...base, override: { size: 12, reason: 'r' } }).wholePopulation).toBe(true);
  });

  it('takes an organization table and refuses one that cannot work', () => {
    const own = validateSampleSizeTable({
      byFrequency: { ...DEFAULT_SAMPLE_SIZES.byFrequency, daily: 30 },
      eventBands: [
        { minItems: 6, size: 5 },
        { minItems: 101, size: 20 },
      ],
    });
    expect(own.eventBands.map((b) => b.minItems)).toEqual([101, 6]);
    expect(tableSampleSize(own, events, 5)).toBe(5);
    expect(tableSampleSize(own, events, 6)).toBe(5);
    expect(tableSampleSize(own, events, 101)).toBe(20);
    expect(tableSampleSize(own, { kind: 'frequency', frequency: 'daily' }, 400)).toBe(30);

    const bad = (patch: Partial<typeof DEFAULT_SAMPLE_SIZES>) => () =>
      validateSampleSizeTable({ ...DEFAULT_SAMPLE_SIZES, ...patch });
    expect(bad({ byFrequency: { ...DEFAULT_SAMPLE_SIZES.byFrequency, weekly: 0 } })).toThrow(
      /^byFrequency.weekly: /,
    );
    expect(bad({ eventBands: [{ minItems: 10, size: 11 }] })).toThrow(
      'eventBands[0]: a sample of 11 cannot be drawn from a population of 10 items',
    );
    expect(
      bad({
        eventBands: [
          { minItems: 10, size: 5 },
          { minItems: 10, size: 8 },
        ],
      }),
    ).toThrow(/^eventBands\[1\]: another band/);
  });
});

describe('population', () => {
  it('writes one canonical line per item in time order and hashes that text', () => {
    const p = buildPopulation([
      { id: 'b', occurredAt: '2026-03-01T10:00:00+02:00', attributes: { title: 'Fix', author: 'ann' } },
      { id: 'a', occurredAt: '2026-03-01' },
      { id: 'c', occurredAt: new Date('2026-02-01T00:00:00Z'), attributes: {} },
    ]);
    expect(p.text).toBe(
      '{"id":"c","occurredAt":"2026-02-01T00:00:00.000Z"}\n' +
        '{"id":"a","occurredAt":"2026-03-01T00:00:00.000Z"}\n' +
        '{"attributes":{"author":"ann","title":"Fix"},"id":"b","occurredAt":"2026-03-01T08:00:00.000Z"}\n',
    );
    expect(p.hash).toBe(createHash('sha256').update(p.text, 'utf8').digest('hex'));
  });

  it('breaks time ties by id in code point order', () => {
    const at = '2026-01-01T00:00:00Z';
    // UTF-16 order would put U+FF5E before U+1F600; code points (and UTF-8 bytes) do not.
    const p = buildPopulation([
      { id: '😀', occurredAt: at },
      { id: '～', occurredAt: at },
      { id: 'B', occurredAt: at },
      { id: 'a', occurredAt: at },
    ]);
    expect(p.items.map((i) => i.id)).toEqual(['B', 'a', '～', '😀']);
    expect(compareCodePoints('ab', 'a')).toBeGreaterThan(0);
    expect(compareCodePoints('a', 'a')).toBe(0);
  });

  it('hashes an empty population as the empty file', () => {
    const p = buildPopulation([]);
    expect(p).toEqual({ items: [], text: '', hash: EMPTY_SHA256 });
  });

  it('refuses duplicate ids naming both rows', () => {
    expect(() =>
      buildPopulation([
        { id: 'X-1', occurredAt: '2026-01-01' },
        { id: 'X-2', occurredAt: '2026-01-02' },
        { id: 'X-1', occurredAt: '2026-01-03' },
      ]),
    ).toThrow('row 3: id: "X-1" is also the id of row 1; ids must be unique');
  });

  it('refuses missing ids and times that are not instants', () => {
    expect(() => buildPopulation([{ id: ' ', occurredAt: '2026-01-01' }])).toThrow(/^row 1: id: /);
    for (const occurredAt of [
      '2026-02-30',
      '2026-01-01T09:00:00',
      '01/02/2026',
      '2026-01-01T09:00:00.1234Z',
      '',
    ])
      expect(() => buildPopulation([{ id: 'a', occurredAt }]), occurredAt).toThrow(/^row 1: occurredAt: /);
    expect(() => buildPopulation([{ id: 'a', occurredAt: new Date(Number.NaN) }])).toThrow(/occurredAt/);
    expect(() =>
      buildPopulation([{ id: 'a', occurredAt: '2026-01-01', attributes: { n: 1 as unknown as string } }]),
    ).toThrow('row 1: attributes: "n" must be text');
    expect(() => buildPopulation([{ id: 'a\ud800', occurredAt: '2026-01-01' }])).toThrow(
      /^row 1: id: .*broken/,
    );
    expect(() => buildPopulation([{ id: 'a😀', occurredAt: '2026-01-01' }])).not.toThrow();
    expect(() =>
      buildPopulation([{ id: 'a', occurredAt: '2026-01-01', attributes: { 'size 😀': 'big 😀' } }]),
    ).toThrow(/^row 1: attributes: the name "size 😀" may not contain emoji/);
  });

  it('reads a population file back to the same hash, whatever its order and spacing', () => {
    const p = buildPopulation(changes);
    const reformatted = `${[...p.text.trim().split('\n')]
      .reverse()
      .map((l) => JSON.stringify(JSON.parse(l), null, 1).replace(/\n/g, ''))
      .join('\r\n')}\r\n\r\n`;
    const again = parsePopulationFile(reformatted);
    expect(again.hash).toBe(p.hash);
    expect(again.text).toBe(p.text);
  });

  it('names the file line at fault', () => {
    const ok = '{"id":"a","occurredAt":"2026-01-01T00:00:00.000Z"}';
    expect(() => parsePopulationFile(`${ok}\n\nnot json\n`)).toThrow(
      'population file, line 3: not a JSON object',
    );
    expect(() => parsePopulationFile(`${ok}\n{"id":"b","when":"x"}`, 'changes.jsonl')).toThrow(
      'changes.jsonl, line 2: "when" is not a population field',
    );
    expect(() => parsePopulationFile(`${ok}\n${ok}`)).toThrow(
      'population file, line 2: id: "a" is also the id of population file, line 1',
    );
    expect(() => parsePopulationFile('{"id":"a"}')).toThrow(/line 1: occurredAt: /);
    expect(() => parsePopulationFile('{"id":7,"occurredAt":"2026-01-01"}')).toThrow(/line 1: id: .*text/);
  });
});

describe('seed', () => {
  it('is SHA-256 over the domain-separated canonical array (known vector)', () => {
    const seed = sampleSeed({ engagementId: 'e', controlId: 'c', populationHash: EMPTY_SHA256 });
    expect(seed).toBe('3128536e03181a7cb9a6e8e1ce50b9c1a76cc9dc86ccd17b0af0fb8c5c9616af');
    expect(seed).toBe(
      createHash('sha256').update(`["vigil.sample-seed/v1","e","c","${EMPTY_SHA256}"]`).digest('hex'),
    );
  });

  it('changes with each input, and the array keeps the fields apart', () => {
    const base = { engagementId: 'eng-1', controlId: 'CC8.1', populationHash: EMPTY_SHA256 };
    const seeds = new Set([
      sampleSeed(base),
      sampleSeed({ ...base, engagementId: 'eng-2' }),
      sampleSeed({ ...base, controlId: 'CC8.2' }),
      sampleSeed({ ...base, populationHash: 'f'.repeat(64) }),
      sampleSeed({ ...base, engagementId: 'eng-1CC8', controlId: '.1' }),
    ]);
    expect(seeds.size).toBe(5);
  });

  it('refuses a hash that is not lowercase SHA-256 hex', () => {
    expect(() =>
      sampleSeed({ engagementId: 'e', controlId: 'c', populationHash: EMPTY_SHA256.toUpperCase() }),
    ).toThrow(/^populationHash: /);
  });
});

describe('seeded stream', () => {
  it('reads block k as SHA-256(seed bytes, k as 4 bytes big-endian)', () => {
    const seed = '00'.repeat(32);
    const stream = seededStream(seed);
    for (let k = 0; k < 3; k++) {
      const expected = createHash('sha256')
        .update(Buffer.concat([Buffer.alloc(32), Buffer.from([0, 0, 0, k])]))
        .digest()
        .readUInt32BE(0);
      expect(stream.next32()).toBe(expected);
    }
  });

  it('always returns 0 below 1 and stays within range', () => {
    const stream = seededStream('ab'.repeat(32));
    expect(stream.below(1)).toBe(0);
    for (let i = 0; i < 200; i++) {
      const x = stream.below(7);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(7);
    }
  });
});

describe('selection', () => {
  const population = buildPopulation(changes);

  it('draws fixed items from fixed inputs (known vector)', () => {
    expect(population.hash).toBe('20b67fb69931cc969b83922a002512e6f7bb1759db65449c7db41821ac8f95c1');
    const drawn = drawSample({ engagementId: 'eng-1', controlId: 'CC8.1', population, size: 8 });
    expect(drawn.seed).toBe('323a1907aa2562d8a50ab8bd17b2dfbbeada302aa7e909a0a4b09e6ac8448433');
    expect(drawn.items.map((s) => s.item.id)).toEqual([
      'CHG-001',
      'CHG-006',
      'CHG-011',
      'CHG-014',
      'CHG-018',
      'CHG-019',
      'CHG-025',
      'CHG-029',
    ]);
    expect(drawn.items.map((s) => s.index)).toEqual([0, 5, 10, 13, 17, 18, 24, 28]);
  });

  it('gives the same items for the same rows in any order, and others for a changed population', () => {
    const shuffled = buildPopulation([...changes].reverse());
    const a = drawSample({ engagementId: 'eng-1', controlId: 'CC8.1', population, size: 8 });
    const b = drawSample({ engagementId: 'eng-1', controlId: 'CC8.1', population: shuffled, size: 8 });
    expect(b).toEqual(a);

    const changed = buildPopulation(changes.slice(1));
    const c = drawSample({ engagementId: 'eng-1', controlId: 'CC8.1', population: changed, size: 8 });
    expect(changed.hash).not.toBe(population.hash);
    expect(c.seed).not.toBe(a.seed);
    expect(c.items.map((s) => s.item.id)).toEqual([
      'CHG-002',
      'CHG-008',
      'CHG-011',
      'CHG-014',
      'CHG-018',
      'CHG-021',
      'CHG-023',
      'CHG-028',
    ]);

    const renamed = buildPopulation(
      changes.map((r, i) => (i === 29 ? { ...r, attributes: { note: 'x' } } : r)),
    );
    expect(renamed.hash).not.toBe(population.hash);
  });

  it('draws one item from each stratum, spread over the period', () => {
    for (const [total, size] of [
      [30, 8],
      [251, 25],
      [7, 3],
      [100, 40],
    ] as const) {
      const p = buildPopulation(changes.length >= total ? changes.slice(0, total) : manyRows(total));
      const items = selectSample(
        p,
        size,
        sampleSeed({ engagementId: 'e', controlId: 'c', populationHash: p.hash }),
      );
      expect(items).toHaveLength(size);
      items.forEach((s, j) => {
        expect(s.stratum).toBe(j);
        expect(s.index).toBeGreaterThanOrEqual(Math.floor((j * total) / size));
        expect(s.index).toBeLessThan(Math.floor(((j + 1) * total) / size));
        expect(s.item).toBe(p.items[s.index]);
      });
      expect(new Set(items.map((s) => s.item.id)).size).toBe(size);
    }
  });

  it('takes every item when the sample is the whole population, and none from an empty one', () => {
    const all = selectSample(population, 30, 'ab'.repeat(32));
    expect(all.map((s) => s.index)).toEqual([...Array(30).keys()]);
    const empty = buildPopulation([]);
    expect(drawSample({ engagementId: 'e', controlId: 'c', population: empty, size: 0 }).items).toEqual([]);
    expect(() => drawSample({ engagementId: 'e', controlId: 'c', population: empty, size: 1 })).toThrow(
      'size: a sample of 1 items is larger than the population of 0 items',
    );
    expect(() => selectSample(population, 31, 'ab'.repeat(32))).toThrow(
      'size: a sample of 31 items is larger than the population of 30 items',
    );
  });
});

describe('verifying a recorded sample', () => {
  const population = buildPopulation(changes);
  const drawn = drawSample({ engagementId: 'eng-1', controlId: 'CC8.1', population, size: 8 });
  const recorded: RecordedSample = {
    engagementId: 'eng-1',
    controlId: 'CC8.1',
    populationHash: drawn.populationHash,
    seed: drawn.seed,
    size: 8,
    itemIds: drawn.items.map((s) => s.item.id),
  };

  it('accepts the sample redrawn from its file', () => {
    expect(verifySample(recorded, population.text)).toBeNull();
  });

  it('names what differs', () => {
    const edited = population.text.replace('CHG-030', 'CHG-031');
    expect(verifySample(recorded, edited)).toMatch(
      /^The population's hash is [0-9a-f]{64}, but the sample was drawn from 20b67f/,
    );
    expect(verifySample({ ...recorded, seed: '0'.repeat(64) }, population.text)).toMatch(
      /^The seed should be 323a19/,
    );
    const swapped = { ...recorded, itemIds: recorded.itemIds.map((id, i) => (i === 2 ? 'CHG-012' : id)) };
    expect(verifySample(swapped, population.text)).toBe(
      'Item 3 should be "CHG-011", but the sample records "CHG-012"',
    );
    expect(verifySample({ ...recorded, itemIds: recorded.itemIds.slice(1) }, population.text)).toBe(
      'The sample should have 8 items, but it records 7',
    );
    expect(verifySample({ ...recorded, populationHash: 'nope' }, population.text)).toMatch(
      /^The population's hash/,
    );
    expect(verifySample({ ...recorded, controlId: '' }, population.text)).toBe('controlId: required');
    expect(verifySample({ ...recorded, size: 31 }, population.text)).toBe(
      'size: a sample of 31 items is larger than the population of 30 items',
    );
    expect(verifySample(recorded, 'garbage')).toMatch(
      /^The population file cannot be read: population file, line 1/,
    );
  });
});

function manyRows(n: number) {
  return Array.from({ length: n }, (_, i) => ({
    id: `EV-${i}`,
    occurredAt: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString(),
  }));
}
