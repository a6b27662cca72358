/** Small helpers shared by the cloud checks: wildcard matching and CIDRs. */

/** True when an IAM action pattern (`iam:*`, `s3:Get*`, `*`) covers the action, case-insensitively. */
export function actionMatches(pattern: string, action: string): boolean {
  const re = new RegExp(
    `^${pattern
      .split('')
      .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
      .join('')}$`,
    'i',
  );
  return re.test(action);
}

/** True when the CIDR is the whole IPv4 or IPv6 internet. */
export const isInternet = (cidr: string) => cidr === '0.0.0.0/0' || cidr === '::/0';
