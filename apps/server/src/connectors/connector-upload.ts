/** Receives an uploaded file for a connector: streamed to a private temporary folder, never held in memory. */
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { invalid } from '@vigil/core';
import type { ImportInput } from '@vigil/monitoring';
import { ImportError } from '@vigil/monitoring';
import type { FastifyRequest } from 'fastify';
import { cleanFileName } from '../http/file-name.ts';
import { SweepFailed, SweepInputError } from '../monitoring/index.ts';
import { ArchiveError, type ArchiveLimits, archiveKind, extractArchive } from './bundle-archive.ts';

/** An archive may unpack to this many times the upload limit: JSON exports compress about tenfold. */
export const ARCHIVE_EXPANSION = 4;
export const ARCHIVE_MAX_ENTRIES = 20_000;

export interface ReceivedFile {
  path: string;
  /** The uploaded file's own name, shown in messages (`users.csv: line 12: …`). */
  name: string;
  remove(): Promise<void>;
}

/** Streams the multipart field `file` to disk; a file over `maxBytes` is refused naming the limit. */
export async function receiveFile(req: FastifyRequest, maxBytes: number): Promise<ReceivedFile> {
  if (!req.isMultipart()) {
    throw invalid('file', 'file: send multipart/form-data with the file in a field named "file"');
  }
  const part = await req.file();
  if (part?.fieldname !== 'file') {
    part?.file.resume();
    throw invalid('file', 'file: attach the file to import, in a field named "file"');
  }
  const name = cleanFileName(part.filename || 'upload');
  const dir = await mkdtemp(join(tmpdir(), 'vigil-import-'));
  const remove = () => rm(dir, { recursive: true, force: true });
  const path = join(dir, 'input');
  try {
    await pipeline(part.file, createWriteStream(path, { mode: 0o600 }));
    if (part.file.truncated) {
      throw invalid(
        'file',
        `file: ${name} is larger than the upload limit of ${Math.round(maxBytes / 1048576)} MiB`,
      );
    }
  } catch (err) {
    await remove();
    throw err;
  }
  return { path, name, remove };
}

/** A failed sweep caused by the input itself becomes a 400 naming the file and line; others stay errors. */
export function asInputError(err: unknown): unknown {
  if (
    err instanceof SweepFailed &&
    (err.cause instanceof ImportError || err.cause instanceof SweepInputError)
  ) {
    return invalid('file', err.message);
  }
  return err;
}

/**
 * A `.zip` or `.tar.gz` upload (a bundle folder packed for upload) unpacked beside the upload, in
 * the same private folder, so `file.remove()` clears both; any other file is returned as it is.
 */
export async function unpackIfArchive(file: ReceivedFile, limits: ArchiveLimits): Promise<ImportInput> {
  const kind = await archiveKind(file.path);
  if (!kind) return file;
  try {
    const root = await extractArchive(
      file.path,
      file.name,
      kind,
      join(dirname(file.path), 'unpacked'),
      limits,
    );
    return { path: root, name: file.name };
  } catch (err) {
    if (err instanceof ArchiveError) throw invalid('file', `file: ${err.message}`);
    throw err;
  }
}

/**
 * A `.zip` or `.tar.gz` on disk (the CLI's input) unpacked into a private temporary folder, with the
 * folder to import and how to remove it; null when the file is no archive.
 */
export async function unpackArchiveFile(
  path: string,
  name: string,
  limits: ArchiveLimits,
): Promise<{ input: ImportInput; remove(): Promise<void> } | null> {
  const kind = await archiveKind(path);
  if (!kind) return null;
  const dir = await mkdtemp(join(tmpdir(), 'vigil-unpack-'));
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    const root = await extractArchive(path, name, kind, join(dir, 'unpacked'), limits);
    return { input: { path: root, name }, remove };
  } catch (err) {
    await remove();
    if (err instanceof ArchiveError) throw new ImportError(name, null, err.message.slice(name.length + 2));
    throw err;
  }
}
