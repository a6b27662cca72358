import { describe, expect, it } from 'vitest';
import { oneOf, pageNo, parseSearch, str, stringifySearch } from './search.ts';

const APPLICABLE = ['true', 'false'] as const;

describe('search params as plain strings', () => {
  it('reads a URL a person typed: ?applicable=false is the filter "not applicable"', () => {
    const s = parseSearch('?applicable=false&page=2&q=123');
    expect(s).toEqual({ applicable: 'false', page: '2', q: '123' });
    expect(oneOf(s.applicable, APPLICABLE)).toBe('false');
    expect(pageNo(s.page)).toBe(2);
    expect(str(s.q)).toBe('123');
  });

  it('writes plain values, never JSON-quoted ones', () => {
    expect(stringifySearch({ applicable: 'false', status: 'implemented', page: 2, q: undefined })).toBe(
      '?applicable=false&status=implemented&page=2',
    );
    expect(stringifySearch({})).toBe('');
    expect(stringifySearch({ q: 'a b&c' })).toBe('?q=a+b%26c');
  });

  it('round-trips what the UI writes', () => {
    const search = { applicable: 'true', category: 'availability', q: 'MFA "admin"', page: 3 };
    const back = parseSearch(stringifySearch(search));
    expect(oneOf(back.applicable, APPLICABLE)).toBe('true');
    expect(str(back.category)).toBe('availability');
    expect(str(back.q)).toBe('MFA "admin"');
    expect(pageNo(back.page)).toBe(3);
  });

  it('ignores values a filter does not know, and booleans passed by code become their words', () => {
    expect(oneOf('"false"', APPLICABLE)).toBeUndefined();
    expect(oneOf('maybe', APPLICABLE)).toBeUndefined();
    expect(oneOf(false, APPLICABLE)).toBe('false');
    expect(pageNo('1')).toBeUndefined();
    expect(pageNo('two')).toBeUndefined();
    expect(str('')).toBeUndefined();
  });
});
