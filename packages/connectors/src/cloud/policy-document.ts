/**
 * IAM and S3 policy documents: parsed from an object, a JSON string or the URL-encoded JSON the IAM
 * API returns, and reduced to statements the checks can reason about.
 */
import type { PolicyStatement } from '@vigil/monitoring/resource-types/cloud';

type RawStatement = Record<string, unknown>;

const strings = (v: unknown): string[] =>
  v === undefined || v === null
    ? []
    : (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string');

/** The statements of a policy document, or an error message when it is not a policy document. */
export function rawStatements(doc: unknown): RawStatement[] | string {
  let value = doc;
  if (typeof value === 'string') {
    let text = value.trim();
    // The IAM API (and so the SDK) URL-encodes policy documents; the CLI decodes them.
    if (text.startsWith('%7B') || text.startsWith('%7b')) {
      try {
        text = decodeURIComponent(text);
      } catch {
        return 'the policy document is not valid URL-encoded text';
      }
    }
    try {
      value = JSON.parse(text);
    } catch {
      return 'the policy document is not valid JSON';
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return 'the policy document is not an object';
  const statement = (value as Record<string, unknown>).Statement;
  if (statement === undefined) return 'the policy document has no Statement';
  const list = Array.isArray(statement) ? statement : [statement];
  if (!list.every((s) => typeof s === 'object' && s !== null && !Array.isArray(s)))
    return 'a Statement is not an object';
  return list as RawStatement[];
}

/** One raw statement reduced to effect, actions, resources and whether a condition applies. */
export function toStatement(s: RawStatement): PolicyStatement {
  return {
    effect: s.Effect === 'Deny' ? 'Deny' : 'Allow',
    actions: strings(s.Action),
    notActions: strings(s.NotAction),
    resources: strings(s.Resource),
    notResources: strings(s.NotResource),
    hasCondition:
      typeof s.Condition === 'object' && s.Condition !== null && Object.keys(s.Condition).length > 0,
  };
}

/** The statements of a policy document, or an error message. */
export function policyStatements(doc: unknown): PolicyStatement[] | string {
  const raw = rawStatements(doc);
  return typeof raw === 'string' ? raw : raw.map(toStatement);
}

const isEveryone = (principal: unknown): boolean => {
  if (principal === '*') return true;
  if (typeof principal === 'object' && principal !== null) {
    return strings((principal as Record<string, unknown>).AWS).includes('*');
  }
  return false;
};

/** True when a bucket policy denies requests made without TLS (`aws:SecureTransport` false). */
export function deniesInsecureTransport(statements: RawStatement[]): boolean {
  return statements.some((s) => {
    if (s.Effect !== 'Deny' || !isEveryone(s.Principal)) return false;
    const actions = strings(s.Action);
    if (!actions.some((a) => a === '*' || a.toLowerCase() === 's3:*')) return false;
    const bool = (s.Condition as Record<string, Record<string, unknown>> | undefined)?.Bool;
    const value = bool?.['aws:SecureTransport'];
    return (Array.isArray(value) ? value : [value]).some((v) => v === false || v === 'false');
  });
}

/** True when a bucket policy allows everyone without any condition (what S3 itself calls public). */
export function allowsEveryone(statements: RawStatement[]): boolean {
  return statements.some((s) => s.Effect === 'Allow' && isEveryone(s.Principal) && s.Condition === undefined);
}
