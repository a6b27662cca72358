/** Date arithmetic shared by the saas checks; every age is measured from the sweep's `now`. */

const DAY_MS = 86_400_000;

/** Days from an ISO date or date-time to `now` (negative when it lies in the future). */
export function daysBetween(iso: string, now: Date): number {
  return (now.getTime() - Date.parse(iso)) / DAY_MS;
}

/** True when an ISO date (`YYYY-MM-DD`) is on or before `now`'s UTC day. */
export function isOnOrBefore(isoDate: string, now: Date): boolean {
  return isoDate <= now.toISOString().slice(0, 10);
}
