import { collectorFields } from '@vigil/monitoring';
import { describe, expect, it } from 'vitest';
import { IMPORTERS } from './index.ts';
import { collectorById, LIVE_COLLECTORS } from './live.ts';

describe('live collectors', () => {
  it('have unique ids distinct from the importers and share their sources', () => {
    const ids = LIVE_COLLECTORS.map((c) => c.id);
    expect(ids).toEqual(['aws.live', 'github.live', 'okta.live', 'tls.probe']);
    expect(new Set([...ids, ...IMPORTERS.map((i) => i.id)]).size).toBe(ids.length + IMPORTERS.length);
    expect(collectorById('github.live')?.source).toBe(
      IMPORTERS.find((i) => i.id === 'github.bundle')?.source,
    );
  });

  it('keep every secret out of the settings', () => {
    const secrets = (id: string) =>
      collectorFields(collectorById(id)!)
        .filter((f) => f.secret)
        .map((f) => f.name);
    expect(secrets('aws.live')).toEqual(['accessKeyId', 'secretAccessKey', 'sessionToken']);
    expect(secrets('github.live')).toEqual(['token']);
    expect(secrets('okta.live')).toEqual(['token']);
    expect(secrets('tls.probe')).toEqual([]);
  });

  it('describe their fields for a form', () => {
    expect(collectorFields(collectorById('aws.live')!)).toEqual([
      expect.objectContaining({ name: 'regions', type: 'string[]', required: false, secret: false }),
      expect.objectContaining({ name: 'endpoint', type: 'url', required: false }),
      expect.objectContaining({ name: 'maxAttempts', type: 'number', required: false }),
      expect.objectContaining({ name: 'accessKeyId', label: 'Access key id', required: true, secret: true }),
      expect.objectContaining({ name: 'secretAccessKey', required: true, secret: true }),
      expect.objectContaining({ name: 'sessionToken', required: false, secret: true }),
    ]);
    expect(collectorFields(collectorById('tls.probe')!).map((f) => [f.name, f.type, f.required])).toEqual([
      ['endpoints', 'string[]', true],
      ['timeoutMs', 'number', false],
      ['ca', 'text', false],
    ]);
  });

  it('validate settings with errors that name the field', () => {
    const tls = collectorById('tls.probe')!;
    const r = tls.config.safeParse({ endpoints: ['https://ok.example', 'http://plain.example'] });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ path: ['endpoints', 1], message: 'must be an https:// URL' });
  });
});
