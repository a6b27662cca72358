/**
 * An HTTP server on 127.0.0.1 that answers like AWS, in each service's documented wire protocol:
 * query/XML (STS, IAM, RDS), EC2 query/XML, REST/XML (S3, S3 Control), JSON 1.1 (KMS, CloudTrail)
 * and REST/JSON (GuardDuty). It paginates, throttles once (429 with Retry-After), and can be told
 * to deny an operation, so the live collector is tested against real HTTP, not mocks.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/** One request the server saw. */
export interface SeenRequest {
  operation: string;
  authorization: string;
  status: number;
  /** When the answer was sent (epoch ms). */
  at: number;
}

export interface FakeAws {
  endpoint: string;
  seen: SeenRequest[];
  /** Operations that answer AccessDenied. */
  deny: Set<string>;
  /**
   * Operations that answer their protocol's throttling error this many more times (Infinity: always):
   * query/XML 400 `Throttling` (STS, IAM, RDS), EC2 503 `RequestLimitExceeded`, JSON 1.1 400
   * `ThrottlingException` (KMS, CloudTrail), REST/JSON 429 `TooManyRequestsException` (GuardDuty),
   * REST/XML 503 `SlowDown` (S3 `ListBuckets`).
   */
  throttle: Map<string, number>;
  close(): Promise<void>;
}

const ACCOUNT = '123456789012';
export const REPORT_CSV =
  'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated\n' +
  `<root_account>,arn:aws:iam::${ACCOUNT}:root,2017-06-10T02:35:07+00:00,not_supported,2017-10-22T08:11:09+00:00,not_supported,not_supported,false,true,2017-06-10T02:35:07+00:00,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A\n` +
  `alice,arn:aws:iam::${ACCOUNT}:user/alice,2017-06-10T02:43:37+00:00,true,2017-11-20T02:45:16+00:00,2017-06-10T02:45:50+00:00,N/A,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A\n`;

const xml = (res: ServerResponse, status: number, body: string) => {
  res.writeHead(status, { 'content-type': 'text/xml', 'x-amzn-requestid': 'req-1' });
  res.end(`<?xml version="1.0" encoding="UTF-8"?>\n${body}`);
};
const json = (res: ServerResponse, status: number, body: unknown, type = 'application/x-amz-json-1.1') => {
  res.writeHead(status, { 'content-type': type, 'x-amzn-requestid': 'req-1' });
  res.end(JSON.stringify(body));
};
const meta = '<ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata>';
const queryResponse = (ns: string, action: string, result: string) =>
  `<${action}Response xmlns="${ns}"><${action}Result>${result}</${action}Result>${meta}</${action}Response>`;
const queryError = (ns: string, code: string, message: string) =>
  `<ErrorResponse xmlns="${ns}"><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>req-1</RequestId></ErrorResponse>`;

const IAM_NS = 'https://iam.amazonaws.com/doc/2010-05-08/';
const RDS_NS = 'http://rds.amazonaws.com/doc/2014-10-31/';

/** Starts the server; `endpoint` uses the name localhost (S3 Control needs a host name, not an IP). */
export async function startFakeAws(): Promise<FakeAws> {
  const seen: SeenRequest[] = [];
  const deny = new Set<string>();
  const throttle = new Map<string, number>();
  const throttled = (operation: string) => {
    const left = throttle.get(operation) ?? 0;
    if (left <= 0) return false;
    throttle.set(operation, left - 1);
    return true;
  };
  const counters = new Map<string, number>();
  const count = (key: string) => {
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    return n;
  };

  function handle(req: IncomingMessage, body: string, res: ServerResponse): string {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const target = req.headers['x-amz-target'];
    if (typeof target === 'string') {
      const operation = target.split('.').pop()!;
      const input = JSON.parse(body || '{}') as Record<string, string>;
      if (throttled(operation)) {
        json(res, 400, { __type: 'ThrottlingException', message: 'Rate exceeded' });
        return operation;
      }
      if (operation === 'ListKeys' && count('ListKeys') === 1) {
        res.setHeader('retry-after', '0');
        json(res, 429, { __type: 'ThrottlingException', message: 'Rate exceeded' });
        return operation;
      }
      if (operation === 'ListKeys') {
        const first = !input.Marker;
        json(
          res,
          200,
          first
            ? { Keys: [{ KeyId: 'k1' }], Truncated: true, NextMarker: 'page-2' }
            : { Keys: [{ KeyId: 'k2' }], Truncated: false },
        );
      } else if (operation === 'DescribeKey') {
        const aws = input.KeyId === 'k2';
        json(res, 200, {
          KeyMetadata: {
            AWSAccountId: ACCOUNT,
            KeyId: input.KeyId,
            Arn: `arn:aws:kms:eu-west-1:${ACCOUNT}:key/${input.KeyId}`,
            CreationDate: 1566518783.394,
            Enabled: true,
            KeyUsage: 'ENCRYPT_DECRYPT',
            KeyState: 'Enabled',
            KeyManager: aws ? 'AWS' : 'CUSTOMER',
            KeySpec: 'SYMMETRIC_DEFAULT',
          },
        });
      } else if (operation === 'GetKeyRotationStatus') {
        json(res, 200, { KeyRotationEnabled: false });
      } else if (operation === 'DescribeTrails') {
        json(res, 200, {
          trailList: [
            {
              Name: 'org',
              TrailARN: `arn:aws:cloudtrail:eu-west-1:${ACCOUNT}:trail/org`,
              HomeRegion: 'eu-west-1',
              IsMultiRegionTrail: true,
              LogFileValidationEnabled: true,
              S3BucketName: 'logs',
            },
          ],
        });
      } else if (operation === 'GetTrailStatus') {
        json(res, 200, { IsLogging: true, LatestDeliveryTime: 1454022144.869 });
      } else {
        json(res, 400, { __type: 'UnknownOperationException', message: operation });
      }
      return operation;
    }

    if (req.method === 'POST' && body.includes('Action=')) {
      const form = new URLSearchParams(body);
      const action = form.get('Action')!;
      if (throttled(action)) {
        if (action === 'DescribeSecurityGroups') {
          xml(
            res,
            503,
            '<Response><Errors><Error><Code>RequestLimitExceeded</Code><Message>Request limit exceeded.</Message></Error></Errors><RequestID>req-1</RequestID></Response>',
          );
        } else {
          const ns = action === 'GetCallerIdentity' ? 'https://sts.amazonaws.com/doc/2011-06-15/' : IAM_NS;
          xml(res, 400, queryError(ns, 'Throttling', 'Rate exceeded'));
        }
        return action;
      }
      if (deny.has(action)) {
        xml(
          res,
          403,
          queryError(
            RDS_NS,
            'AccessDenied',
            `User: arn:aws:iam::${ACCOUNT}:user/auditor is not authorized to perform: rds:${action}`,
          ),
        );
        return action;
      }
      switch (action) {
        case 'GetCallerIdentity':
          xml(
            res,
            200,
            queryResponse(
              'https://sts.amazonaws.com/doc/2011-06-15/',
              action,
              `<Arn>arn:aws:iam::${ACCOUNT}:user/auditor</Arn><UserId>AIDAEXAMPLE</UserId><Account>${ACCOUNT}</Account>`,
            ),
          );
          break;
        case 'GenerateCredentialReport':
          xml(
            res,
            200,
            queryResponse(IAM_NS, action, `<State>${count(action) === 1 ? 'STARTED' : 'COMPLETE'}</State>`),
          );
          break;
        case 'GetCredentialReport':
          xml(
            res,
            200,
            queryResponse(
              IAM_NS,
              action,
              `<Content>${Buffer.from(REPORT_CSV).toString('base64')}</Content><ReportFormat>text/csv</ReportFormat><GeneratedTime>2017-11-30T00:00:00Z</GeneratedTime>`,
            ),
          );
          break;
        case 'GetAccountPasswordPolicy':
          xml(
            res,
            404,
            queryError(
              IAM_NS,
              'NoSuchEntity',
              `The Password Policy with domain name ${ACCOUNT} cannot be found.`,
            ),
          );
          break;
        case 'GetAccountAuthorizationDetails':
          xml(
            res,
            200,
            queryResponse(IAM_NS, action, form.get('Marker') ? authorizationPage2() : authorizationPage1()),
          );
          break;
        case 'DescribeSecurityGroups':
          xml(res, 200, securityGroupsPage(form.get('NextToken')));
          break;
        case 'DescribeDBInstances':
          xml(res, 200, queryResponse(RDS_NS, action, dbInstances()));
          break;
        default:
          xml(res, 400, queryError(IAM_NS, 'InvalidAction', action));
      }
      return action;
    }

    const guardDuty =
      url.pathname === '/detector' ? 'ListDetectors' : url.pathname === '/detector/d1' ? 'GetDetector' : null;
    if (guardDuty && throttled(guardDuty)) {
      res.setHeader('x-amzn-errortype', 'TooManyRequestsException');
      json(res, 429, { message: 'Rate exceeded' }, 'application/json');
      return guardDuty;
    }
    if (url.pathname === '/' && throttled('ListBuckets')) {
      xml(
        res,
        503,
        '<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message><RequestId>r</RequestId><HostId>h</HostId></Error>',
      );
      return 'ListBuckets';
    }
    if (url.pathname === '/detector') {
      json(res, 200, { detectorIds: ['d1'] }, 'application/json');
      return 'ListDetectors';
    }
    if (url.pathname === '/detector/d1') {
      json(
        res,
        200,
        { status: 'ENABLED', findingPublishingFrequency: 'SIX_HOURS', createdAt: '2017-12-22T22:51:31.940Z' },
        'application/json',
      );
      return 'GetDetector';
    }
    if (url.pathname === '/v20180820/configuration/publicAccessBlock') {
      xml(
        res,
        200,
        '<PublicAccessBlockConfiguration><BlockPublicAcls>true</BlockPublicAcls><IgnorePublicAcls>true</IgnorePublicAcls><BlockPublicPolicy>true</BlockPublicPolicy><RestrictPublicBuckets>true</RestrictPublicBuckets></PublicAccessBlockConfiguration>',
      );
      return 'GetAccountPublicAccessBlock';
    }
    return s3(url, res);
  }

  const server: Server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => {
      const operation = handle(req, body, res);
      seen.push({
        operation,
        authorization: String(req.headers.authorization ?? ''),
        status: res.statusCode,
        at: Date.now(),
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    endpoint: `http://localhost:${port}`,
    seen,
    deny,
    throttle,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function s3(url: URL, res: ServerResponse): string {
  const S3_NS = 'http://s3.amazonaws.com/doc/2006-03-01/';
  if (url.pathname === '/') {
    xml(
      res,
      200,
      `<ListAllMyBucketsResult xmlns="${S3_NS}"><Owner><ID>owner</ID></Owner><Buckets><Bucket><Name>logs</Name><CreationDate>2020-01-01T00:00:00.000Z</CreationDate></Bucket></Buckets></ListAllMyBucketsResult>`,
    );
    return 'ListBuckets';
  }
  const q = url.searchParams;
  if (q.has('encryption')) {
    xml(
      res,
      200,
      `<ServerSideEncryptionConfiguration xmlns="${S3_NS}"><Rule><ApplyServerSideEncryptionByDefault><SSEAlgorithm>aws:kms</SSEAlgorithm></ApplyServerSideEncryptionByDefault><BucketKeyEnabled>true</BucketKeyEnabled></Rule></ServerSideEncryptionConfiguration>`,
    );
    return 'GetBucketEncryption';
  }
  if (q.has('publicAccessBlock')) {
    xml(
      res,
      404,
      '<Error><Code>NoSuchPublicAccessBlockConfiguration</Code><Message>The public access block configuration was not found</Message><BucketName>logs</BucketName><RequestId>r</RequestId><HostId>h</HostId></Error>',
    );
    return 'GetPublicAccessBlock';
  }
  if (q.has('policyStatus')) {
    xml(res, 200, `<PolicyStatus xmlns="${S3_NS}"><IsPublic>false</IsPublic></PolicyStatus>`);
    return 'GetBucketPolicyStatus';
  }
  if (q.has('policy')) {
    const statement = {
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: ['arn:aws:s3:::logs', 'arn:aws:s3:::logs/*'],
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    };
    json(res, 200, { Version: '2012-10-17', Statement: [statement] }, 'application/json');
    return 'GetBucketPolicy';
  }
  if (q.has('acl')) {
    xml(
      res,
      200,
      `<AccessControlPolicy xmlns="${S3_NS}"><Owner><ID>owner</ID></Owner><AccessControlList><Grant><Grantee xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="CanonicalUser"><ID>owner</ID></Grantee><Permission>FULL_CONTROL</Permission></Grant></AccessControlList></AccessControlPolicy>`,
    );
    return 'GetBucketAcl';
  }
  if (q.has('versioning')) {
    xml(
      res,
      200,
      `<VersioningConfiguration xmlns="${S3_NS}"><Status>Suspended</Status></VersioningConfiguration>`,
    );
    return 'GetBucketVersioning';
  }
  xml(res, 404, '<Error><Code>NoSuchKey</Code><Message>unknown</Message></Error>');
  return `s3 ${url.pathname}${url.search}`;
}

function authorizationPage1(): string {
  return `<UserDetailList><member><UserName>alice</UserName><UserId>AIDA1</UserId><Arn>arn:aws:iam::${ACCOUNT}:user/alice</Arn><Path>/</Path><CreateDate>2017-06-10T02:43:37Z</CreateDate><GroupList><member>Admins</member></GroupList><UserPolicyList/><AttachedManagedPolicies/></member></UserDetailList><GroupDetailList/><RoleDetailList/><Policies/><IsTruncated>true</IsTruncated><Marker>page-2</Marker>`;
}

function authorizationPage2(): string {
  const document = encodeURIComponent(
    JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }),
  );
  return `<UserDetailList/><GroupDetailList/><RoleDetailList/><Policies><member><PolicyName>AdministratorAccess</PolicyName><PolicyId>ANPA1</PolicyId><Arn>arn:aws:iam::aws:policy/AdministratorAccess</Arn><Path>/</Path><DefaultVersionId>v1</DefaultVersionId><AttachmentCount>1</AttachmentCount><IsAttachable>true</IsAttachable><PolicyVersionList><member><Document>${document}</Document><VersionId>v1</VersionId><IsDefaultVersion>true</IsDefaultVersion><CreateDate>2015-02-06T18:39:46Z</CreateDate></member></PolicyVersionList></member></Policies><IsTruncated>false</IsTruncated>`;
}

function securityGroupsPage(token: string | null): string {
  const group = (id: string, name: string, rules: string) =>
    `<item><ownerId>${ACCOUNT}</ownerId><groupId>${id}</groupId><groupName>${name}</groupName><groupDescription>${name}</groupDescription><vpcId>vpc-1</vpcId><ipPermissions>${rules}</ipPermissions><ipPermissionsEgress/></item>`;
  const ssh =
    '<item><ipProtocol>tcp</ipProtocol><fromPort>22</fromPort><toPort>22</toPort><groups/><ipRanges><item><cidrIp>0.0.0.0/0</cidrIp></item></ipRanges><ipv6Ranges/><prefixListIds/></item>';
  const page = token === 'page-2' ? group('sg-2', 'default', '') : group('sg-1', 'bastion', ssh);
  const next = token === 'page-2' ? '' : '<nextToken>page-2</nextToken>';
  return `<DescribeSecurityGroupsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>req-1</requestId><securityGroupInfo>${page}</securityGroupInfo>${next}</DescribeSecurityGroupsResponse>`;
}

function dbInstances(): string {
  return `<DBInstances><DBInstance><DBInstanceIdentifier>app</DBInstanceIdentifier><DBInstanceArn>arn:aws:rds:eu-west-1:${ACCOUNT}:db:app</DBInstanceArn><Engine>postgres</Engine><StorageEncrypted>true</StorageEncrypted><PubliclyAccessible>false</PubliclyAccessible><BackupRetentionPeriod>7</BackupRetentionPeriod><MultiAZ>true</MultiAZ><DeletionProtection>true</DeletionProtection><AutoMinorVersionUpgrade>true</AutoMinorVersionUpgrade><IAMDatabaseAuthenticationEnabled>false</IAMDatabaseAuthenticationEnabled><EnabledCloudwatchLogsExports><member>postgresql</member></EnabledCloudwatchLogsExports></DBInstance></DBInstances>`;
}
