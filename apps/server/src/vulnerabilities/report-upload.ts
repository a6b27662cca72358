/** Reads the one file of a pen-test report upload, sealed into staging as it streams in. */
import { invalid } from '@vigil/core';
import type { FastifyRequest } from 'fastify';
import { cleanFileName } from '../http/file-name.ts';
import type { EvidenceStore, StagedBlob } from '../storage/evidence-store.ts';

export interface ReportUpload {
  staged: StagedBlob;
  fileName: string;
  mediaType: string;
}

/** The staged report; the caller must `staged.discard()` once done. */
export async function readReportUpload(
  req: FastifyRequest,
  store: EvidenceStore,
  orgId: string,
): Promise<ReportUpload> {
  if (!req.isMultipart())
    throw invalid('file', 'file: send multipart/form-data with the report in a field named "file"');
  let upload: ReportUpload | null = null;
  try {
    for await (const part of req.parts()) {
      if (part.type !== 'file') continue;
      if (part.fieldname !== 'file' || upload) {
        part.file.resume();
        throw invalid('file', 'file: send exactly one file, in a field named "file"');
      }
      const fileName = cleanFileName(part.filename || 'report');
      upload = {
        staged: await store.stage(orgId, part.file, fileName),
        fileName,
        mediaType: part.mimetype || 'application/octet-stream',
      };
    }
    if (!upload) throw invalid('file', 'file: attach the report, in a field named "file"');
    return upload;
  } catch (err) {
    await upload?.staged.discard();
    throw err;
  }
}
