/**
 * Assembling one account's resources from the pieces the bundle reader and the live collector
 * gather: account facts from several calls merged into one resource, users merged across the
 * credential report and the authorization details, multi-region trails kept once.
 */
import type { Resource } from '@vigil/monitoring';
import type { AwsAccountAttrs } from '@vigil/monitoring/resource-types/cloud';
import type { RegionFindings } from './bundle-regions.ts';
import { accountResource } from './importers-aws.ts';

/** What was gathered for one account. */
export interface Gathered {
  accountId: string;
  account: Partial<AwsAccountAttrs>;
  /** Users, possibly twice (once per source); merged by ARN. */
  users: Resource[];
  others: Resource[];
  /** One entry per collected region, in order. */
  regions: RegionFindings[];
}

/** The account's resources: the account first, then users, then everything else, each once. */
export function assemble(g: Gathered): Resource[] {
  const users = new Map<string, Resource>();
  for (const r of g.users) {
    const prev = users.get(r.externalId);
    users.set(r.externalId, prev ? { ...prev, attributes: { ...prev.attributes, ...r.attributes } } : r);
  }
  const account = { ...g.account };
  const trails = new Map<string, { arn: string; multiRegion: boolean; logging: boolean | null }>();
  let sawTrails = false;
  const others = [...g.others];
  for (const region of g.regions) {
    for (const item of region.resources) others.push(item);
    if (region.guardDuty) account.guardDutyRegions = [...(account.guardDutyRegions ?? []), region.guardDuty];
    if (region.guardDutyUnknown)
      account.guardDutyUnknownRegions = [...(account.guardDutyUnknownRegions ?? []), region.guardDutyUnknown];
    if (region.trails) sawTrails = true;
    for (const t of region.trails ?? []) if (!trails.has(t.arn) || t.logging !== null) trails.set(t.arn, t);
  }
  if (sawTrails) account.cloudTrailTrails = [...trails.values()];
  const unique = new Map(others.map((r) => [`${r.type}|${r.externalId}`, r]));
  return [accountResource(g.accountId, account), ...users.values(), ...unique.values()];
}
