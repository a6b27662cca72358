/** Calendar-date comparisons shared by the saas checks, against the sweep's `now`. */

/** True when an ISO date (`YYYY-MM-DD`) is on or before `now`'s UTC day. */
export function isOnOrBefore(isoDate: string, now: Date): boolean {
  return isoDate <= now.toISOString().slice(0, 10);
}
