import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { plainMessage } from './plain-message.ts';

/** The message the validator itself writes for `value`, so the cases follow the real library. */
const said = (schema: z.ZodType, value: unknown) => {
  const parsed = schema.safeParse(value);
  if (parsed.success) throw new Error('expected a validation failure');
  return parsed.error.issues[0]!.message;
};

describe('plainMessage', () => {
  it.each([
    [z.string().min(1), '', 'Fill this in'],
    [z.string().min(12), 'abc', 'Must be at least 12 characters'],
    [z.string().max(3), 'abcdef', 'Must be at most 3 characters'],
    [z.array(z.string()).min(1), [], 'Choose at least one'],
    [z.number().min(1), 0, 'Must be at least 1'],
    [z.number().max(5), 9, 'Must be at most 5'],
    [z.string(), undefined, 'Fill this in'],
    [z.number().int(), 1.5, 'Enter a whole number'],
    [z.number(), 'x', 'Enter a number'],
    [z.email(), 'x', 'Enter an email address, like name@example.com'],
    [z.url(), 'x', 'Enter a full web address, starting with https://'],
    [z.iso.date(), 'x', 'Enter a date'],
    [z.enum(['a', 'b']), 'c', 'Choose one of the options'],
    [z.string().regex(/^a/), 'b', 'This is not in the expected format'],
  ] as const)('%#: turns the validator’s words into plain ones', (schema, value, words) => {
    const raw = said(schema, value);
    expect(raw).not.toBe(words);
    expect(plainMessage(raw)).toBe(words);
  });

  it('keeps messages written for people', () => {
    expect(plainMessage('The window must be at least 3 months for a Type II report')).toBe(
      'The window must be at least 3 months for a Type II report',
    );
    expect(plainMessage(said(z.string().min(1, 'Enter a name'), ''))).toBe('Enter a name');
  });
});
