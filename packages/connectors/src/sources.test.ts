import { titledSources } from '@vigil/monitoring';
import { describe, expect, it } from 'vitest';
import { IMPORTERS, LIVE_COLLECTORS } from './index.ts';

describe('source titles', () => {
  it('names every source an importer or collector records, as customers read it', () => {
    const sources = new Set([...IMPORTERS.map((i) => i.source), ...LIVE_COLLECTORS.map((c) => c.source)]);
    const untitled = [...sources].filter((s) => !titledSources().includes(s));
    expect(untitled).toEqual([]);
  });
});
