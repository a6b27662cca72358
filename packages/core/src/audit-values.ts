/**
 * Recorded values as people read them: field labels ("Owner", not `ownerId`) and values with ids
 * replaced by names, enumerations by their labels, and changes as "old → new". Used for the audit
 * trail's details and a control's history.
 */
import { CATEGORIES } from '@vigil/catalog';

/** Display names of the ids an event mentions (users, controls, connectors, evidence, engagements, systems). */
export type NameOf = Readonly<Record<string, string>>;

const FIELD_LABELS: Record<string, string> = {
  // Exercises (issue 13).
  heldOn: 'Date held',
  performedOn: 'Date performed',
  scenarioDescription: 'Scenario description',
  facilitator: 'Facilitator',
  targetRtoMinutes: 'Target recovery time in minutes',
  achievedRtoMinutes: 'Achieved recovery time in minutes',
  targetRpoMinutes: 'Target recovery point in minutes',
  achievedRpoMinutes: 'Achieved recovery point in minutes',
  testedSystem: 'What was restored or failed over',
  ownerId: 'Owner',
  owner: 'Owner',
  status: 'Status',
  title: 'Title',
  description: 'Description',
  notes: 'Notes',
  frequency: 'Frequency',
  kind: 'Kind',
  applicable: 'Applies',
  naJustification: 'Why it does not apply',
  criteria: 'Criteria',
  code: 'Reference',
  codes: 'References',
  categories: 'Categories',
  name: 'Name',
  slug: 'Short name',
  email: 'Email',
  role: 'Role',
  expiresAt: 'Expires',
  accessExpiresAt: 'Access ends',
  scheduleMinutes: 'Schedule',
  config: 'Settings',
  credentials: 'Credentials',
  enabled: 'Enabled',
  connectorId: 'Connector',
  engagementId: 'Engagement',
  evidenceId: 'Evidence kept',
  controlIds: 'Controls',
  controls: 'Controls',
  systemIds: 'Systems',
  systems: 'Systems',
  source: 'Source',
  resourcesSeen: 'Resources checked',
  transitions: 'Changes in check results',
  resourcesRetired: 'Resources retired',
  intervalsClosed: 'Results closed',
  error: 'Error',
  fileName: 'File',
  mediaType: 'File type',
  claimedMediaType: 'File type given',
  sha256: 'SHA-256',
  size: 'Size',
  periodStart: 'Period start',
  periodEnd: 'Period end',
  renewBy: 'Renew by',
  supersedesId: 'Replaces',
  prefix: 'Starts with',
  scope: 'Access',
  target: 'Destination',
  events: 'Alerts sent',
  added: 'Controls added',
  reportType: 'Report type',
  asOfDate: 'As of',
  windowStart: 'Window start',
  windowEnd: 'Window end',
  auditFirm: 'Audit firm',
  newAccount: 'New account',
  issuer: 'Identity provider',
  subject: 'Identity',
  clientId: 'Client id',
  clientSecret: 'Client secret',
  linkedBy: 'Linked by',
  membershipCreated: 'Joined as',
  autoProvision: 'Creates accounts',
  defaultRole: 'Role for new accounts',
  spec: 'Check',
  resourceType: 'Resource type',
  severity: 'Severity',
  expression: 'Rule',
  approverIds: 'Approvers',
  audience: 'Audience',
  reviewCadenceMonths: 'Review cadence (months)',
  version: 'Version',
  templateId: 'Library template',
  automatable: 'Can be automated',
  suggestedEvidence: 'Suggested evidence',
};

/** Fields holding a stored enumeration: their values read as words (`not_started` → "Not started"). */
const ENUM_FIELDS = new Set([
  'status',
  'frequency',
  'kind',
  'role',
  'scope',
  'reportType',
  'membershipCreated',
  'defaultRole',
  'severity',
  'linkedBy',
]);

const SPECIAL_VALUES: Record<string, string> = {
  type1: 'Type 1',
  type2: 'Type 2',
  read: 'Read only',
  write: 'Read and write',
  per_event: 'Per event',
  it: 'IT',
  hr: 'HR',
};

const categoryName = new Map(CATEGORIES.map((c) => [c.id, c.name]));

/** `per_event` → "Per event", `ownerId` → "Owner id": a code as words, first letter capital. */
export function humanizeCode(value: string): string {
  if (SPECIAL_VALUES[value]) return SPECIAL_VALUES[value];
  const text = value
    .replaceAll(/([a-z])([A-Z])/g, '$1 $2')
    .split(/[\s_.-]+/)
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The label of a recorded field: `ownerId` → "Owner", `naJustification` → "Why it does not apply". */
export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? humanizeCode(field);
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function bytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** A schedule in minutes as a sentence part: 60 → "every hour"; null → "only on upload or on demand". */
export function scheduleText(minutes: unknown): string {
  if (typeof minutes !== 'number') return 'only on upload or on demand';
  if (minutes % 1440 === 0) return minutes === 1440 ? 'every day' : `every ${minutes / 1440} days`;
  if (minutes % 60 === 0) return minutes === 60 ? 'every hour' : `every ${minutes / 60} hours`;
  return `every ${minutes} minutes`;
}

const isChange = (v: unknown): v is { from?: unknown; to: unknown } =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && 'to' in v && Object.keys(v).length <= 2;

/** One recorded value as text: names for ids, labels for enumerations, "—" for nothing. */
export function valueText(field: string, value: unknown, names: NameOf = {}): string {
  if (value === null || value === undefined || value === '') {
    return field === 'scheduleMinutes' ? 'Only on upload or on demand' : '—';
  }
  if (isChange(value)) return changeText(field, value, names);
  if (Array.isArray(value)) {
    return value.length === 0 ? 'none' : value.map((v) => valueText(field, v, names)).join(', ');
  }
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') {
    if (field === 'size') return bytes(value);
    if (field === 'scheduleMinutes') {
      const s = scheduleText(value);
      return s.charAt(0).toUpperCase() + s.slice(1);
    }
    return value.toLocaleString('en-US');
  }
  if (typeof value === 'string') {
    if (names[value]) return names[value];
    if (field === 'categories') return categoryName.get(value as never) ?? value;
    if (ENUM_FIELDS.has(field)) return humanizeCode(value);
    if (ISO_TIME.test(value)) return `${value.slice(0, 10)} ${value.slice(11, 16)} UTC`;
    return value;
  }
  return Object.entries(value as Record<string, unknown>)
    .map(([k, v]) => `${fieldLabel(k)}: ${valueText(k, v, names)}`)
    .join('; ');
}

/** A change as "old → new" ("— → Sam Patel"); a change without an old value shows the new one. */
export function changeText(
  field: string,
  change: { from?: unknown; to: unknown },
  names: NameOf = {},
): string {
  const to = valueText(field, change.to, names);
  return 'from' in change ? `${valueText(field, change.from, names)} → ${to}` : to;
}

/** One line of an event's details: a label and its value as text. */
export interface DetailLine {
  label: string;
  value: string;
}

/**
 * Every recorded value of an event as label/value lines, nested records flattened ("Check › Name").
 * @example auditDetailLines({ ownerId: { from: null, to: 'u1' } }, { u1: 'Sam Patel' }) // [{ label: 'Owner', value: '— → Sam Patel' }]
 */
export function auditDetailLines(
  changes: Record<string, unknown>,
  names: NameOf = {},
  prefix = '',
): DetailLine[] {
  const lines: DetailLine[] = [];
  for (const [field, value] of Object.entries(changes)) {
    const label = prefix ? `${prefix} › ${fieldLabel(field)}` : fieldLabel(field);
    const nested = typeof value === 'object' && value !== null && !Array.isArray(value) && !isChange(value);
    if (nested) lines.push(...auditDetailLines(value as Record<string, unknown>, names, label));
    else lines.push({ label, value: valueText(field, value, names) });
  }
  // Some events record a thing twice (controls by reference and by id): once named, the lines are equal.
  return lines.filter((l, i) => lines.findIndex((o) => o.label === l.label && o.value === l.value) === i);
}
