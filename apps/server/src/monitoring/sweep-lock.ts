/** The advisory lock key of a sweep scope (organization, source, connector): its writers take turns on it. */
export function sweepLockKey(orgId: string, source: string, connectorId: string | null): string {
  return `vigil.sweep:${orgId}:${source}:${connectorId ?? ''}`;
}
