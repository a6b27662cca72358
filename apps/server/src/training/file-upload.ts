/**
 * Reads a multipart request of this domain (a certificate, a background-check report): one file,
 * sealed into staging as it streams in, and text fields validated with the contract's schema.
 */
import { invalid } from '@vigil/core';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { cleanFileName } from '../http/file-name.ts';
import type { EvidenceStore, StagedBlob } from '../storage/evidence-store.ts';

export interface FileUpload<T> {
  fields: T;
  staged: StagedBlob;
  fileName: string;
  mediaType: string;
}

function parse<S extends z.ZodType>(schema: S, raw: Record<string, string>): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const unknown = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
  const field = unknown ?? (issue.path.join('.') || 'body');
  throw invalid(field, `${field}: ${unknown ? 'unknown field' : issue.message}`);
}

/** The file and fields of a multipart request; the caller must `staged.discard()` once done. */
export async function readFileUpload<S extends z.ZodType>(
  req: FastifyRequest,
  store: EvidenceStore,
  orgId: string,
  schema: S,
): Promise<FileUpload<z.output<S>>> {
  if (!req.isMultipart()) {
    throw invalid('body', 'body: send multipart/form-data with the file in a field named "file"');
  }
  const raw: Record<string, string> = {};
  let file: { staged: StagedBlob; fileName: string; mediaType: string } | null = null;
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
        continue;
      }
      if (part.fieldname in raw) throw invalid(part.fieldname, `${part.fieldname}: send this field once`);
      const value = String(part.value ?? '').trim();
      if (value !== '') raw[part.fieldname] = value;
    }
    const fields = parse(schema, raw);
    if (!file) throw invalid('file', 'file: attach the file, in a field named "file"');
    return { ...file, fields };
  } catch (err) {
    await file?.staged.discard();
    throw err;
  }
}

/** `attachment; filename="…"; filename*=UTF-8''…`: the ASCII form for old clients, the exact name for the rest. */
export function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
