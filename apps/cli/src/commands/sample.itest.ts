import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../test/cli-harness.ts';

// The worked example of docs/sampling.md: 30 changes three days apart.
const populationLines = Array.from({ length: 30 }, (_, i) => {
  const at = new Date(Date.UTC(2026, 0, 1, 9) + 3 * i * 86_400_000).toISOString();
  return JSON.stringify({ id: `CHG-${String(i + 1).padStart(3, '0')}`, occurredAt: at });
});
const EXAMPLE_HASH = '20b67fb69931cc969b83922a002512e6f7bb1759db65449c7db41821ac8f95c1';
// Each run starts the whole CLI through tsx, several seconds apiece on a busy machine.
const TIMEOUT = 120_000;
const EXAMPLE_SEED = '323a1907aa2562d8a50ab8bd17b2dfbbeada302aa7e909a0a4b09e6ac8448433';

describe('vigil sample draw / verify', () => {
  let dir: string;
  const file = (name: string) => join(dir, name);
  // Offline commands: the data directory is never opened, so an empty folder path will do.
  const vigil = (...args: string[]) => runCli(['sample', ...args], file('no-data'));

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vigil-sample-'));
    writeFileSync(file('population.jsonl'), `${populationLines.join('\n')}\n`);
    const r = await vigil(
      'draw',
      '--population',
      file('population.jsonl'),
      '--engagement',
      'eng-1',
      '--control',
      'CC8.1',
      '--size',
      '8',
      '--out',
      file('sample.json'),
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Drew 8 items from 30 into ${file('sample.json')}`);
  }, TIMEOUT);
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  const verify = (population = 'population.jsonl', sample = 'sample.json') =>
    vigil('verify', '--population', file(population), '--sample', file(sample));

  it(
    'writes the recorded sample the documented example gives, and verifies it',
    async () => {
      expect(JSON.parse(readFileSync(file('sample.json'), 'utf8'))).toEqual({
        engagementId: 'eng-1',
        controlId: 'CC8.1',
        populationHash: EXAMPLE_HASH,
        seed: EXAMPLE_SEED,
        size: 8,
        itemIds: ['CHG-001', 'CHG-006', 'CHG-011', 'CHG-014', 'CHG-018', 'CHG-019', 'CHG-025', 'CHG-029'],
      });
      const r = await verify();
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout.trim()).toBe(
        `Sample of 8 items from 30 verified: population SHA-256 ${EXAMPLE_HASH}, seed ${EXAMPLE_SEED}`,
      );
    },
    TIMEOUT,
  );

  it(
    'prints the recorded sample without --out, and refuses a size larger than the population',
    async () => {
      const args = ['--population', file('population.jsonl'), '--engagement', 'eng-1', '--control', 'CC8.1'];
      const printed = await vigil('draw', ...args, '--size', '8');
      expect(printed.code).toBe(0);
      expect(printed.stdout).toBe(readFileSync(file('sample.json'), 'utf8'));
      const tooMany = await vigil('draw', ...args, '--size', '31');
      expect(tooMany.code).toBe(2);
      expect(tooMany.stderr).toContain('a sample of 31 items is larger than the population of 30 items');
    },
    TIMEOUT,
  );

  it(
    'names the hash when one byte of the population changed',
    async () => {
      const text = readFileSync(file('population.jsonl'), 'utf8');
      const changed = text.replace('"CHG-017"', '"CHG-0l7"');
      expect(changed).not.toBe(text);
      expect(changed.length).toBe(text.length);
      writeFileSync(file('changed.jsonl'), changed);
      const r = await verify('changed.jsonl');
      expect(r.code).toBe(1);
      expect(r.stdout).toContain(`but the sample was drawn from ${EXAMPLE_HASH}`);
      expect(r.stdout).toContain("The population's hash is ");
    },
    TIMEOUT,
  );

  it(
    'names the item when the recorded sample was edited',
    async () => {
      const recorded = JSON.parse(readFileSync(file('sample.json'), 'utf8'));
      recorded.itemIds[2] = 'CHG-012';
      writeFileSync(file('edited.json'), JSON.stringify(recorded, null, 2));
      const r = await verify('population.jsonl', 'edited.json');
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('Item 3 should be "CHG-011", but the sample records "CHG-012"');
    },
    TIMEOUT,
  );

  it(
    'exits 2 naming the file and line of a malformed population line',
    async () => {
      const lines = [...populationLines];
      lines[3] = '{"id":"CHG-004","occurredAt":';
      writeFileSync(file('broken.jsonl'), `${lines.join('\n')}\n`);
      const r = await verify('broken.jsonl');
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`${file('broken.jsonl')}, line 4: not a JSON object`);
    },
    TIMEOUT,
  );

  it(
    'exits 2 naming the file of a sample that is not JSON, lacks a field, or a file that is missing',
    async () => {
      writeFileSync(file('bad.json'), '{\n  "engagementId": "eng-1",\n}\n');
      const bad = await verify('population.jsonl', 'bad.json');
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain(`${file('bad.json')}, line 3: not valid JSON`);

      writeFileSync(file('partial.json'), JSON.stringify({ engagementId: 'eng-1' }));
      const partial = await verify('population.jsonl', 'partial.json');
      expect(partial.code).toBe(2);
      expect(partial.stderr).toContain(`${file('partial.json')}: "controlId" must be text`);

      const missing = await verify('missing.jsonl');
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain(`--population: cannot read ${file('missing.jsonl')}`);
    },
    TIMEOUT,
  );
});
