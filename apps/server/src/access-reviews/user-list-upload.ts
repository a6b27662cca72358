/**
 * Receives another system's user list as CSV: reads the multipart fields `systemName` and `file`,
 * parses every row before anything is stored, and keeps the accounts for a campaign to snapshot.
 */
import { createHash } from 'node:crypto';
import type { ReviewUpload } from '@vigil/api';
import { invalid } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { reviewAccountsFromCsv } from '@vigil/monitoring';
import { CsvError, parse } from 'csv-parse/sync';
import type { FastifyRequest } from 'fastify';
import type { OrgActor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-recorder.ts';
import { cleanFileName } from '../http/file-name.ts';
import { csvSystemKey } from './campaign-starter.ts';

/** Largest user list accepted: a quarter of a million rows of a typical export. */
export const USER_LIST_MAX_BYTES = 20 * 1024 * 1024;

/** What the multipart request carried. */
export interface ReceivedList {
  systemName: string;
  fileName: string;
  content: Buffer;
}

/** Reads `systemName` then `file` from the request; refuses a missing field or a file over the limit by name. */
export async function receiveUserList(req: FastifyRequest): Promise<ReceivedList> {
  if (!req.isMultipart())
    throw invalid('file', 'file: send multipart/form-data with the fields "systemName" and "file"');
  let systemName = '';
  for await (const part of req.parts()) {
    if (part.type === 'field') {
      if (part.fieldname === 'systemName') systemName = String(part.value).trim();
      continue;
    }
    if (part.fieldname !== 'file') {
      part.file.resume();
      continue;
    }
    const content = await part.toBuffer().catch(() => {
      throw invalid('file', `file: larger than the limit of ${USER_LIST_MAX_BYTES / 1048576} MiB`);
    });
    if (part.file.truncated)
      throw invalid('file', `file: larger than the limit of ${USER_LIST_MAX_BYTES / 1048576} MiB`);
    if (!systemName)
      throw invalid('systemName', 'systemName: name the system the list comes from, before the file');
    if (systemName.length > 200) throw invalid('systemName', 'systemName: must be 200 characters or fewer');
    return { systemName, fileName: cleanFileName(part.filename || 'users.csv'), content };
  }
  if (!systemName) throw invalid('systemName', 'systemName: name the system the list comes from');
  throw invalid('file', 'file: attach the user list as CSV, in a field named "file"');
}

/** Parses and stores the list; a bad file throws naming the row and field, and stores nothing. */
export async function storeUserList(tx: Db, actor: OrgActor, list: ReceivedList): Promise<ReviewUpload> {
  let rows: string[][];
  try {
    rows = parse(list.content, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (err) {
    if (err instanceof CsvError)
      throw invalid('file', `${list.fileName}: line ${err.lines ?? '?'}: ${err.message}`);
    throw err;
  }
  const accounts = reviewAccountsFromCsv(rows, list.fileName);
  const sha256 = createHash('sha256').update(list.content).digest('hex');
  const [row] = await tx
    .insert(schema.accessReviewUploads)
    .values({
      orgId: actor.orgId,
      systemName: list.systemName,
      systemKey: csvSystemKey(list.systemName),
      fileName: list.fileName,
      sha256,
      accounts: accounts as unknown as Record<string, unknown>[],
      uploadedBy: actor.userId,
    })
    .returning();
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'access_review.list_uploaded',
    entityType: 'access_review_upload',
    entityId: row!.id,
    changes: { system: list.systemName, fileName: list.fileName, accounts: accounts.length, sha256 },
  });
  return {
    id: row!.id,
    systemName: row!.systemName,
    fileName: row!.fileName,
    accounts: accounts.length,
    createdAt: row!.createdAt.toISOString(),
  };
}
