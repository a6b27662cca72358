/**
 * Reads a multipart upload: the file is sealed into staging while it streams in (never held in
 * memory), the text fields are collected and validated with the same schema the docs show.
 */

import { type EvidenceUploadFields, EvidenceUploadFieldsSchema } from '@vigil/api';
import { invalid } from '@vigil/core';
import type { FastifyRequest } from 'fastify';
import { cleanFileName } from '../http/file-name.ts';
import type { EvidenceStore, StagedBlob } from '../storage/evidence-store.ts';

export interface Upload {
  fields: EvidenceUploadFields;
  staged: StagedBlob;
  fileName: string;
  /** What the client said the file is; the recorder sniffs the bytes and prefers what they say. */
  claimedType: string | null;
}

const LIST_FIELDS = new Set(['controlIds']);

function parseFields(raw: Record<string, string | string[]>): EvidenceUploadFields {
  const parsed = EvidenceUploadFieldsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const unknown = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
  const field = unknown ?? (issue.path.join('.') || 'body');
  throw invalid(field, `${field}: ${unknown ? 'unknown field' : issue.message}`);
}

/** The upload of a multipart request; the caller must `staged.discard()` once done with it. */
export async function readUpload(req: FastifyRequest, store: EvidenceStore, orgId: string): Promise<Upload> {
  if (!req.isMultipart()) {
    throw invalid('body', 'body: send multipart/form-data with the file in a field named "file"');
  }
  const raw: Record<string, string | string[]> = {};
  let upload: { staged: StagedBlob; fileName: string; claimedType: string | null } | null = null;
  try {
    for await (const part of req.parts()) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file' || upload) {
          part.file.resume();
          throw invalid('file', 'file: send exactly one file, in a field named "file"');
        }
        const fileName = cleanFileName(part.filename || '');
        upload = {
          staged: await store.stage(orgId, part.file, fileName),
          fileName,
          claimedType: part.mimetype || null,
        };
        continue;
      }
      const value = String(part.value ?? '');
      if (LIST_FIELDS.has(part.fieldname)) {
        const list = (raw[part.fieldname] as string[] | undefined) ?? [];
        list.push(
          ...value
            .split(',')
            .map((v) => v.trim())
            .filter(Boolean),
        );
        raw[part.fieldname] = list;
      } else if (part.fieldname in raw) {
        throw invalid(part.fieldname, `${part.fieldname}: send this field once`);
      } else if (value.trim() !== '') {
        raw[part.fieldname] = value;
      }
    }
    if (!upload) throw invalid('file', 'file: attach the file to upload, in a field named "file"');
    return { ...upload, fields: parseFields(raw) };
  } catch (err) {
    await upload?.staged.discard();
    throw err;
  }
}
