/**
 * Configuration of the live AWS collector. The server stores it encrypted; this module only
 * validates it, builds SDK client options from it, and shows it without its secrets.
 */
import { z } from 'zod';

const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;

export const AwsLiveConfigSchema = z.strictObject({
  /** An access key of a read-only principal (SecurityAudit is enough). */
  accessKeyId: z.string().trim().min(16).max(128),
  secretAccessKey: z.string().min(16).max(256),
  /** For temporary credentials (an assumed role or SSO session). */
  sessionToken: z.string().min(1).optional(),
  /** Regions to collect regional services from; IAM and S3 are global. */
  regions: z
    .array(z.string().regex(REGION, 'must be a region name such as eu-west-1'))
    .min(1)
    .max(40)
    .default(['us-east-1']),
  /** Overrides every service endpoint (a VPC endpoint, a test server); AWS's own endpoints otherwise. */
  endpoint: z.url({ protocol: /^https?$/ }).optional(),
  /**
   * Attempts per call, throttling included: the SDK backs off between them (from 0.5 s, doubling, with
   * jitter, for a throttle) and, after a throttle, slows the client's own sending rate.
   */
  maxAttempts: z.number().int().min(1).max(10).default(5),
});
export type AwsLiveConfig = z.output<typeof AwsLiveConfigSchema>;

/** Raised for an invalid configuration; names the field and never echoes a secret. */
export class AwsConfigError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'AwsConfigError';
  }
}

/** Validates the configuration, or throws an AwsConfigError naming the first bad field. */
export function parseAwsLiveConfig(input: unknown): AwsLiveConfig {
  const parsed = AwsLiveConfigSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  // zod messages describe the rule, not the value, so no secret can leak through them.
  throw new AwsConfigError(issue.path.join('.') || 'config', issue.message);
}

/** The configuration as it may be shown or logged: the secret and session token are left out. */
export function publicAwsConfig(config: AwsLiveConfig) {
  return {
    accessKeyId: `${config.accessKeyId.slice(0, 4)}…${config.accessKeyId.slice(-4)}`,
    regions: config.regions,
    endpoint: config.endpoint ?? null,
    hasSessionToken: config.sessionToken !== undefined,
  };
}

/**
 * The options every SDK client gets: static credentials, retries and the optional endpoint. AWS sends no
 * rate-limit headers; throttling arrives as errors (Throttling, ThrottlingException, SlowDown, 429 …).
 * The adaptive retry mode retries them like the standard mode and also keeps a token bucket per client
 * that cuts its sending rate after a throttle and raises it again as calls succeed, so a collector that
 * hits a limit slows down instead of spending its attempts on more throttles.
 */
export function clientOptions(config: AwsLiveConfig, region: string) {
  return {
    region,
    credentials: {
      accessKeyId: config.accessKeyId,
      secretAccessKey: config.secretAccessKey,
      ...(config.sessionToken ? { sessionToken: config.sessionToken } : {}),
    },
    maxAttempts: config.maxAttempts,
    retryMode: 'adaptive',
    ...(config.endpoint ? { endpoint: config.endpoint } : {}),
  } as const;
}
