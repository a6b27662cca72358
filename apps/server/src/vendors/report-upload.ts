/**
 * Reads the multipart request of a vendor report: exactly one file, staged in the evidence store as it
 * streams in, and the text fields checked against the contract before anything is kept.
 */
import { VendorReportFieldsSchema } from '@vigil/api';
import { invalid } from '@vigil/core';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { cleanFileName } from '../http/file-name.ts';
import type { EvidenceStore, StagedBlob } from '../storage/evidence-store.ts';

export interface ReportUpload {
  fields: z.output<typeof VendorReportFieldsSchema>;
  staged: StagedBlob;
  fileName: string;
  mediaType: string;
}

/** The report's file and fields; the caller discards the staged file once done. */
export async function readReportUpload(
  req: FastifyRequest,
  store: EvidenceStore,
  orgId: string,
): Promise<ReportUpload> {
  if (!req.isMultipart())
    throw invalid('body', 'body: send multipart/form-data with the report in a field named "file"');
  const raw: Record<string, string> = {};
  let file: Omit<ReportUpload, 'fields'> | null = null;
  try {
    for await (const part of req.parts()) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file' || file) {
          part.file.resume();
          throw invalid('file', 'file: send exactly one file, in a field named "file"');
        }
        const fileName = cleanFileName(part.filename || '');
        file = {
          staged: await store.stage(orgId, part.file, fileName),
          fileName,
          mediaType: part.mimetype || 'application/octet-stream',
        };
      } else {
        if (part.fieldname in raw) throw invalid(part.fieldname, `${part.fieldname}: send this field once`);
        const value = String(part.value ?? '').trim();
        if (value !== '') raw[part.fieldname] = value;
      }
    }
    const parsed = VendorReportFieldsSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = issue.code === 'unrecognized_keys' ? issue.keys[0]! : issue.path.join('.') || 'body';
      throw invalid(
        field,
        `${field}: ${issue.code === 'unrecognized_keys' ? 'unknown field' : issue.message}`,
      );
    }
    if (!file) throw invalid('file', 'file: attach the report, in a field named "file"');
    return { ...file, fields: parsed.data };
  } catch (err) {
    await file?.staged.discard();
    throw err;
  }
}
