/**
 * The live collectors as connectors: each collector's configuration split into settings (shown,
 * audited) and secrets (stored encrypted, never shown), around the collectors and normalizers the
 * file importers already share.
 */
import type { LiveCollector } from '@vigil/monitoring';
import { z } from 'zod';
import { AwsLiveConfigSchema } from './cloud/aws-live-config.ts';
import { bundleImporter } from './cloud/bundle.ts';
import { githubBundleImporter } from './saas/github/bundle-importer.ts';
import { collectGitHub, GitHubCollectorConfigSchema } from './saas/github/collector.ts';
import { oktaUsersImporter } from './saas/identity/okta.ts';
import { collectOkta, OktaCollectorConfigSchema } from './saas/identity/okta-collector.ts';
import { probeTlsEndpoints } from './scanners/tls-probe.ts';

/** Keeps each collector's own setting and secret types while listing them together. */
const define = <S extends z.ZodObject, C extends z.ZodObject>(c: LiveCollector<S, C>) =>
  c as unknown as LiveCollector;

const aws = AwsLiveConfigSchema.shape;
/** AWS through the SDK v3 with a read-only access key (SecurityAudit). */
export const awsLiveCollector = define({
  id: 'aws.live',
  source: 'aws',
  title: 'AWS account (live, SDK v3)',
  description:
    'Reads IAM, S3, EC2 security groups, RDS, CloudTrail, KMS and GuardDuty with a read-only access key ' +
    '(the SecurityAudit managed policy is enough).',
  produces: bundleImporter.produces,
  config: z.strictObject({
    regions: aws.regions.meta({
      title: 'Regions',
      description: 'Regions to read regional services from, e.g. eu-west-1; IAM and S3 are global.',
    }),
    endpoint: aws.endpoint.meta({
      title: 'Endpoint override',
      description: 'A VPC endpoint or test server for every service (a host name, not an IP address).',
    }),
    maxAttempts: aws.maxAttempts.meta({
      title: 'Attempts per call',
      description: 'Throttled calls are retried with backoff.',
    }),
  }),
  credentials: z.strictObject({
    accessKeyId: aws.accessKeyId.meta({ title: 'Access key id' }),
    secretAccessKey: aws.secretAccessKey.meta({ title: 'Secret access key' }),
    sessionToken: aws.sessionToken.meta({
      title: 'Session token',
      description: 'Only for temporary credentials (an assumed role or SSO session).',
    }),
  }),
  async *collect(settings, secrets) {
    // The AWS SDK clients are loaded only when a collection runs: together they cost over 100 MiB.
    const { collectAws } = await import('./cloud/aws-live.ts');
    yield* await collectAws({ ...settings, ...secrets });
  },
});

const gh = GitHubCollectorConfigSchema.shape;
/** A GitHub organization and its repositories through @octokit/rest. */
export const githubLiveCollector = define({
  id: 'github.live',
  source: githubBundleImporter.source,
  title: 'GitHub organization (live, REST API)',
  description:
    'Reads the organization, its members without 2FA, outside collaborators, Dependabot alerts, and every ' +
    'repository with its branch protection, rulesets and the pull requests merged into its default ' +
    'branch with who merged them, their reviews and CI results. Use a token of an organization owner with ' +
    'read:org, repo and security_events.',
  produces: githubBundleImporter.produces,
  config: z.strictObject({
    org: gh.org.meta({ title: 'Organization', description: 'The organization login, e.g. acme.' }),
    baseUrl: gh.baseUrl.meta({
      title: 'API URL',
      description: 'GitHub Enterprise Server only: https://HOST/api/v3. Empty for github.com.',
    }),
  }),
  credentials: z.strictObject({ token: gh.token.meta({ title: 'Token' }) }),
  collect: (settings, secrets) => collectGitHub({ ...settings, ...secrets }),
});

const ok = OktaCollectorConfigSchema.shape;
/** Okta users with their factors and admin roles through @okta/okta-sdk-nodejs. */
export const oktaLiveCollector = define({
  id: 'okta.live',
  source: oktaUsersImporter.source,
  title: 'Okta users (live, management API)',
  description:
    'Reads every user with enrolled factors and admin roles. Use a read-only administrator API token.',
  produces: oktaUsersImporter.produces,
  config: z.strictObject({
    orgUrl: ok.orgUrl.meta({ title: 'Org URL', description: 'https://YOUR_ORG.okta.com (no -admin).' }),
  }),
  credentials: z.strictObject({ token: ok.token.meta({ title: 'API token' }) }),
  collect: (settings, secrets) => collectOkta({ ...settings, ...secrets }),
});

/** TLS endpoints probed over the network; nothing secret is needed. */
export const tlsProbeCollector = define({
  id: 'tls.probe',
  source: 'tls-probe',
  title: 'TLS endpoints (live probe)',
  description:
    'Connects to each https:// URL: protocol, cipher, certificate expiry, chain and host name, legacy ' +
    'TLS 1.0/1.1, HSTS, and the plain HTTP redirect on port 80 for URLs on 443.',
  produces: ['tls.endpoint'],
  config: z.strictObject({
    endpoints: z
      .array(z.url({ protocol: /^https$/, error: 'must be an https:// URL' }))
      .min(1)
      .max(200)
      .meta({ title: 'Endpoints', description: 'https:// URLs, one per line.' }),
    timeoutMs: z
      .number()
      .int()
      .min(100)
      .max(120_000)
      .default(10_000)
      .meta({ title: 'Timeout (ms)', description: 'Per connection step.' }),
    ca: z
      .string()
      .max(100_000)
      .regex(/-----BEGIN CERTIFICATE-----/, 'must be PEM certificates')
      .optional()
      .meta({
        title: 'Extra trusted CA (PEM)',
        description: 'An internal CA to trust besides the system roots.',
        multiline: true,
      }),
  }),
  credentials: z.strictObject({}),
  collect: (settings, _secrets, opts) =>
    probeTlsEndpoints(
      { endpoints: settings.endpoints.map((url) => ({ url })), timeoutMs: settings.timeoutMs },
      { ...(settings.ca ? { ca: settings.ca } : {}), ...(opts?.now ? { now: opts.now } : {}) },
    ),
});

/** Every live collector; ids are unique and distinct from the importers'. */
export const LIVE_COLLECTORS: readonly LiveCollector[] = [
  awsLiveCollector,
  githubLiveCollector,
  oktaLiveCollector,
  tlsProbeCollector,
];

/** The live collector with this id, or undefined. */
export const collectorById = (id: string) => LIVE_COLLECTORS.find((c) => c.id === id);
