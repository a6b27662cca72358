import { describe, expect, it } from 'vitest';
import { layOver } from './partial.ts';
import type { Resource } from './resource.ts';

const account = (attributes: Record<string, unknown>): Resource => ({
  source: 'aws',
  type: 'aws.account',
  externalId: '123456789012',
  name: 'AWS account 123456789012',
  attributes,
});

describe('a part laid over the stored resource', () => {
  const stored = {
    accountId: '123456789012',
    rootAccessKeysActive: true,
    passwordPolicy: { minimumLength: 8 },
  };

  it('keeps the attributes other files supplied and replaces its own', () => {
    const policy = account({ accountId: '123456789012', passwordPolicy: null });
    const part = { attributes: ['passwordPolicy'], listsAll: false };
    expect(layOver(stored, policy, part).attributes).toEqual({
      accountId: '123456789012',
      rootAccessKeysActive: true,
      passwordPolicy: null,
    });
  });

  it('drops an attribute of its own that the new file no longer has', () => {
    const root = account({ accountId: '123456789012' });
    const part = { attributes: ['rootAccessKeysActive', 'rootMfaActive'], listsAll: true };
    expect(layOver(stored, root, part).attributes).toEqual({
      accountId: '123456789012',
      passwordPolicy: { minimumLength: 8 },
    });
  });
});
