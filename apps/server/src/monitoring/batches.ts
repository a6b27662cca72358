/**
 * Bulk writes: batches of a bounded size. Large inserts pass one array
 * per column to `unnest` (a handful of parameters per statement instead of one per value).
 */

/** Yields consecutive slices of at most `size` items. */
export function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
