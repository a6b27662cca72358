/**
 * Connectors that hold several parts (images, clusters, projects, accounts) uploaded one file at a
 * time: a file describes only its own parts, so a run may mark gone only the stored resources of the
 * parts it described. Without this, scanning image B would "remediate" every finding of image A.
 */

/** Reads the part of a resource from its type and external id; undefined when it has none. */
export type PartOf = (type: string, externalId: string) => string | undefined;

/** The part named before the first `separator` of the external id (`image|package|CVE` → image). */
export function partBefore(separator: string, whole: readonly string[] = []): PartOf {
  return (type, externalId) => {
    if (whole.includes(type)) return externalId;
    const at = externalId.indexOf(separator);
    return at > 0 ? externalId.slice(0, at) : undefined;
  };
}

/** The AWS account of a resource: the account's own id, or the account field of an ARN. */
export const awsAccountPart: PartOf = (type, externalId) => {
  if (type === 'aws.account') return externalId;
  const account = externalId.startsWith('arn:') ? externalId.split(':')[4] : undefined;
  return account && /^\d{12}$/.test(account) ? account : undefined;
};

/**
 * Whether a stored resource the run did not see stays as it is: it belongs to a part the run's input
 * did not describe. A run that described no part at all (an empty file that names nothing) covers
 * every part, as a connector with one part expects.
 */
export function keptOutsideParts(
  partOf: PartOf | undefined,
  described: ReadonlySet<string>,
): (type: string, externalId: string) => boolean {
  if (!partOf || described.size === 0) return () => false;
  return (type, externalId) => {
    const part = partOf(type, externalId);
    return part !== undefined && !described.has(part);
  };
}
