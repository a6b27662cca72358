/** The regional part of the live collector: RDS, EC2 security groups, CloudTrail, KMS, GuardDuty. */
import { CloudTrailClient, DescribeTrailsCommand, GetTrailStatusCommand } from '@aws-sdk/client-cloudtrail';
import { EC2Client, paginateDescribeSecurityGroups } from '@aws-sdk/client-ec2';
import { GetDetectorCommand, GuardDutyClient, paginateListDetectors } from '@aws-sdk/client-guardduty';
import {
  DescribeKeyCommand,
  GetKeyRotationStatusCommand,
  KMSClient,
  paginateListKeys,
} from '@aws-sdk/client-kms';
import { paginateDescribeDBInstances, RDSClient } from '@aws-sdk/client-rds';
import { allPages, awsCall } from './aws-call.ts';
import { type AwsLiveConfig, clientOptions } from './aws-live-config.ts';
import * as S from './aws-shapes.ts';
import type { RegionFindings } from './bundle-regions.ts';
import { awsResource } from './normalize-iam.ts';
import {
  normalizeDbInstance,
  normalizeDetector,
  normalizeKey,
  normalizeSecurityGroup,
  normalizeTrail,
} from './normalize-services.ts';
import { parseShape } from './read-input.ts';

/** Validates an SDK response with the same shapes as the CLI files (a surprise is an ImportError). */
const shape = <T extends Parameters<typeof parseShape>[0]>(schema: T, data: unknown, what: string) =>
  parseShape(schema, data, `aws ${what}`, `a ${what} response`);

/** Collects one region, returning what the bundle reader returns for a region folder. */
export async function collectRegion(config: AwsLiveConfig, region: string): Promise<RegionFindings> {
  const options = clientOptions(config, region);
  const out: RegionFindings = { resources: [] };

  const rds = new RDSClient(options);
  for (const page of await allPages(
    { service: 'rds', operation: 'DescribeDBInstances', region },
    paginateDescribeDBInstances({ client: rds }, {}),
  )) {
    out.resources.push(
      ...shape(
        S.DbInstancesResponse,
        { DBInstances: page.DBInstances ?? [] },
        'rds DescribeDBInstances',
      ).DBInstances.map(normalizeDbInstance),
    );
  }

  const ec2 = new EC2Client(options);
  for (const page of await allPages(
    { service: 'ec2', operation: 'DescribeSecurityGroups', region },
    paginateDescribeSecurityGroups({ client: ec2 }, {}),
  )) {
    const doc = shape(
      S.SecurityGroupsResponse,
      { SecurityGroups: page.SecurityGroups ?? [] },
      'ec2 DescribeSecurityGroups',
    );
    for (const item of doc.SecurityGroups.map(normalizeSecurityGroup)) out.resources.push(item);
  }

  const cloudtrail = new CloudTrailClient(options);
  const site = (operation: string) => ({ service: 'cloudtrail', operation, region });
  // Without shadow trails each trail is listed once, in its home region, where its status is read.
  const trails = await awsCall(site('DescribeTrails'), () =>
    cloudtrail.send(new DescribeTrailsCommand({ includeShadowTrails: false })),
  );
  out.trails = [];
  for (const t of shape(
    S.DescribeTrailsResponse,
    { trailList: trails?.trailList ?? [] },
    'cloudtrail DescribeTrails',
  ).trailList) {
    const status = await awsCall(site('GetTrailStatus'), () =>
      cloudtrail.send(new GetTrailStatusCommand({ Name: t.TrailARN })),
    );
    const parsed = status ? shape(S.TrailStatusResponse, status, 'cloudtrail GetTrailStatus') : undefined;
    out.resources.push(normalizeTrail(t, parsed));
    out.trails.push({
      arn: t.TrailARN,
      multiRegion: t.IsMultiRegionTrail === true,
      logging: parsed ? parsed.IsLogging : null,
    });
  }

  const kms = new KMSClient(options);
  for (const page of await allPages(
    { service: 'kms', operation: 'ListKeys', region },
    paginateListKeys({ client: kms }, {}),
  )) {
    for (const { KeyId } of page.Keys ?? []) {
      if (!KeyId) continue;
      const kmsSite = (operation: string) => ({ service: 'kms', operation, region });
      // A key policy may deny the auditor: keep the key with what we know, so its checks report the gap.
      const described = await awsCall(
        kmsSite('DescribeKey'),
        () => kms.send(new DescribeKeyCommand({ KeyId })),
        ['AccessDeniedException'],
      );
      if (!described?.KeyMetadata) {
        out.resources.push(awsResource('aws.kms_key', KeyId, KeyId, { keyId: KeyId }));
        continue;
      }
      const meta = shape(S.DescribeKeyResponse, described, 'kms DescribeKey').KeyMetadata;
      const rotates =
        meta.KeyManager === 'CUSTOMER' &&
        (meta.KeySpec ?? meta.CustomerMasterKeySpec) === 'SYMMETRIC_DEFAULT';
      const rotation = rotates
        ? await awsCall(
            kmsSite('GetKeyRotationStatus'),
            () => kms.send(new GetKeyRotationStatusCommand({ KeyId })),
            ['UnsupportedOperationException'],
          )
        : undefined;
      out.resources.push(
        normalizeKey(
          meta,
          rotation === undefined || rotation === null
            ? rotation
            : shape(S.KeyRotationResponse, rotation, 'kms GetKeyRotationStatus'),
        ),
      );
    }
  }

  const guardduty = new GuardDutyClient(options);
  const ids = (
    await allPages(
      { service: 'guardduty', operation: 'ListDetectors', region },
      paginateListDetectors({ client: guardduty }, {}),
    )
  ).flatMap((p) => p.DetectorIds ?? []);
  let enabled = false;
  for (const DetectorId of ids) {
    const detector = await awsCall({ service: 'guardduty', operation: 'GetDetector', region }, () =>
      guardduty.send(new GetDetectorCommand({ DetectorId })),
    );
    const parsed = shape(S.DetectorResponse, detector, 'guardduty GetDetector');
    enabled ||= parsed.Status === 'ENABLED';
    out.resources.push(normalizeDetector(DetectorId, region, parsed));
  }
  out.guardDuty = { region, detectorId: ids[0] ?? null, enabled };
  return out;
}
