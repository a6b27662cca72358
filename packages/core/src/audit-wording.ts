/**
 * Every action the audit trail records, as a sentence with names: "Olivia Chen changed the owner of
 * AC-02 from — to Sam Patel". The server resolves ids to names; these rules only put words together.
 */
import { fieldLabel, humanizeCode, type NameOf, scheduleText, valueText } from './audit-values.ts';
import { INCIDENT_STATUS_LABELS } from './incidents.ts';

/** What a sentence needs of one recorded event. */
export interface AuditEventFacts {
  action: string;
  changes: Record<string, unknown>;
}

/** Names resolved for one event: who acted, the object acted on, and every id its changes mention. */
export interface AuditNames {
  /** "Olivia Chen", "Olivia Chen (API token 'ci')" or "Vigil". */
  actor: string;
  /** The object's short name as a sentence uses it ("AC-02", "AWS production"), when it still exists. */
  object: string | null;
  ids: NameOf;
  /** Failing results after a sweep, when the run recorded them. */
  failing?: number | null;
}

type Sentence = (e: AuditEventFacts, n: AuditNames) => string;

/** One recordable action: its label in filters, its group, and its sentence. */
export interface AuditActionWording {
  label: string;
  group: string;
  sentence: Sentence;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);
const quoted = (v: string | null, fallback: string) => (v ? `'${v}'` : fallback);
const num = (v: unknown) => (typeof v === 'number' ? v : 0);
const docName = (kind: unknown) => (kind === 'bridge_letter' ? 'bridge letter' : 'system description');
const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
const toOf = (v: unknown) =>
  typeof v === 'object' && v !== null && 'to' in v ? (v as { to: unknown }).to : v;

/** "a", "a and b", "a, b and c". */
export function listWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Fields too long to quote in a sentence: the details show them. */
const LONG_FIELDS = new Set(['description', 'notes', 'naJustification', 'config', 'criteria', 'systemIds']);

/**
 * "changed the owner of AC-02 from — to Sam Patel" for one short field, "edited the description of AC-02"
 * for a long one, "changed the owner and status of AC-02" for several.
 */
function changedWhat(changes: Record<string, unknown>, object: string, ids: NameOf, skip: string[] = []) {
  const fields = Object.keys(changes).filter((f) => !skip.includes(f));
  if (fields.length === 0) return `updated ${object}`;
  const labels = fields.map((f) => fieldLabel(f).toLowerCase());
  const only = fields.length === 1 ? fields[0]! : null;
  const change = only ? changes[only] : null;
  if (only && !LONG_FIELDS.has(only) && typeof change === 'object' && change !== null && 'from' in change) {
    const c = change as { from: unknown; to: unknown };
    return `changed the ${labels[0]} of ${object} from ${valueText(only, c.from, ids)} to ${valueText(only, c.to, ids)}`;
  }
  if (only && LONG_FIELDS.has(only)) return `edited the ${labels[0]} of ${object}`;
  return `changed the ${listWords(labels)} of ${object}`;
}

const sourceNames: Record<string, string> = {
  aws: 'AWS',
  github: 'GitHub',
  okta: 'Okta',
  hris: 'HR system',
  terraform: 'Terraform',
  trivy: 'Trivy',
  grype: 'Grype',
  sarif: 'code scanning',
  'npm-audit': 'npm audit',
  'tls-probe': 'TLS probe',
};

/** The sweep's subject: its connector by name, or the kind of file when it ran without one. */
function sweepOf(e: AuditEventFacts, n: AuditNames) {
  const connectorId = str(e.changes.connectorId);
  const connector = connectorId ? n.ids[connectorId] : null;
  if (connector) return `'${connector}'`;
  const source = str(e.changes.source);
  return source ? `the ${sourceNames[source] ?? humanizeCode(source)} import` : 'an import';
}

const evidenceSentence: Sentence = (e, n) => {
  const title = quoted(str(e.changes.title), 'a file');
  const codes = Array.isArray(e.changes.controls) ? (e.changes.controls as string[]) : [];
  const to = codes.length ? ` to ${listWords(codes)}` : '';
  switch (e.changes.kind) {
    case 'collection':
    case 'check_result':
      return `Vigil kept ${title} as evidence${codes.length ? ` for ${listWords(codes)}` : ''}`;
    case 'review':
      return `${n.actor} recorded the review ${title}${to}`;
    default:
      return `${n.actor} uploaded evidence ${title}${to}`;
  }
};

const nameOf = (e: AuditEventFacts, n: AuditNames) => quoted(n.object ?? str(toOf(e.changes.name)), 'one');

const ORGANIZATION = 'Organization and scope';
const CONTROLS = 'Controls and evidence';
const MONITORING = 'Monitoring';
const PEOPLE = 'People and access';
const AUDITS = 'Engagements';
const POLICIES = 'Policies';
const INCIDENTS = 'Incidents';
const CHANGES = 'Change management';
const RISKS = 'Risks';
const VENDORS = 'Vendors';
const TRUST = 'Trust page';
const TRUST_VISIBILITY_WORDS: Record<string, string> = {
  public: 'public',
  on_request: 'on request',
  private: 'private',
};

const policyName = (e: AuditEventFacts, n: AuditNames) =>
  quoted(str(e.changes.title) ?? n.object, 'a policy');

/** Every action Vigil records, with its wording. A new recorded action needs an entry here (a test checks). */
export const AUDIT_ACTIONS: Readonly<Record<string, AuditActionWording>> = {
  'organization.created': {
    label: 'Organization created',
    group: ORGANIZATION,
    sentence: (e, n) => `${n.actor} created the organization ${quoted(str(e.changes.name), '')}`.trim(),
  },
  'scope.updated': {
    label: 'Scope changed',
    group: ORGANIZATION,
    sentence: (e, n) => {
      const c = e.changes.categories as { from?: unknown; to?: unknown } | undefined;
      if (!c) return `${n.actor} changed the scope`;
      const words = (v: unknown) =>
        Array.isArray(v) && v.length ? listWords(v.map((x) => valueText('categories', x))) : 'none';
      return `${n.actor} changed the categories in scope from ${words(c.from)} to ${words(c.to)}`;
    },
  },
  'system.created': {
    label: 'System added',
    group: ORGANIZATION,
    sentence: (e, n) => `${n.actor} added the system ${nameOf(e, n)}`,
  },
  'system.updated': {
    label: 'System changed',
    group: ORGANIZATION,
    sentence: (e, n) => `${n.actor} ${changedWhat(e.changes, `the system ${nameOf(e, n)}`, n.ids)}`,
  },
  'system.deleted': {
    label: 'System removed',
    group: ORGANIZATION,
    sentence: (e, n) => `${n.actor} removed the system ${quoted(str(e.changes.name), 'one')}`,
  },
  'controls.adopted': {
    label: 'Control library adopted',
    group: CONTROLS,
    sentence: (e, n) =>
      `${n.actor} adopted ${plural(num(e.changes.added), 'control')} from the control library`,
  },
  'control.created': {
    label: 'Control added',
    group: CONTROLS,
    sentence: (e, n) =>
      `${n.actor} added the control ${str(e.changes.code) ?? n.object ?? ''} ${quoted(str(e.changes.title), '')}`.trim(),
  },
  'control.updated': {
    label: 'Control changed',
    group: CONTROLS,
    sentence: (e, n) =>
      `${n.actor} ${changedWhat(e.changes, str(e.changes.code) ?? n.object ?? 'a control', n.ids, ['code'])}`,
  },
  'evidence.added': { label: 'Evidence added', group: CONTROLS, sentence: evidenceSentence },
  'custom_check.created': {
    label: 'Custom check added',
    group: MONITORING,
    sentence: (e, n) => `${n.actor} added the custom check ${checkName(e.changes.spec, n)}`,
  },
  'custom_check.updated': {
    label: 'Custom check changed',
    group: MONITORING,
    sentence: (e, n) => `${n.actor} changed the custom check ${checkName(e.changes.to, n)}`,
  },
  'custom_check.deleted': {
    label: 'Custom check removed',
    group: MONITORING,
    sentence: (e, n) => `${n.actor} removed the custom check ${checkName(e.changes.spec, n)}`,
  },
  'connector.created': {
    label: 'Connector added',
    group: MONITORING,
    sentence: (e, n) => `${n.actor} connected ${quoted(str(e.changes.name), 'a system')}`,
  },
  'connector.updated': {
    label: 'Connector changed',
    group: MONITORING,
    sentence: (e, n) => {
      const { name, ...rest } = e.changes;
      const label = n.object ?? str(name) ?? str(toOf(name));
      return `${n.actor} ${changedWhat(rest, `the connector ${quoted(label, '')}`.trim(), n.ids)}`;
    },
  },
  'connector.schedule_changed': {
    label: 'Connector schedule changed',
    group: MONITORING,
    sentence: (e, n) =>
      `${n.actor} set ${quoted(str(e.changes.name) ?? n.object, 'a connector')} to run ${scheduleText(toOf(e.changes.scheduleMinutes))}`,
  },
  'connector.deleted': {
    label: 'Connector removed',
    group: MONITORING,
    sentence: (e, n) => `${n.actor} removed the connector ${quoted(str(e.changes.name), '')}`.trim(),
  },
  'monitoring.run_completed': {
    label: 'Sweep finished',
    group: MONITORING,
    sentence: (e, n) => {
      const seen = plural(num(e.changes.resourcesSeen), 'resource');
      const failing = typeof n.failing === 'number' ? `, ${plural(n.failing, 'failing result')}` : '';
      const changed = num(e.changes.transitions);
      const moved = changed ? `, ${plural(changed, 'result')} changed` : ', no result changed';
      return `Vigil's sweep of ${sweepOf(e, n)} finished: ${seen} checked${failing}${moved}`;
    },
  },
  'monitoring.run_failed': {
    label: 'Sweep failed',
    group: MONITORING,
    sentence: (e, n) =>
      `Vigil's sweep of ${sweepOf(e, n)} failed${str(e.changes.error) ? `: ${str(e.changes.error)}` : ''}`,
  },
  'alert_channel.created': {
    label: 'Alert channel added',
    group: MONITORING,
    sentence: (e, n) =>
      `${n.actor} added the ${valueText('kind', e.changes.kind).toLowerCase()} alert channel ${quoted(str(e.changes.name), '')}`.trim(),
  },
  'alert_channel.updated': {
    label: 'Alert channel changed',
    group: MONITORING,
    sentence: (e, n) => {
      const { name, ...rest } = e.changes;
      return `${n.actor} ${changedWhat(rest, `the alert channel ${quoted(str(name) ?? n.object, '')}`.trim(), n.ids)}`;
    },
  },
  'alert_channel.secret_rotated': {
    label: 'Alert channel secret replaced',
    group: MONITORING,
    sentence: (e, n) =>
      `${n.actor} replaced the signing secret of the alert channel ${quoted(str(e.changes.name), '')}`.trim(),
  },
  'alert_channel.deleted': {
    label: 'Alert channel removed',
    group: MONITORING,
    sentence: (e, n) => `${n.actor} removed the alert channel ${quoted(str(e.changes.name), '')}`.trim(),
  },
  'user.role_changed': {
    label: 'Role changed',
    group: PEOPLE,
    sentence: (e, n) => {
      const who = n.object ?? str(e.changes.email) ?? 'a member';
      if (e.changes.role) return `${n.actor} ${changedWhat({ role: e.changes.role }, who, n.ids)}`;
      return `${n.actor} changed when the access of ${who} ends`;
    },
  },
  'user.removed': {
    label: 'Member removed',
    group: PEOPLE,
    sentence: (e, n) =>
      `${n.actor} removed ${n.object ?? str(e.changes.email) ?? 'a member'} from the organization`,
  },
  'invitation.created': {
    label: 'Invitation sent',
    group: PEOPLE,
    sentence: (e, n) => {
      const engagement = str(e.changes.engagementId);
      const to = engagement && n.ids[engagement] ? ` to the engagement '${n.ids[engagement]}'` : '';
      return `${n.actor} invited ${str(e.changes.email) ?? 'someone'} as ${valueText('role', e.changes.role).toLowerCase()}${to}`;
    },
  },
  'invitation.accepted': {
    label: 'Invitation accepted',
    group: PEOPLE,
    sentence: (e, n) =>
      `${n.actor} accepted the invitation and joined as ${valueText('role', e.changes.role).toLowerCase()}`,
  },
  'invitation.revoked': {
    label: 'Invitation withdrawn',
    group: PEOPLE,
    sentence: (e, n) => `${n.actor} withdrew the invitation of ${str(e.changes.email) ?? 'someone'}`,
  },
  'token.created': {
    label: 'API token created',
    group: PEOPLE,
    sentence: (e, n) =>
      `${n.actor} created the API token ${quoted(str(e.changes.name), '')} (${valueText('scope', e.changes.scope).toLowerCase()})`,
  },
  'token.revoked': {
    label: 'API token revoked',
    group: PEOPLE,
    sentence: (e, n) => `${n.actor} revoked the API token ${quoted(str(e.changes.name), '')}`.trim(),
  },
  'sso.configured': {
    label: 'Single sign-on set up',
    group: PEOPLE,
    sentence: (_e, n) => `${n.actor} set up single sign-on`,
  },
  'sso.removed': {
    label: 'Single sign-on turned off',
    group: PEOPLE,
    sentence: (_e, n) => `${n.actor} turned off single sign-on`,
  },
  'sso.login': {
    label: 'Signed in with single sign-on',
    group: PEOPLE,
    sentence: (e, n) => {
      const joined = str(e.changes.membershipCreated);
      return `${n.actor} signed in with single sign-on${joined ? ` and joined as ${valueText('role', joined).toLowerCase()}` : ''}`;
    },
  },
  'person.created': {
    label: 'Person added',
    group: PEOPLE,
    sentence: (e, n) => `${n.actor} added ${str(e.changes.name) ?? 'a person'} to the person register`,
  },
  'person.updated': {
    label: 'Person changed',
    group: PEOPLE,
    sentence: (e, n) =>
      `${n.actor} ${changedWhat(e.changes, str(e.changes.name) ?? 'a person', n.ids, ['name'])}`,
  },
  'person.account_linked': {
    label: 'Account linked to a person',
    group: PEOPLE,
    sentence: (e, n) =>
      `${n.actor} linked the ${str(e.changes.system) ?? ''} account ${quoted(str(e.changes.account), '')} to ${str(e.changes.name) ?? 'a person'}`.replace(
        / {2,}/g,
        ' ',
      ),
  },
  'person.account_unlinked': {
    label: 'Account unlinked from a person',
    group: PEOPLE,
    sentence: (e, n) =>
      `${n.actor} unlinked the ${str(e.changes.system) ?? ''} account ${quoted(str(e.changes.account), '')} from ${str(e.changes.name) ?? 'a person'}`.replace(
        / {2,}/g,
        ' ',
      ),
  },
  'people.roster_synced': {
    label: 'Person register updated from the HR roster',
    group: PEOPLE,
    sentence: (e, n) => {
      const left = Array.isArray(e.changes.terminated) ? (e.changes.terminated as string[]) : [];
      const ended = left.length > 0 ? `; ${listWords(left)} left` : '';
      return `${n.actor} updated the person register from the HR roster: ${plural(num(e.changes.added), 'person', 'people')} added, ${num(e.changes.changed)} changed${ended}`;
    },
  },
  'people.settings_changed': {
    label: 'Offboarding deadline changed',
    group: PEOPLE,
    sentence: (e, n) => {
      const c = e.changes.offboardingSlaBusinessDays as { from?: unknown; to?: unknown } | undefined;
      return `${n.actor} changed the time allowed to remove a leaver's accounts from ${plural(num(c?.from), 'business day')} to ${plural(num(c?.to), 'business day')}`;
    },
  },
  'onboarding.item_completed': {
    label: 'Onboarding item done',
    group: PEOPLE,
    sentence: (e, n) =>
      `${n.actor} marked '${str(e.changes.item) ?? 'an item'}' done for ${str(e.changes.name) ?? 'a new hire'}`,
  },
  'offboarding.opened': {
    label: 'Offboarding opened',
    group: PEOPLE,
    sentence: (e, n) =>
      `${n.actor} opened the offboarding of ${str(e.changes.name) ?? 'a leaver'} (end date ${str(e.changes.endDate) ?? 'unknown'}, accounts due off within ${plural(num(e.changes.slaBusinessDays), 'business day')})`,
  },
  'offboarding.account_attested': {
    label: 'Account removal attested',
    group: PEOPLE,
    sentence: (e, n) =>
      `${n.actor} attested that the ${str(e.changes.system) ?? ''} account ${quoted(str(e.changes.account), '')} was removed: ${str(e.changes.reason) ?? ''}`.replace(
        / {2,}/g,
        ' ',
      ),
  },
  'engagement.opened': {
    label: 'Engagement opened',
    group: AUDITS,
    sentence: (e, n) => `${n.actor} opened the engagement ${quoted(str(e.changes.name), '')}`.trim(),
  },
  'engagement.updated': {
    label: 'Engagement changed',
    group: AUDITS,
    sentence: (e, n) => `${n.actor} ${changedWhat(e.changes, `the engagement ${nameOf(e, n)}`, n.ids)}`,
  },
  // Audit requests: the auditor's list and the loop between the company and the auditor.
  'audit_request.opened': {
    label: 'Audit request opened',
    group: AUDITS,
    sentence: (e, n) =>
      `${n.actor} opened the audit request ${quoted(str(e.changes.reference), 'a request')}${str(e.changes.source) === 'sample' ? ' for a test sample' : ''}`,
  },
  'audit_request.list_imported': {
    label: 'Request list imported',
    group: AUDITS,
    sentence: (e, n) =>
      `${n.actor} imported the auditor's request list ${quoted(str(e.changes.fileName), '')} with ${plural(num(e.changes.requests), 'request')}`.replace(
        / {2,}/g,
        ' ',
      ),
  },
  'audit_request.list_generated': {
    label: 'Requests opened for the controls',
    group: AUDITS,
    sentence: (e, n) =>
      `${n.actor} opened ${plural(num(e.changes.requests), 'audit request')}, one per control without one`,
  },
  'audit_request.updated': {
    label: 'Audit request changed',
    group: AUDITS,
    sentence: (e, n) =>
      `${n.actor} ${changedWhat(e.changes, `the audit request ${quoted(str(e.changes.reference), 'a request')}`, n.ids, ['reference'])}`,
  },
  'audit_request.evidence_linked': {
    label: 'Evidence given for an audit request',
    group: AUDITS,
    sentence: (e, n) =>
      `${n.actor} gave the evidence ${quoted(str(e.changes.title), 'an item')} for the audit request ${quoted(str(e.changes.reference), 'a request')}`,
  },
  'audit_request.submitted': {
    label: 'Audit request submitted',
    group: AUDITS,
    sentence: (e, n) =>
      `${n.actor} ${e.changes.resubmitted === true ? 'resubmitted' : 'submitted'} the audit request ${quoted(str(e.changes.reference), 'a request')} to the auditor`,
  },
  'audit_request.accepted': {
    label: 'Audit request accepted',
    group: AUDITS,
    sentence: (e, n) =>
      `${n.actor} accepted the audit request ${quoted(str(e.changes.reference), 'a request')}`,
  },
  'audit_request.flagged': {
    label: 'Audit request flagged',
    group: AUDITS,
    sentence: (e, n) =>
      `${n.actor} flagged the audit request ${quoted(str(e.changes.reference), 'a request')}: ${str(e.changes.reason) ?? 'no reason given'}`,
  },
  'audit_request.commented': {
    label: 'Audit request comment',
    group: AUDITS,
    sentence: (e, n) =>
      `${n.actor} commented on the audit request ${quoted(str(e.changes.reference), 'a request')}`,
  },
  // Recurring activities (the calendar).
  'activities.scheduled': {
    label: 'Activities scheduled',
    group: CONTROLS,
    sentence: (e, n) =>
      `${n.actor} scheduled ${plural(num(e.changes.added), 'recurring activity', 'recurring activities')}`,
  },
  'activity.completed': {
    label: 'Activity completed',
    group: CONTROLS,
    sentence: (e, n) =>
      `${n.actor} completed ${activityOf(e)}${e.changes.late === true ? ', late' : ''}, with the evidence ${quoted(str(e.changes.evidence), 'attached')}`,
  },
  'activity.updated': {
    label: 'Activity changed',
    group: CONTROLS,
    sentence: (e, n) => {
      const parts: string[] = [];
      for (const [field, label] of [
        ['owner', 'owner'],
        ['dueDate', 'due date'],
      ] as const) {
        const c = e.changes[field] as { from?: unknown; to?: unknown } | undefined;
        if (c && typeof c === 'object')
          parts.push(`the ${label} from ${str(c.from) ?? '—'} to ${str(c.to) ?? '—'}`);
      }
      return `${n.actor} changed ${parts.length ? listWords(parts) : 'the details'} of ${activityOf(e)}`;
    },
  },
  'calendar_feed.created': {
    label: 'Calendar feed address made',
    group: PEOPLE,
    sentence: (e, n) =>
      `${n.actor} ${e.changes.replaced === true ? 'replaced their calendar feed address (the old one stopped working)' : 'made a calendar feed address'}`,
  },
  // Exercises (issue 13).
  'exercise.tabletop_recorded': {
    label: 'Tabletop exercise recorded',
    group: PEOPLE,
    sentence: (e, n) =>
      `${n.actor} recorded a tabletop exercise (${str(e.changes.scenario) ?? 'a scenario'}) held on ${str(e.changes.heldOn) ?? 'a date'} with ${plural(num(e.changes.actions), 'follow-up action')}`,
  },
  'exercise.continuity_test_recorded': {
    label: 'Continuity test recorded',
    group: PEOPLE,
    sentence: (e, n) =>
      `${n.actor} recorded a ${str(e.changes.kind) ?? 'continuity test'} of ${quoted(str(e.changes.subject), 'a system')} on ${str(e.changes.performedOn) ?? 'a date'}: objectives ${str(e.changes.outcome) ?? 'unknown'}`,
  },
  'exercise.tabletop_updated': {
    label: 'Tabletop exercise changed',
    group: PEOPLE,
    sentence: (e, n) => {
      const { tabletop, ...rest } = e.changes;
      return `${n.actor} ${changedWhat(rest, `the ${str(tabletop) ?? 'tabletop exercise'}`, n.ids)}`;
    },
  },
  'exercise.continuity_test_updated': {
    label: 'Continuity test changed',
    group: PEOPLE,
    sentence: (e, n) => {
      const { test, outcome, ...rest } = e.changes;
      return `${n.actor} ${changedWhat(rest, `the continuity test of ${quoted(str(test), 'a system')}`, n.ids)} (objectives ${str(outcome) ?? 'unknown'})`;
    },
  },
  'exercise.action_done': {
    label: 'Follow-up action done',
    group: PEOPLE,
    sentence: (e, n) =>
      `${n.actor} marked the follow-up action ${quoted(str(e.changes.title), 'of an exercise')} done`,
  },
  'exercise.action_reopened': {
    label: 'Follow-up action reopened',
    group: PEOPLE,
    sentence: (e, n) =>
      `${n.actor} reopened the follow-up action ${quoted(str(e.changes.title), 'of an exercise')}`,
  },
  // Internal audits (issue 13).
  'internal_audit.planned': {
    label: 'Internal audit planned',
    group: CONTROLS,
    sentence: (e, n) =>
      `${n.actor} planned the internal audit ${quoted(str(e.changes.title), 'an audit')} for ${str(e.changes.plannedDate) ?? 'a date'} covering ${plural(num(e.changes.controls), 'control')}`,
  },
  'internal_audit.result_recorded': {
    label: 'Internal audit result recorded',
    group: CONTROLS,
    sentence: (e, n) =>
      `${n.actor} recorded ${str(e.changes.control) ?? 'a control'} as ${str(e.changes.result) ?? 'tested'} in the internal audit ${quoted(str(e.changes.title), 'an audit')}`,
  },
  'internal_audit.finding_added': {
    label: 'Internal audit finding added',
    group: CONTROLS,
    sentence: (e, n) =>
      `${n.actor} added the finding ${quoted(str(e.changes.description), 'a finding')} to the internal audit ${quoted(str(e.changes.title), 'an audit')}`,
  },
  'internal_audit.finding_updated': {
    label: 'Internal audit finding updated',
    group: CONTROLS,
    sentence: (e, n) =>
      str(e.changes.to)
        ? `${n.actor} moved the finding ${quoted(str(e.changes.description), 'a finding')} from ${str(e.changes.from) ?? 'its status'} to ${str(e.changes.to)}`
        : `${n.actor} updated the owner, due date or remediation of the finding ${quoted(str(e.changes.description), 'a finding')}`,
  },
  'internal_audit.completed': {
    label: 'Internal audit completed',
    group: CONTROLS,
    sentence: (e, n) =>
      `${n.actor} completed the internal audit ${quoted(str(e.changes.title), 'an audit')} with ${plural(num(e.changes.exceptions), 'exception')}; the next one is planned for ${str(e.changes.nextPlannedDate) ?? 'next year'}`,
  },
  // The system description and bridge letter of an engagement (issue 15).
  'report_document.drafted': {
    label: 'Report document drafted',
    group: AUDITS,
    sentence: (e, n) =>
      `${n.actor} drafted version ${num(e.changes.version)} of the ${docName(e.changes.kind)} of ${quoted(str(e.changes.engagement), 'an engagement')}`,
  },
  'report_document.section_edited': {
    label: 'Report document section edited',
    group: AUDITS,
    sentence: (e, n) =>
      `${n.actor} edited the section ${quoted(str(e.changes.section), 'a section')} of the ${docName(e.changes.kind)} of ${quoted(str(e.changes.engagement), 'an engagement')}`,
  },
  'report_document.section_confirmed': {
    label: 'Report document section confirmed',
    group: AUDITS,
    sentence: (e, n) =>
      `${n.actor} confirmed the generated section ${quoted(str(e.changes.section), 'a section')} of the ${docName(e.changes.kind)} of ${quoted(str(e.changes.engagement), 'an engagement')}`,
  },
  'report_document.approved': {
    label: 'Report document approved',
    group: AUDITS,
    sentence: (e, n) =>
      `${n.actor} approved version ${num(e.changes.version)} of the ${docName(e.changes.kind)} of ${quoted(str(e.changes.engagement), 'an engagement')}`,
  },
  // Testing inside an engagement and the exceptions register (issue 14).
  'audit_testing.test_recorded': {
    label: 'Control test recorded',
    group: AUDITS,
    sentence: (e, n) =>
      `${n.actor} recorded the test of ${str(e.changes.control) ?? 'a control'} in ${quoted(str(e.changes.engagement), 'an engagement')}: ${plural(num(e.changes.attributes), 'attribute')} tested, ${str(e.changes.conclusion) ?? 'no conclusion yet'}`,
  },
  'audit_testing.exception_recorded': {
    label: 'Audit exception recorded',
    group: AUDITS,
    sentence: (e, n) =>
      `${n.actor} recorded the exception ${quoted(str(e.changes.description), 'an exception')} against ${str(e.changes.control) ?? 'a control'} (${str(e.changes.criterion) ?? 'a criterion'}) in ${quoted(str(e.changes.engagement), 'an engagement')}`,
  },
  'audit_testing.exception_updated': {
    label: 'Audit exception changed',
    group: AUDITS,
    sentence: (e, n) =>
      `${n.actor} changed the description, cause or conclusion of the exception ${quoted(str(e.changes.description), 'an exception')}`,
  },
  'audit_testing.response_recorded': {
    label: "Management's response recorded",
    group: AUDITS,
    sentence: (e, n) =>
      `${n.actor} wrote management's response or the remediation plan for the exception ${quoted(str(e.changes.description), 'an exception')}`,
  },
  'audit_testing.exception_remediated': {
    label: 'Audit exception remediated',
    group: AUDITS,
    sentence: (e, n) =>
      `${n.actor} marked the exception ${quoted(str(e.changes.description), 'an exception')} remediated on ${str(e.changes.remediationDate) ?? 'a date'}; the exception stays in the register`,
  },
  // Populations and samples of an engagement's audit (issue 14).
  'audit_population.produced': {
    label: 'Population produced',
    group: CONTROLS,
    sentence: (e, n) =>
      `${n.actor} produced the population ${quoted(str(e.changes.name), 'of an engagement')} with ${plural(num(e.changes.rowCount), 'row')}`,
  },
  'audit_population.uploaded': {
    label: 'Population uploaded',
    group: CONTROLS,
    sentence: (e, n) =>
      `${n.actor} uploaded the population ${quoted(str(e.changes.name), 'of an engagement')} with ${plural(num(e.changes.rowCount), 'row')}`,
  },
  'audit_sample.drawn': {
    label: 'Sample drawn',
    group: CONTROLS,
    sentence: (e, n) =>
      `${n.actor} drew a sample of ${plural(num(e.changes.size), 'item')} for ${str(e.changes.control) ?? 'a control'} from ${quoted(str(e.changes.population), 'a population')}`,
  },
  'audit_sample.result_recorded': {
    label: 'Sample result recorded',
    group: CONTROLS,
    sentence: (e, n) =>
      `${n.actor} recorded ${str(e.changes.result) ?? 'a result'} for the item ${quoted(str(e.changes.itemName) ?? str(e.changes.item), 'of a sample')} of ${str(e.changes.control) ?? 'a control'}`,
  },
  'sample_size_table.updated': {
    label: 'Sample size table changed',
    group: CONTROLS,
    sentence: (_e, n) => `${n.actor} changed the sample size table`,
  },
  // Training and background checks (issue 12).
  'training.courses_adopted': {
    label: 'Training courses adopted',
    group: PEOPLE,
    sentence: (e, n) =>
      `${n.actor} adopted ${plural(num(e.changes.added), 'training course')} from the catalog`,
  },
  'training.course_created': {
    label: 'Training course added',
    group: PEOPLE,
    sentence: (e, n) => `${n.actor} added the training course ${quoted(str(e.changes.title), 'one')}`,
  },
  'training.course_updated': {
    label: 'Training course changed',
    group: PEOPLE,
    sentence: (e, n) => {
      const { course, ...rest } = e.changes;
      return `${n.actor} ${changedWhat(rest, `the training course ${quoted(str(course) ?? n.object, '')}`.trim(), n.ids)}`;
    },
  },
  'training.completion_recorded': {
    label: 'Training completion recorded',
    group: PEOPLE,
    sentence: (e, n) =>
      `${n.actor} recorded that ${str(e.changes.person) ?? 'someone'} completed ${quoted(str(e.changes.course), 'a course')} on ${str(e.changes.completedOn) ?? 'a date'} (cycle ${str(e.changes.cycle) ?? '—'})`,
  },
  'training.completions_imported': {
    label: 'Training completions imported',
    group: PEOPLE,
    sentence: (e, n) =>
      `${n.actor} imported ${plural(num(e.changes.imported), 'training completion')} from ${quoted(str(e.changes.fileName), 'a learning system export')}`,
  },
  'vendor.created': {
    label: 'Vendor added',
    group: VENDORS,
    sentence: (e, n) => `${n.actor} added the vendor ${nameOf(e, n)}`,
  },
  'vendor.updated': {
    label: 'Vendor changed',
    group: VENDORS,
    sentence: (e, n) => {
      const { vendor, ...rest } = e.changes;
      return `${n.actor} ${changedWhat(rest, `the vendor ${quoted(str(vendor), 'one')}`, n.ids)}`;
    },
  },
  'vendor.subservice_set': {
    label: 'Vendor subservice organization recorded',
    group: VENDORS,
    sentence: (e, n) => {
      const method = str(e.changes.method);
      const vendor = quoted(str(e.changes.vendor), 'a vendor');
      return method
        ? `${n.actor} recorded ${vendor} as a ${method === 'carve_out' ? 'carved-out' : 'included'} subservice organization with ${plural(num(e.changes.csocs), 'complementary control')} relied on`
        : `${n.actor} recorded that ${vendor} is not a subservice organization`;
    },
  },
  'vendor.review_scheduled': {
    label: 'Vendor review scheduled',
    group: VENDORS,
    sentence: (e, n) =>
      `${n.actor} scheduled a review of the vendor ${quoted(str(e.changes.vendor), 'one')} due ${str(e.changes.dueDate) ?? 'soon'}`,
  },
  'vendor.review_updated': {
    label: 'Vendor review changed',
    group: VENDORS,
    sentence: (e, n) =>
      `${n.actor} changed the review of the vendor ${quoted(str(e.changes.vendor), 'one')} due ${str(e.changes.dueDate) ?? 'soon'}`,
  },
  'vendor.review_completed': {
    label: 'Vendor review completed',
    group: VENDORS,
    sentence: (e, n) => {
      const c = str(toOf(e.changes.conclusion));
      const word = c === 'approve' ? 'approved' : c === 'reject' ? 'rejected' : 'conditionally approved';
      return `${n.actor} completed the review of the vendor ${quoted(str(e.changes.vendor), 'one')}: ${word}`;
    },
  },
  'vendor.report_added': {
    label: 'Vendor report added',
    group: VENDORS,
    sentence: (e, n) =>
      `${n.actor} added the report ${quoted(str(e.changes.fileName), '')} of the vendor ${quoted(str(e.changes.vendor), 'one')} covering ${str(e.changes.periodStart) ?? '?'} to ${str(e.changes.periodEnd) ?? '?'}`.replace(
        '  ',
        ' ',
      ),
  },
  'background_check.updated': {
    label: 'Background check recorded',
    group: PEOPLE,
    sentence: (e, n) => {
      const { person, ...rest } = e.changes;
      return `${n.actor} ${changedWhat(rest, `the background check of ${str(person) ?? 'someone'}`, n.ids)}`;
    },
  },
  'background_check.report_attached': {
    label: 'Background check report attached',
    group: PEOPLE,
    sentence: (e, n) =>
      `${n.actor} attached the background check report ${quoted(str(e.changes.fileName), '')} for ${str(e.changes.person) ?? 'someone'}`.replace(
        '  ',
        ' ',
      ),
  },
  'hr_access.granted': {
    label: 'HR access granted',
    group: PEOPLE,
    sentence: (e, n) => `${n.actor} granted HR access to ${str(e.changes.member) ?? 'a member'}`,
  },
  'hr_access.withdrawn': {
    label: 'HR access withdrawn',
    group: PEOPLE,
    sentence: (e, n) => `${n.actor} withdrew HR access from ${str(e.changes.member) ?? 'a member'}`,
  },
  // Access reviews: campaigns, decisions and the verification of revocations.
  'access_review.created': {
    label: 'Access review created',
    group: PEOPLE,
    sentence: (e, n) => `${n.actor} created the access review ${quoted(str(e.changes.name), '')}`.trim(),
  },
  'access_review.started': {
    label: 'Access review started',
    group: PEOPLE,
    sentence: (e, n) =>
      `${n.actor} started the access review ${quoted(str(e.changes.name), '')}, freezing ${plural(num(e.changes.accounts), 'account')}`,
  },
  'access_review.decided': {
    label: 'Access decided',
    group: PEOPLE,
    sentence: (e, n) =>
      `${n.actor} decided to ${String(toOf(e.changes.decision))} ${str(e.changes.account) ?? 'an account'} in ${str(e.changes.system) ?? 'a system'}`,
  },
  'access_review.bulk_kept': {
    label: 'Unflagged accounts kept',
    group: PEOPLE,
    sentence: (e, n) =>
      `${n.actor} kept ${plural(num(e.changes.kept), 'unflagged account')} in the access review ${quoted(str(e.changes.campaign), '')}`.trim(),
  },
  'access_review.closed': {
    label: 'Access review closed',
    group: PEOPLE,
    sentence: (e, n) =>
      `${n.actor} closed the access review ${quoted(str(e.changes.name), '')} and kept its report`,
  },
  'access_review.list_uploaded': {
    label: 'User list uploaded',
    group: PEOPLE,
    sentence: (e, n) =>
      `${n.actor} uploaded the user list of ${str(e.changes.system) ?? 'a system'} (${plural(num(e.changes.accounts), 'account')})`,
  },
  'access_review.remediation_checked': {
    label: 'Revocations checked',
    group: PEOPLE,
    sentence: (e, n) => {
      const verified = Array.isArray(e.changes.verified) ? e.changes.verified.length : 0;
      const overdue = Array.isArray(e.changes.overdue) ? e.changes.overdue.length : 0;
      return `${n.actor} found ${plural(verified, 'revocation')} carried out and ${plural(overdue, 'revocation')} overdue in the access review ${quoted(str(e.changes.campaign), '')}`.trim();
    },
  },
  // Policies: the title and version number are recorded with each event, so the sentence needs no lookup.
  'policy.created': {
    label: 'Policy created',
    group: POLICIES,
    sentence: (e, n) => `${n.actor} created the policy ${policyName(e, n)}`,
  },
  'policy.updated': {
    label: 'Policy changed',
    group: POLICIES,
    sentence: (e, n) =>
      `${n.actor} ${changedWhat(e.changes, `the policy ${policyName(e, n)}`, n.ids, ['title'])}`,
  },
  'policy_version.created': {
    label: 'Policy version started',
    group: POLICIES,
    sentence: (e, n) => `${n.actor} started version ${str(e.changes.version)} of ${policyName(e, n)}`,
  },
  'policy_version.updated': {
    label: 'Policy draft edited',
    group: POLICIES,
    sentence: (e, n) => `${n.actor} edited the draft ${str(e.changes.version)} of ${policyName(e, n)}`,
  },
  'policy.reviewed': {
    label: 'Policy reviewed',
    group: POLICIES,
    sentence: (e, n) =>
      `${n.actor} reviewed ${policyName(e, n)} with no change and sent version ${str(e.changes.version)} for approval`,
  },
  'policy_version.submitted': {
    label: 'Policy sent for approval',
    group: POLICIES,
    sentence: (e, n) =>
      `${n.actor} sent version ${str(e.changes.version)} of ${policyName(e, n)} for approval`,
  },
  'policy_version.published': {
    label: 'Policy approved and published',
    group: POLICIES,
    sentence: (e, n) =>
      `${n.actor} approved and published version ${str(e.changes.version)} of ${policyName(e, n)}`,
  },
  'policy_version.rejected': {
    label: 'Policy version rejected',
    group: POLICIES,
    sentence: (e, n) =>
      `${n.actor} rejected version ${str(e.changes.version)} of ${policyName(e, n)}: ${str(e.changes.reason) ?? ''}`.trim(),
  },
  'policy.accepted': {
    label: 'Policy accepted',
    group: POLICIES,
    sentence: (e, n) => `${n.actor} accepted version ${str(e.changes.version)} of ${policyName(e, n)}`,
  },
  'policy.acceptance_requested': {
    label: 'Policy acceptance requested',
    group: POLICIES,
    sentence: (e, n) =>
      `${n.actor} asked ${plural(num(e.changes.asked), 'more person', 'more people')} to accept ${policyName(e, n)}`,
  },
  // Change management (issue 13).
  'change.justified': {
    label: 'Change justified',
    group: CHANGES,
    sentence: (e, n) =>
      `${n.actor} justified the change ${str(e.changes.change)} (${str(e.changes.deviations)}), approved after the fact by ${str(e.changes.approver)}`,
  },
  // Incidents (issue 13).
  'incident.created': {
    label: 'Incident recorded',
    group: INCIDENTS,
    sentence: (e, n) => {
      const check = str(e.changes.check);
      return check
        ? `${n.actor} promoted the failing check ${quoted(check, '')} to the incident ${quoted(str(e.changes.title), '')}`
        : `${n.actor} recorded the incident ${quoted(str(e.changes.title), 'one')}${e.changes.significant === true ? ', marked significant' : ''}`;
    },
  },
  'incident.updated': {
    label: 'Incident changed',
    group: INCIDENTS,
    sentence: (e, n) => {
      const { incident, ...rest } = e.changes;
      return `${n.actor} ${changedWhat(rest, `the incident ${quoted(str(incident), '')}`.trim(), n.ids)}`;
    },
  },
  'incident.status_changed': {
    label: 'Incident status changed',
    group: INCIDENTS,
    sentence: (e, n) => {
      const to = str(toOf(e.changes.status));
      const title = quoted(str(e.changes.incident), 'an incident');
      if (to === 'dismissed') {
        return `${n.actor} dismissed ${title} as not an incident: ${str(e.changes.reason) ?? 'no reason given'}`;
      }
      const label = to ? (INCIDENT_STATUS_LABELS as Record<string, string>)[to] : null;
      return `${n.actor} moved ${title} to ${(label ?? 'another status').toLowerCase()}`;
    },
  },
  'incident.risks_linked': {
    label: 'Incident linked to risks',
    group: INCIDENTS,
    sentence: (e, n) => {
      const linked = str(e.changes.linked);
      const unlinked = str(e.changes.unlinked);
      const incident = `the incident ${quoted(str(e.changes.incident), 'one')}`;
      if (linked && unlinked)
        return `${n.actor} linked the risks ${linked} to ${incident} and unlinked the risks ${unlinked} from it`;
      if (unlinked) return `${n.actor} unlinked the risks ${unlinked} from ${incident}`;
      if (linked) return `${n.actor} linked the risks ${linked} to ${incident}`;
      return `${n.actor} changed the risks linked to ${incident}`;
    },
  },

  'incident.timeline_added': {
    label: 'Incident timeline entry added',
    group: INCIDENTS,
    sentence: (e, n) =>
      `${n.actor} added an entry to the timeline of the incident ${quoted(str(e.changes.incident), 'one')}`,
  },
  'incident.follow_up_added': {
    label: 'Incident follow-up added',
    group: INCIDENTS,
    sentence: (e, n) =>
      `${n.actor} asked ${str(e.changes.owner) ?? 'someone'} to ${quoted(str(e.changes.followUp), 'follow up')} by ${str(e.changes.dueDate) ?? 'a date'} after the incident ${quoted(str(e.changes.incident), 'one')}`,
  },
  'incident.follow_up_done': {
    label: 'Incident follow-up done',
    group: INCIDENTS,
    sentence: (e, n) =>
      `${n.actor} marked the follow-up ${quoted(str(e.changes.followUp), 'action')} of the incident ${quoted(str(e.changes.incident), 'one')} done`,
  },
  'incident.empty_period_attested': {
    label: 'Period without incidents attested',
    group: INCIDENTS,
    sentence: (e, n) =>
      `${n.actor} attested that no incident happened between ${str(e.changes.from) ?? '—'} and ${str(e.changes.to) ?? '—'}`,
  },
  // Risks (issue 13).
  'risk_matrix.updated': {
    label: 'Risk matrix changed',
    group: RISKS,
    sentence: (e, n) =>
      `${n.actor} set the risk matrix to ${str(e.changes.size) ?? 'a new grid'}${str(e.changes.levels) ? ` with the levels ${str(e.changes.levels)}` : ''}`,
  },
  'risk.created': {
    label: 'Risk added',
    group: RISKS,
    sentence: (e, n) =>
      `${n.actor} added the risk ${quoted(str(e.changes.title), 'one')}${str(e.changes.fromLibrary) ? ' from the library' : ''}`,
  },
  'risk.updated': {
    label: 'Risk changed',
    group: RISKS,
    sentence: (e, n) => {
      const fields = Object.keys(e.changes).filter((f) => f !== 'title');
      const words = fields.map((f) => RISK_FIELD_WORDS[f] ?? fieldLabel(f).toLowerCase());
      return `${n.actor} changed ${words.length ? `the ${listWords(words)}` : 'the details'} of the risk ${quoted(str(e.changes.title), '')}`.trim();
    },
  },
  'risk.accepted': {
    label: 'Risk accepted',
    group: RISKS,
    sentence: (e, n) =>
      `${n.actor} accepted the risk ${quoted(str(e.changes.title), '')} until ${str(e.changes.expiresOn) ?? '—'}: ${str(e.changes.justification) ?? ''}`.trim(),
  },
  'risk.acceptance_expired': {
    label: 'Risk acceptance expired',
    group: RISKS,
    sentence: (e, n) =>
      `${n.actor} reopened the risk ${quoted(str(e.changes.title), '')}: its acceptance expired on ${str(e.changes.expiredOn) ?? '—'}`,
  },
  'risk_assessment.taken': {
    label: 'Risk assessment taken',
    group: RISKS,
    sentence: (e, n) =>
      `${n.actor} took the risk assessment of ${str(e.changes.assessedOn) ?? '—'} covering ${plural(num(e.changes.risks), 'risk')}`,
  },
  'risk_assessment.approved': {
    label: 'Risk assessment approved',
    group: RISKS,
    sentence: (e, n) =>
      `${n.actor} approved the risk assessment of ${str(e.changes.assessedOn) ?? '—'} taken by ${str(e.changes.takenBy) ?? 'someone else'}`,
  },
  'readiness.snapshot_taken': {
    label: 'Readiness assessment taken',
    group: AUDITS,
    sentence: (e, n) =>
      `${n.actor} took the readiness assessment of ${str(e.changes.takenOn) ?? '—'}: ${num(e.changes.score)}% ready with ${plural(num(e.changes.gaps), 'gap')}`,
  },
  'risk_reassessment.requested': {
    label: 'Risk reassessment requested',
    group: RISKS,
    sentence: (e, n) =>
      `${n.actor} asked for the risks to be reassessed: ${str(e.changes.reason) ?? ''}`.trim(),
  },
  // Vulnerabilities and penetration tests (issue 13).
  'vulnerabilities.sla_policy_changed': {
    label: 'Vulnerability SLA changed',
    group: MONITORING,
    sentence: (e, n) => {
      const a = (e.changes.after ?? {}) as Record<string, unknown>;
      return `${n.actor} set the remediation deadlines for findings detected from now on to ${num(a.critical)} days for critical, ${num(a.high)} for high, ${num(a.medium)} for medium and ${num(a.low)} for low`;
    },
  },
  'vulnerabilities.exception_requested': {
    label: 'Vulnerability risk acceptance requested',
    group: MONITORING,
    sentence: (e, n) =>
      `${n.actor} asked to accept the risk of ${quoted(str(e.changes.finding), 'a finding')} until ${str(e.changes.expiresOn) ?? 'a date'}`,
  },
  'vulnerabilities.exception_approved': {
    label: 'Vulnerability risk acceptance approved',
    group: MONITORING,
    sentence: (e, n) =>
      `${n.actor} approved accepting the risk of ${quoted(str(e.changes.finding), 'a finding')} until ${str(e.changes.expiresAt)?.slice(0, 10) ?? 'its expiry'}`,
  },
  'pen_tests.created': {
    label: 'Penetration test recorded',
    group: MONITORING,
    sentence: (e, n) =>
      `${n.actor} recorded the penetration test by ${quoted(str(e.changes.vendor), 'a vendor')} from ${str(e.changes.startDate) ?? '—'} to ${str(e.changes.endDate) ?? '—'}`,
  },
  'pen_tests.report_attached': {
    label: 'Penetration test report attached',
    group: MONITORING,
    sentence: (e, n) =>
      `${n.actor} attached the report ${quoted(str(e.changes.fileName), 'a file')} to the penetration test by ${quoted(str(e.changes.vendor), 'a vendor')}`,
  },
  'pen_tests.finding_added': {
    label: 'Penetration test finding added',
    group: MONITORING,
    sentence: (e, n) =>
      `${n.actor} added the ${str(e.changes.severity) ?? ''} finding ${quoted(str(e.changes.title), 'one')} to the penetration test by ${quoted(str(e.changes.vendor), 'a vendor')}`.replace(
        'the  finding',
        'the finding',
      ),
  },
  'pen_tests.findings_imported': {
    label: 'Penetration test findings imported',
    group: MONITORING,
    sentence: (e, n) =>
      `${n.actor} imported ${plural(num(e.changes.findings), 'finding')} from ${quoted(str(e.changes.fileName), 'a file')} into the penetration test by ${quoted(str(e.changes.vendor), 'a vendor')}`,
  },
  'pen_tests.finding_updated': {
    label: 'Penetration test finding remediation recorded',
    group: MONITORING,
    sentence: (e, n) => {
      const parts = [
        str(e.changes.remediatedOn) ? `remediated on ${str(e.changes.remediatedOn)}` : 'not remediated',
        str(e.changes.retestOn)
          ? `retested on ${str(e.changes.retestOn)}${e.changes.retestResult === 'fixed' ? ', fixed' : e.changes.retestResult === 'not_fixed' ? ', not fixed' : ''}`
          : null,
      ].filter((p): p is string => p !== null);
      return `${n.actor} recorded ${quoted(str(e.changes.title), 'a finding')} of the penetration test by ${quoted(str(e.changes.vendor), 'a vendor')} as ${listWords(parts)}`;
    },
  },
  // The public trust page (issue 15).
  'trust.settings_saved': {
    label: 'Trust page settings saved',
    group: TRUST,
    sentence: (e, n) =>
      e.changes.enabled === true
        ? `${n.actor} saved the trust page settings; the page is public at /trust/${str(e.changes.slug) ?? ''}`
        : `${n.actor} saved the trust page settings; the page is switched off`,
  },
  'trust.public_summary_published': {
    label: 'SOC 3 summary published or withdrawn',
    group: TRUST,
    sentence: (e, n) =>
      e.changes.published === true
        ? `${n.actor} published the SOC 3 summary on the trust page`
        : `${n.actor} withdrew the SOC 3 summary from the trust page`,
  },
  'trust.nda_published': {
    label: 'NDA version published',
    group: TRUST,
    sentence: (e, n) => `${n.actor} published version ${num(e.changes.version)} of the trust page NDA`,
  },
  'trust.document_added': {
    label: 'Trust page document added',
    group: TRUST,
    sentence: (e, n) =>
      `${n.actor} added the document ${quoted(str(e.changes.title), 'one')} to the trust page (${TRUST_VISIBILITY_WORDS[str(e.changes.visibility) ?? ''] ?? 'private'})`,
  },
  'trust.document_version_added': {
    label: 'Trust page document version uploaded',
    group: TRUST,
    sentence: (e, n) =>
      `${n.actor} uploaded version ${num(e.changes.version)} of the trust page document ${quoted(str(e.changes.title), 'one')}`,
  },
  'trust.document_updated': {
    label: 'Trust page document changed',
    group: TRUST,
    sentence: (e, n) => {
      const v = e.changes.visibility as { to?: string } | undefined;
      const to = v?.to ? `, now ${TRUST_VISIBILITY_WORDS[v.to] ?? v.to}` : '';
      return `${n.actor} changed the trust page document ${quoted(str(e.changes.title), 'one')}${to}`;
    },
  },
  'trust.access_requested': {
    label: 'Trust page access requested',
    group: TRUST,
    sentence: (e) =>
      `${str(e.changes.name) ?? 'Someone'} of ${str(e.changes.company) ?? 'a company'} asked for the trust page documents and accepted NDA version ${num(e.changes.ndaVersion)}${e.changes.autoApproved === true ? '; approved automatically for their email domain' : ''}`,
  },
  'trust.request_approved': {
    label: 'Trust page access approved',
    group: TRUST,
    sentence: (e, n) =>
      `${n.actor} approved the request of ${str(e.changes.name) ?? 'a requester'} of ${str(e.changes.company) ?? 'a company'}`,
  },
  'trust.request_rejected': {
    label: 'Trust page access declined',
    group: TRUST,
    sentence: (e, n) =>
      `${n.actor} declined the request of ${str(e.changes.name) ?? 'a requester'} of ${str(e.changes.company) ?? 'a company'}`,
  },
  'trust.grant_revoked': {
    label: 'Trust page access revoked',
    group: TRUST,
    sentence: (e, n) =>
      `${n.actor} revoked the document access of ${str(e.changes.name) ?? 'a requester'} of ${str(e.changes.company) ?? 'a company'}`,
  },
};

/** Risk fields as a sentence names them. */
const RISK_FIELD_WORDS: Record<string, string> = {
  inherentLikelihood: 'inherent likelihood',
  inherentImpact: 'inherent impact',
  currentLikelihood: 'current likelihood',
  currentImpact: 'current impact',
  targetLikelihood: 'target likelihood',
  targetImpact: 'target impact',
  components: 'affected components',
  controls: 'mitigating controls',
};

function activityOf(e: AuditEventFacts) {
  const title = quoted(str(e.changes.title), 'an activity');
  const control = str(e.changes.control);
  return control ? `${title} for ${control}` : title;
}

function checkName(spec: unknown, n: AuditNames) {
  const name = typeof spec === 'object' && spec !== null ? str((spec as { name?: unknown }).name) : null;
  return quoted(name ?? n.object, '').trim() || 'one';
}

/**
 * The sentence of one recorded event.
 * @example auditSentence({ action: 'token.revoked', changes: { name: 'ci' } }, { actor: 'Sam', object: null, ids: {} }) // "Sam revoked the API token 'ci'"
 */
export function auditSentence(e: AuditEventFacts, names: AuditNames): string {
  const wording = AUDIT_ACTIONS[e.action];
  return wording ? wording.sentence(e, names) : `${names.actor}: ${humanizeCode(e.action).toLowerCase()}`;
}

/** The label of an action code in lists and filters ("Control changed"). */
export const auditActionLabel = (action: string) => AUDIT_ACTIONS[action]?.label ?? humanizeCode(action);

/** The actions as filter choices, grouped, in the order of `AUDIT_ACTIONS`. */
export function auditActionGroups(): { group: string; items: { value: string; label: string }[] }[] {
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const [value, w] of Object.entries(AUDIT_ACTIONS)) {
    groups.set(w.group, [...(groups.get(w.group) ?? []), { value, label: w.label }]);
  }
  return [...groups].map(([group, items]) => ({ group, items }));
}

/** What each kind of object in the trail is called. */
export const AUDIT_OBJECT_TYPES: Readonly<Record<string, string>> = {
  organization: 'Organization',
  system: 'System',
  control_library: 'Control library',
  control: 'Control',
  evidence: 'Evidence',
  custom_check: 'Custom check',
  connector: 'Connector',
  run: 'Sweep',
  alert_channel: 'Alert channel',
  user: 'Member',
  invitation: 'Invitation',
  api_token: 'API token',
  oidc_provider: 'Single sign-on',
  engagement: 'Engagement',
  audit_request: 'Audit request',
  person: 'Person',
  activity: 'Activity',
  calendar_feed: 'Calendar feed',
  tabletop_exercise: 'Tabletop exercise',
  readiness_snapshot: 'Readiness assessment',
  continuity_test: 'Continuity test',
  exercise_action: 'Follow-up action',
  internal_audit: 'Internal audit',
  internal_audit_finding: 'Internal audit finding',
  report_document: 'Report document',
  control_test: 'Control test',
  audit_exception: 'Audit exception',
  audit_population: 'Population',
  audit_sample: 'Sample',
  sample_size_table: 'Sample size table',
  training_course: 'Training course',
  training_completion: 'Training completion',
  background_check: 'Background check',
  vendor: 'Vendor',
  hr_access: 'HR access',
  vuln_sla_policy: 'Vulnerability SLA',
  vuln_exception: 'Vulnerability risk acceptance',
  pen_test: 'Penetration test',
  policy: 'Policy',
  incident: 'Incident',
  merged_change: 'Merged change',
  incident_empty_period: 'Period without incidents',
  trust_settings: 'Trust page',
  trust_nda: 'Trust page NDA',
  trust_document: 'Trust page document',
  trust_access_request: 'Trust page access request',
};

/** The label of an object type ("API token"). */
export const auditObjectTypeLabel = (type: string) => AUDIT_OBJECT_TYPES[type] ?? humanizeCode(type);
