/**
 * Turns a batch of alert events into one digest: an email, a signed webhook body, or a Slack
 * message. Pure functions: a sweep that fails a thousand checks yields one message listing the
 * first few and counting the rest.
 */

import type { AlertKind } from '@vigil/api';
import type { SignedCheckpoint } from '@vigil/core';

export interface AlertEvent {
  id: number;
  kind: string;
  createdAt: Date;
  payload: Record<string, unknown>;
}

export interface Digest {
  /** Stable for one delivery attempt; receivers can use it to drop duplicates. */
  id: string;
  org: { id: string; name: string; slug: string };
  /** The control owner the events are routed to; null for events with no owner. */
  recipient: { id: string; name: string; email: string } | null;
  events: AlertEvent[];
  generatedAt: Date;
  /** The organization's audit chain, signed as the digest was made: a copy of it lives in every inbox. */
  checkpoint?: SignedCheckpoint | null;
}

/** The checkpoint in plain words, for people; the signed JSON follows it for machines. */
export function checkpointLines(cp: SignedCheckpoint): string[] {
  return [
    `Audit trail checkpoint: on ${cp.at} the audit trail held ${cp.length} ${cp.length === 1 ? 'entry' : 'entries'}, ` +
      `ending in hash ${cp.headHash}. It is signed with key ${cp.keyId}.`,
    'Keep this message: `vigil verify --checkpoint <file>` with the signed text below saved to a file proves',
    'later that no entry up to this point was removed or changed.',
    '',
    JSON.stringify(cp),
  ];
}

const LABEL: Record<AlertKind, string> = {
  fail: 'FAILING',
  recovered: 'RECOVERED',
  connector_error: 'CONNECTOR ERROR',
  stale: 'STALE',
  due_soon: 'DUE SOON',
  overdue: 'OVERDUE',
};
const PLURAL: Record<AlertKind, string> = {
  fail: 'failing',
  recovered: 'recovered',
  connector_error: 'connector errors',
  stale: 'stale',
  due_soon: 'due soon',
  overdue: 'overdue',
};

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/** The fields of an event payload, whichever of the usual names the producer used. */
export function eventFields(e: AlertEvent) {
  const p = e.payload;
  const since = text(p.lastSuccessAt);
  const staleReason =
    e.kind === 'stale'
      ? since
        ? `no successful collection since ${since}`
        : 'no successful collection yet'
      : null;
  return {
    code:
      text(p.code) ??
      text(p.controlCode) ??
      (Array.isArray(p.controlCodes) ? p.controlCodes.join(', ') || null : null),
    title:
      text(p.title) ?? text(p.checkTitle) ?? text(p.checkId) ?? text(p.connectorName) ?? text(p.connector),
    checkId: text(p.checkId),
    severity: text(p.severity),
    resource: text(p.resourceName) ?? text(p.resource) ?? text(p.resourceId),
    reason: text(p.reason) ?? text(p.error) ?? text(p.message) ?? staleReason,
    controlId: text(p.controlId),
  };
}

/** One line per event: `FAILING [AC-01] MFA enforced: user alice@acme.test: MFA is off`. */
export function eventLine(e: AlertEvent): string {
  const f = eventFields(e);
  const label = LABEL[e.kind as AlertKind] ?? e.kind.toUpperCase();
  const what = [f.code ? `[${f.code}]` : null, f.title ?? 'alert', f.severity ? `(${f.severity})` : null]
    .filter(Boolean)
    .join(' ');
  return [`${label} ${what}`, f.resource, f.reason].filter(Boolean).join(': ');
}

/** Events per kind, in a fixed order. */
export function countByKind(events: AlertEvent[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const e of events) counts[e.kind] = (counts[e.kind] ?? 0) + 1;
  return counts;
}

/** "12 failing, 3 recovered". */
export function summary(events: AlertEvent[]): string {
  return Object.entries(countByKind(events))
    .map(([kind, n]) => {
      const word = PLURAL[kind as AlertKind] ?? kind;
      return `${n} ${n === 1 ? word.replace(/errors$/, 'error') : word}`;
    })
    .join(', ');
}

const more = (n: number) => `…and ${n} more`;

/** The email: one subject line with the counts, the first `maxItems` events, and how many more there are. */
export function renderEmail(
  d: Digest,
  maxItems: number,
  publicUrl?: string,
): { subject: string; text: string } {
  const shown = d.events.slice(0, maxItems);
  const rest = d.events.length - shown.length;
  const lines = [
    d.recipient ? `Hello ${d.recipient.name},` : 'Hello,',
    '',
    `Vigil noticed ${d.events.length} change${d.events.length === 1 ? '' : 's'} in ${d.org.name} (${summary(d.events)}):`,
    '',
    ...shown.map((e) => `- ${eventLine(e)}`),
    ...(rest > 0 ? [more(rest)] : []),
    '',
    ...(publicUrl ? [`Open Vigil: ${publicUrl.replace(/\/$/, '')}/`, ''] : []),
    d.recipient
      ? d.events.every((e) => e.kind === 'due_soon' || e.kind === 'overdue')
        ? 'You receive this because the tasks above are yours or you oversee them.'
        : 'You receive this because you own the controls above.'
      : 'You receive this as an alert channel of the organization.',
    ...(d.checkpoint ? ['', '--', ...checkpointLines(d.checkpoint)] : []),
  ];
  return { subject: `[Vigil] ${d.org.name}: ${summary(d.events)}`, text: lines.join('\n') };
}

/** The JSON a webhook receives; `timestamp` is inside the signed body, so a replay can be told by its age. */
export function renderWebhook(d: Digest, maxItems: number) {
  const shown = d.events.slice(0, maxItems);
  return {
    type: 'vigil.alert_digest',
    id: d.id,
    timestamp: Math.floor(d.generatedAt.getTime() / 1000),
    organization: d.org,
    recipient: d.recipient,
    total: d.events.length,
    counts: countByKind(d.events),
    items: shown.map((e) => ({
      id: e.id,
      kind: e.kind,
      at: e.createdAt.toISOString(),
      ...eventFields(e),
      text: eventLine(e),
    })),
    omitted: d.events.length - shown.length,
    // The signed checkpoint as it is (verify it as a file), with the same facts in words beside it.
    auditCheckpoint: d.checkpoint
      ? { summary: checkpointLines(d.checkpoint)[0], signed: d.checkpoint }
      : null,
  };
}

const SLACK_SECTION_LINES = 10;
const SLACK_TEXT_LIMIT = 2900;

/** A Slack-compatible message (`text` for notifications, `blocks` for the layout), within Slack's block limits. */
export function renderSlack(d: Digest, maxItems: number) {
  const shown = d.events.slice(0, Math.min(maxItems, 40));
  const rest = d.events.length - shown.length;
  const heading = `Vigil: ${d.org.name}: ${summary(d.events)}`;
  const mrkdwn = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const sections = [];
  for (let i = 0; i < shown.length; i += SLACK_SECTION_LINES) {
    const body = shown
      .slice(i, i + SLACK_SECTION_LINES)
      .map((e) => `• ${mrkdwn(eventLine(e))}`)
      .join('\n');
    sections.push({ type: 'section', text: { type: 'mrkdwn', text: body.slice(0, SLACK_TEXT_LIMIT) } });
  }
  const context = [
    ...(d.recipient ? [`Owner: ${mrkdwn(d.recipient.name)}`] : []),
    ...(rest > 0 ? [more(rest)] : []),
    ...(d.checkpoint
      ? [
          `Audit trail checkpoint: ${d.checkpoint.length} entries at ${d.checkpoint.at}, key ${d.checkpoint.keyId}`,
        ]
      : []),
  ];
  return {
    text: heading,
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: heading.slice(0, 150) } },
      ...sections,
      ...(context.length
        ? [{ type: 'context', elements: context.map((t) => ({ type: 'mrkdwn', text: t })) }]
        : []),
    ],
  };
}
