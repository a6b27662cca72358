import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineCheck, fail, need, pass } from './check.ts';
import { type CustomCheckError, compileCustomCheck } from './custom-check.ts';
import { evaluateChecks, evaluateForSweep } from './evaluate.ts';
import { defineResourceType } from './resource.ts';

const device = defineResourceType({
  type: 'test.device',
  title: 'Test device',
  description: 'A laptop, for these tests only',
  attributes: z.object({ encrypted: z.boolean().optional(), os: z.string().optional() }),
});

const encrypted = defineCheck({
  id: 'test.device.encrypted',
  title: 'Disk encrypted',
  description: 'The disk is encrypted',
  resourceType: device,
  severity: 'high',
  criteria: ['CC6.1'],
  controls: [],
  rationale: 'Encryption protects data on lost devices.',
  remediation: 'Turn on FileVault or BitLocker.',
  evaluate: (a) =>
    need(a.encrypted, 'encrypted')
      ? pass('disk is encrypted')
      : fail('disk is not encrypted', 'encrypted', true, false),
});

const resource = (id: string, attributes: Record<string, unknown>) => ({
  source: 'test',
  type: 'test.device',
  externalId: id,
  name: id,
  attributes,
});
const now = new Date('2026-06-01T00:00:00Z');

describe('check evaluation', () => {
  it('passes, fails with attribute/expected/actual, and errors on a missing or malformed input', () => {
    const results = evaluateChecks(
      [encrypted as never],
      [
        resource('a', { encrypted: true }),
        resource('b', { encrypted: false }),
        resource('c', {}),
        resource('d', { encrypted: 'yes' }),
      ],
      now,
    );
    expect(results.map((r) => r.status)).toEqual(['pass', 'fail', 'error', 'error']);
    expect(results[1]).toMatchObject({ attribute: 'encrypted', expected: true, actual: false });
    expect(results[2]!.reason).toBe('missing input: encrypted');
    expect(results[3]!.reason).toMatch(/^invalid input: encrypted/);
  });

  it('only evaluates resources of the check’s type', () => {
    expect(
      evaluateChecks([encrypted as never], [{ ...resource('x', { encrypted: true }), type: 'other' }], now),
    ).toEqual([]);
  });
});

describe('custom CEL checks', () => {
  const spec = {
    id: 'custom.device.macos_current',
    title: 'macOS is current',
    resourceType: 'test.device',
    severity: 'medium',
    expression: 'resource.os.startsWith("macOS 15")',
  };

  it('evaluates the expression against the attributes', () => {
    const check = compileCustomCheck(spec);
    const results = evaluateChecks(
      [check as never],
      [resource('a', { os: 'macOS 15.2' }), resource('b', { os: 'macOS 12.7' })],
      now,
    );
    expect(results.map((r) => r.status)).toEqual(['pass', 'fail']);
  });

  it('turns a missing attribute or a non-boolean into an error, never a pass', () => {
    const check = compileCustomCheck(spec);
    expect(evaluateChecks([check as never], [resource('c', {})], now)[0]!.status).toBe('error');
    const numeric = compileCustomCheck({ ...spec, expression: '1 + 1' });
    expect(evaluateChecks([numeric as never], [resource('d', { os: 'x' })], now)[0]!.reason).toMatch(
      /expected a boolean/,
    );
  });

  it('refuses bad definitions on save, naming the field', () => {
    const bad = (over: Record<string, unknown>) => {
      try {
        compileCustomCheck({ ...spec, ...over });
      } catch (err) {
        return (err as CustomCheckError).field;
      }
      return 'accepted';
    };
    expect(bad({ expression: 'resource.os ==' })).toBe('expression');
    expect(bad({ resourceType: 'nope.thing' })).toBe('resourceType');
    expect(bad({ id: 'mine' })).toBe('id');
    expect(bad({ severity: 'urgent' })).toBe('severity');
  });
});

describe('evaluation for a sweep', () => {
  const other = defineCheck({
    ...encrypted,
    id: 'test.device.os',
    evaluate: (a) => (a.os ? pass('os') : fail('no os', 'os', 'set', a.os)),
  });
  const checks = [encrypted, other] as never[];
  const fleet = [
    resource('a', { encrypted: true, os: 'x' }),
    resource('b', { encrypted: false }),
    resource('c', { os: 7 }),
  ];

  it('gives the same results as evaluateChecks, resource by resource', () => {
    const { results } = evaluateForSweep(checks, fleet, now);
    const sort = (rs: { checkId: string; resourceKey: string }[]) =>
      [...rs].sort((x, y) => `${x.checkId}${x.resourceKey}`.localeCompare(`${y.checkId}${y.resourceKey}`));
    expect(sort(results)).toEqual(sort(evaluateChecks(checks, fleet, now)));
  });

  it("digests each resource's statuses exactly, and the check list they belong to", () => {
    const { states } = evaluateForSweep(checks, fleet, now);
    const [a, b, c] = ['test|test.device|a', 'test|test.device|b', 'test|test.device|c'].map(
      (k) => states.get(k)!,
    );
    expect(a!.endsWith(':pp')).toBe(true);
    expect(b!.endsWith(':ff')).toBe(true);
    expect(c!.endsWith(':ee')).toBe(true);
    const again = evaluateForSweep(checks, [resource('a', { encrypted: true, os: 'y' })], now);
    expect(again.states.get('test|test.device|a')).toBe(a);
    const fewer = evaluateForSweep([encrypted] as never[], fleet, now);
    expect(fewer.states.get('test|test.device|a')!.split(':')[0]).not.toBe(a!.split(':')[0]);
  });

  it('keeps only the results of the resources asked for, and still digests and counts every one', () => {
    const all = evaluateForSweep(checks, fleet, now);
    const onlyB = evaluateForSweep(checks, fleet, now, undefined, (key) => key.endsWith('|b'));
    expect(onlyB.results).toEqual(all.results.filter((r) => r.resourceKey.endsWith('|b')));
    expect(onlyB.results).toHaveLength(2);
    expect(onlyB.states).toEqual(all.states);
    expect(onlyB.counts).toEqual({ pass: 2, fail: 2, error: 2, not_applicable: 0 });
    expect(evaluateForSweep(checks, fleet, now, undefined, () => false).results).toEqual([]);
  });
});
