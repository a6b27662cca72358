/**
 * The report an auditor reads: the snapshot with its hash, every account's flags, reviewer,
 * decision, reason and time, and the verification of each revocation, as CSV and as PDF (pdfmake
 * with the standard Helvetica fonts, so nothing is read from disk or the network).
 */
import {
  ACCESS_DECISION_WORDS,
  ACCESS_REVIEW_FLAG_WORDS,
  type AccessDecision,
  RECURRENCE_WORDS,
  type Recurrence,
} from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { stringify } from 'csv-stringify/sync';
import { and, asc, eq } from 'drizzle-orm';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { pdfMaker } from '../documents/file-libraries.ts';
import { type CampaignRow, memberNames, presentAccount, type Viewer } from './access-reviews.queries.ts';

const HEADER = [
  'System',
  'Account',
  'Name',
  'Person',
  'Roles',
  'Privileged',
  'MFA',
  'Last login',
  'Flags',
  'Reviewer',
  'Decision',
  'Reason',
  'Decided by',
  'Decided at',
  'Remediation',
  'Verified at',
  'Lag',
];

const yesNo = (v: boolean | null) => (v === null ? 'Unknown' : v ? 'Yes' : 'No');
const REMEDIATION_WORDS = {
  pending: 'Waiting for a sweep',
  verified: 'Verified',
  overdue: 'Overdue',
} as const;

/** The report's rows, in words, and its summary lines. */
export async function reportContent(db: Db, c: CampaignRow) {
  const rows = await db
    .select()
    .from(schema.accessReviewAccounts)
    .where(
      and(eq(schema.accessReviewAccounts.orgId, c.orgId), eq(schema.accessReviewAccounts.campaignId, c.id)),
    )
    .orderBy(asc(schema.accessReviewAccounts.systemName), asc(schema.accessReviewAccounts.account));
  const names = await memberNames(db, c.orgId);
  const viewer: Viewer = { orgId: c.orgId, userId: null, email: '', canRead: true, canManage: false };
  const body = rows.map((r) => {
    const a = presentAccount(c, r, names, viewer);
    return [
      a.system,
      a.account,
      a.displayName ?? '',
      a.personName ?? 'No matching person',
      a.roles.join('; '),
      a.privileged ? 'Yes' : 'No',
      yesNo(a.mfa),
      a.neverLoggedIn ? 'Never' : (a.lastLoginAt?.slice(0, 10) ?? 'Unknown'),
      a.flags.map((f) => ACCESS_REVIEW_FLAG_WORDS[f]).join('; '),
      a.reviewerName ?? 'Manager of reviews',
      a.decision ? ACCESS_DECISION_WORDS[a.decision as AccessDecision] : 'Not decided',
      a.reason ?? '',
      a.decidedByName ?? '',
      a.decidedAt ?? '',
      a.remediation ? `${REMEDIATION_WORDS[a.remediation.state]} (due ${a.remediation.dueDate})` : '',
      a.remediation?.verifiedAt ?? '',
      a.remediation?.lag ?? '',
    ];
  });
  const summary = [
    `Access review: ${c.name}`,
    `Systems: ${c.systems.map((s) => `${s.name} (owner ${names.get(s.ownerUserId)?.name ?? 'unknown'})`).join(', ')}`,
    `Recurrence: ${RECURRENCE_WORDS[c.recurrence as Recurrence]}; due ${c.dueDate}`,
    `Snapshot taken ${c.startedAt?.toISOString() ?? 'not yet'}; SHA-256 ${c.snapshotHash ?? 'none'}`,
    `Closed ${c.closedAt?.toISOString() ?? 'not yet'}`,
    `Accounts: ${rows.length}; flagged ${rows.filter((r) => r.flags.length > 0).length}; revoked or modified ${
      rows.filter((r) => r.decision === 'revoke' || r.decision === 'modify').length
    }; verified ${rows.filter((r) => r.verifiedAt).length}`,
  ];
  return { summary, body };
}

/** The report as CSV: the summary as comment-free leading rows, then one row per account. */
export async function reportCsv(db: Db, c: CampaignRow): Promise<Buffer> {
  const { summary, body } = await reportContent(db, c);
  return Buffer.from(stringify([...summary.map((s) => [s]), [], HEADER, ...body]));
}

/** The report as PDF, landscape, the table's header repeated on every page. */
export async function reportPdf(db: Db, c: CampaignRow): Promise<Buffer> {
  const { summary, body } = await reportContent(db, c);
  const [title, ...facts] = summary;
  const doc: TDocumentDefinitions = {
    pageOrientation: 'landscape',
    pageSize: 'A4',
    pageMargins: [24, 32, 24, 32],
    defaultStyle: { font: 'Helvetica', fontSize: 6 },
    info: { title },
    content: [
      { text: title ?? '', fontSize: 14, bold: true, margin: [0, 0, 0, 6] },
      ...facts.map((f): Content => ({ text: f, fontSize: 8, margin: [0, 0, 0, 2] })),
      {
        margin: [0, 8, 0, 0],
        table: {
          headerRows: 1,
          widths: HEADER.map(() => '*'),
          body: [HEADER.map((h) => ({ text: h, bold: true })), ...body],
        },
        layout: 'lightHorizontalLines',
      },
    ],
  };
  return (await pdfMaker()).createPdf(doc).getBuffer();
}
