/** The regional part of an AWS bundle: `regions/<region>/<service>/<command>.json`. */
import type { Resource } from '@vigil/monitoring';
import * as S from './aws-shapes.ts';
import { type BundleDir, callResult, failureOf, fileIn, NOT_COLLECTED, safeSegment } from './bundle-files.ts';
import {
  normalizeDbInstance,
  normalizeDetector,
  normalizeKey,
  normalizeSecurityGroup,
  normalizeTrail,
} from './normalize-services.ts';

/** What one region contributes: resources, plus the account-level GuardDuty and trail summaries. */
export interface RegionFindings {
  resources: Resource[];
  guardDuty?: { region: string; detectorId: string | null; enabled: boolean };
  /** Set when the region was read but its GuardDuty state could not be (why, in plain words). */
  guardDutyUnknown?: { region: string; why: string };
  trails?: { arn: string; multiRegion: boolean; logging: boolean | null }[];
}

/** Reads every service folder of one region that the bundle contains. */
export async function readRegion(dir: BundleDir, region: string): Promise<RegionFindings> {
  const base = `regions/${safeSegment(region, `${dir.name}/regions`, region)}`;
  const out: RegionFindings = { resources: [] };

  const dbs = await callResult(dir, `${base}/rds/describe-db-instances`, S.DbInstancesResponse);
  if (dbs) for (const item of dbs.DBInstances.map(normalizeDbInstance)) out.resources.push(item);

  const sgs = await callResult(dir, `${base}/ec2/describe-security-groups`, S.SecurityGroupsResponse);
  if (sgs) for (const item of sgs.SecurityGroups.map(normalizeSecurityGroup)) out.resources.push(item);

  const trailsRel = `${base}/cloudtrail/describe-trails`;
  const trails = await callResult(dir, trailsRel, S.DescribeTrailsResponse);
  if (trails) {
    out.trails = [];
    for (const [i, t] of trails.trailList.entries()) {
      // Status is collected once, in the trail's home region; other regions list it as a shadow trail.
      const home = (t.HomeRegion ?? region) === region;
      const name = safeSegment(t.Name, fileIn(dir, `${trailsRel}.json`).name, `$.trailList[${i}].Name`);
      const status = home
        ? await callResult(dir, `${base}/cloudtrail/get-trail-status/${name}`, S.TrailStatusResponse)
        : undefined;
      if (home) {
        const trail = normalizeTrail(t, status ?? undefined);
        const why = status ? undefined : failureOf(dir, `${base}/cloudtrail/get-trail-status/${name}`);
        if (why) trail.attributes.unreadable = { isLogging: why };
        out.resources.push(trail);
      }
      out.trails.push({
        arn: t.TrailARN,
        multiRegion: t.IsMultiRegionTrail === true,
        logging: status ? status.IsLogging : null,
      });
    }
  }

  const keysRel = `${base}/kms/list-keys`;
  const keys = await callResult(dir, keysRel, S.ListKeysResponse);
  for (const [i, { KeyId }] of (keys?.Keys ?? []).entries()) {
    const keyBase = `${base}/kms/keys/${safeSegment(KeyId, fileIn(dir, `${keysRel}.json`).name, `$.Keys[${i}].KeyId`)}`;
    const described = await callResult(dir, `${keyBase}/describe-key`, S.DescribeKeyResponse);
    if (!described) continue;
    // Asymmetric, HMAC and imported keys answer UnsupportedOperationException: rotation does not apply.
    const rotation = await callResult(dir, `${keyBase}/get-key-rotation-status`, S.KeyRotationResponse, [
      'UnsupportedOperationException',
    ]);
    const key = normalizeKey(described.KeyMetadata, rotation);
    const why = rotation === undefined ? failureOf(dir, `${keyBase}/get-key-rotation-status`) : undefined;
    if (why) key.attributes.unreadable = { rotationEnabled: why };
    out.resources.push(key);
  }

  const detectorsRel = `${base}/guardduty/list-detectors`;
  const detectors = await callResult(dir, detectorsRel, S.ListDetectorsResponse);
  // A region whose detectors could not be read is unknown, never counted as covered or as off.
  const unknown = (rel: string) => ({ region, why: failureOf(dir, rel) ?? NOT_COLLECTED });
  if (detectors) {
    let enabled = false;
    let unread: string | undefined;
    for (const [i, id] of detectors.DetectorIds.entries()) {
      const rel = `${base}/guardduty/detectors/${safeSegment(id, fileIn(dir, `${detectorsRel}.json`).name, `$.DetectorIds[${i}]`)}/get-detector`;
      const detector = await callResult(dir, rel, S.DetectorResponse);
      if (!detector) {
        unread ??= rel;
        continue;
      }
      enabled ||= detector.Status === 'ENABLED';
      out.resources.push(normalizeDetector(id, region, detector));
    }
    if (!enabled && unread) out.guardDutyUnknown = unknown(unread);
    else out.guardDuty = { region, detectorId: detectors.DetectorIds[0] ?? null, enabled };
  } else out.guardDutyUnknown = unknown(detectorsRel);
  return out;
}
