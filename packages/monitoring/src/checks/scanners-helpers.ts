/** Small helpers shared by the scanner checks: dates and short lists in reasons. */
import { MissingInput } from '../check.ts';

/** Milliseconds since the epoch for an ISO date; missing → MissingInput, unparseable → an Error naming it. */
export function needDate(value: string | undefined, attribute: string): number {
  if (value === undefined || value === '') throw new MissingInput(attribute);
  const t = Date.parse(value);
  if (Number.isNaN(t)) throw new Error(`${attribute} is not a valid date: ${JSON.stringify(value)}`);
  return t;
}

/** "a, b, c and 4 more": keeps reasons readable when a list is long. */
export function listSome(items: readonly string[], max = 5): string {
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}
