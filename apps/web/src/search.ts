/**
 * Search params as people read and type them: every value is a plain string (`?applicable=false`,
 * `?page=2`), never JSON. TanStack Router's default turns `false` into a boolean when reading and writes
 * the string "false" back as `%22false%22`, so a typed URL was ignored and the UI's own looked odd.
 * Routes' `validateSearch` narrow these strings with the helpers below.
 */

/** `?a=1&b=x` → `{ a: '1', b: 'x' }`; a repeated key keeps its first value. */
export function parseSearch(searchStr: string): Record<string, string> {
  const params = new URLSearchParams(searchStr.startsWith('?') ? searchStr.slice(1) : searchStr);
  const out: Record<string, string> = {};
  for (const [key, value] of params) if (!(key in out)) out[key] = value;
  return out;
}

/** `{ applicable: 'false', page: 2 }` → `?applicable=false&page=2`; undefined, null and '' are left out. */
export function stringifySearch(search: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, typeof value === 'object' ? JSON.stringify(value) : String(value));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** A scalar as a string (booleans and numbers too, should code pass them), or undefined. */
const text = (v: unknown) =>
  typeof v === 'string' ? v : typeof v === 'boolean' || typeof v === 'number' ? String(v) : undefined;

/** A non-empty string. */
export const str = (v: unknown) => {
  const s = text(v);
  return s && s.length > 0 ? s : undefined;
};

/** A page number above 1 (page 1 is the default and stays out of the URL). */
export const pageNo = (v: unknown) => {
  const s = text(v);
  if (!s || !/^\d+$/.test(s)) return undefined;
  const n = Number(s);
  return n > 1 ? n : undefined;
};

/** One of the allowed values (`'true'`/`'false'` for yes-no filters), or undefined. */
export const oneOf = <T extends string>(v: unknown, allowed: readonly T[]) => {
  const s = text(v);
  return s !== undefined && allowed.includes(s as T) ? (s as T) : undefined;
};
