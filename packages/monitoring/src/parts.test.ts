import { describe, expect, it } from 'vitest';
import { awsAccountPart, keptOutsideParts, partBefore } from './parts.ts';

describe('parts of a connector', () => {
  it('reads the part before the separator, or the whole id for the part resource itself', () => {
    const partOf = partBefore('|', ['vuln.target']);
    expect(partOf('vuln.finding', 'api:1.2|libssl@1.1|CVE-2024-1')).toBe('api:1.2');
    expect(partOf('vuln.target', 'api:1.2')).toBe('api:1.2');
    expect(partOf('vuln.finding', 'no-separator')).toBeUndefined();
  });

  it('reads the AWS account of an account, an ARN, and nothing of a bucket name', () => {
    expect(awsAccountPart('aws.account', '123456789012')).toBe('123456789012');
    expect(awsAccountPart('aws.iam_user', 'arn:aws:iam::123456789012:user/alice')).toBe('123456789012');
    expect(awsAccountPart('aws.iam_policy', 'arn:aws:iam::aws:policy/ReadOnlyAccess')).toBeUndefined();
    expect(awsAccountPart('aws.s3_bucket', 'my-bucket')).toBeUndefined();
  });

  it('keeps unseen resources only of parts the run did not describe', () => {
    const partOf = partBefore('|', ['vuln.target']);
    const kept = keptOutsideParts(partOf, new Set(['image-b']));
    expect(kept('vuln.finding', 'image-a|pkg@1|CVE-1')).toBe(true);
    expect(kept('vuln.finding', 'image-b|pkg@1|CVE-1')).toBe(false);
    // A resource without a part is the run's to judge, as before.
    expect(kept('vuln.finding', 'loose')).toBe(false);
  });

  it('covers every part when the run described none, and when the importer has no parts', () => {
    expect(keptOutsideParts(partBefore('|'), new Set())('vuln.finding', 'image-a|x|y')).toBe(false);
    expect(keptOutsideParts(undefined, new Set(['image-b']))('vuln.finding', 'image-a|x|y')).toBe(false);
  });
});
