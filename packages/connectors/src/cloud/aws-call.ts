/** One SDK call of the live collector: "does not exist" answers become null, others a clear error. */

/** A failed AWS call, named by service, operation and region; the message never carries credentials. */
export class AwsCollectError extends Error {
  constructor(
    readonly service: string,
    readonly operation: string,
    readonly region: string | null,
    readonly code: string,
    detail: string,
  ) {
    super(`aws ${service} ${operation}${region ? ` (${region})` : ''}: ${code}: ${detail}`);
    this.name = 'AwsCollectError';
  }
}

/** Where a call goes, for error messages. */
export interface CallSite {
  service: string;
  operation: string;
  region?: string;
}

// The codes the SDK retries as throttling (with a 429, whatever its code).
const THROTTLING = new Set([
  'BandwidthLimitExceeded',
  'EC2ThrottledException',
  'LimitExceededException',
  'PriorRequestNotComplete',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
  'ThrottledException',
  'Throttling',
  'ThrottlingException',
  'TooManyRequestsException',
  'TransactionInProgressException',
]);

/**
 * Runs one SDK call. Error codes listed in `absent` (NoSuchEntity, NoSuchBucketPolicy …) mean the
 * thing does not exist and return null; anything else (after the SDK's own retries) is thrown as
 * an AwsCollectError.
 */
export async function awsCall<T>(
  site: CallSite,
  run: () => Promise<T>,
  absent: string[] = [],
): Promise<T | null> {
  try {
    return await run();
  } catch (err) {
    const e = err as {
      name?: string;
      Code?: string;
      message?: string;
      $metadata?: { httpStatusCode?: number; attempts?: number };
    };
    const code = e.Code ?? e.name ?? 'Error';
    // The SDK names modeled errors `NoSuchEntityException` where the wire code is `NoSuchEntity`.
    if (absent.some((a) => a === code || a === e.name || `${a}Exception` === e.name)) return null;
    const status = e.$metadata?.httpStatusCode;
    const attempts = e.$metadata?.attempts;
    // A throttle that outlasted the SDK's retries says so: the fix is fewer calls or more attempts.
    const throttled =
      (status === 429 || THROTTLING.has(code) || THROTTLING.has(e.name ?? '')) && attempts !== undefined
        ? `; still throttled after ${attempts} attempt${attempts === 1 ? '' : 's'}`
        : '';
    const detail =
      (e.message && e.message !== code ? e.message : 'no message') +
      (status ? ` (HTTP ${status})` : '') +
      throttled;
    throw new AwsCollectError(site.service, site.operation, site.region ?? null, code, detail);
  }
}

/** Collects every page of a paginator. */
export async function allPages<P>(site: CallSite, pages: AsyncIterable<P>): Promise<P[]> {
  const out: P[] = [];
  await awsCall(site, async () => {
    for await (const page of pages) out.push(page);
  });
  return out;
}
