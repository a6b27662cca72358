/**
 * Checks an audit package with nothing but the file: every file against the manifest and
 * SHA256SUMS, no file added or missing, every audit-chain link recomputed from the genesis hash to
 * the head, each evidence item's SHA-256 against the chain entry that recorded it, and every sample
 * recomputed from its population. No database, server or network.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import {
  chainHash,
  describeBreak,
  GENESIS_HASH,
  type RecordedSample,
  type StoredChainEntry,
  verifySample,
} from '@vigil/core';
import tar from 'tar-stream';
import {
  CHAIN_ENTRIES_PATH,
  CHAIN_HEAD_PATH,
  MANIFEST_PATH,
  type PackageManifest,
  SUMS_PATH,
} from './package-format.ts';

const IO_CHUNK = 256 * 1024;

export interface PackageVerification {
  /** Every difference found, each naming the file path or the chain entry. Empty when the package is intact. */
  problems: string[];
  files: number;
  chainEntries: number;
  samples: number;
}

/** Files kept whole while reading: the small ones the checks parse. Everything else is only hashed. */
const kept = (path: string) =>
  path === MANIFEST_PATH ||
  path === SUMS_PATH ||
  path === CHAIN_HEAD_PATH ||
  path.startsWith('samples/') ||
  path.startsWith('populations/');

interface EvidenceCommit {
  seq: number;
  sha256: unknown;
  size: unknown;
}

/** Re-links chain entries as their lines stream past, so a chain of millions is never held at once. */
class ChainChecker {
  prev = GENESIS_HASH;
  expectedSeq = 1;
  count = 0;
  problem: string | null = null;
  private partial = '';
  /** evidence id → what its `evidence.added` entry committed. */
  readonly evidence = new Map<string, EvidenceCommit>();

  push(chunk: Buffer) {
    const text = this.partial + chunk.toString('utf8');
    const lines = text.split('\n');
    this.partial = lines.pop()!;
    for (const line of lines) this.line(line);
  }

  end() {
    if (this.partial !== '') this.line(this.partial);
    this.partial = '';
  }

  private line(line: string) {
    if (this.problem || line === '') return;
    let e: StoredChainEntry;
    try {
      e = JSON.parse(line) as StoredChainEntry;
    } catch {
      this.problem = `${CHAIN_ENTRIES_PATH}: line ${this.count + 1} is not a chain entry (not valid JSON)`;
      return;
    }
    if (e.seq !== this.expectedSeq) {
      this.problem = `chain ${describeBreak({ seq: e.seq, reason: 'sequence_gap', expectedSeq: this.expectedSeq })}`;
      return;
    }
    if (e.prevHash !== this.prev) {
      this.problem = `chain ${describeBreak({ seq: e.seq, reason: 'prev_hash_mismatch', expected: this.prev, found: e.prevHash })}`;
      return;
    }
    const recomputed = chainHash(this.prev, e);
    if (recomputed !== e.hash) {
      this.problem = `chain ${describeBreak({ seq: e.seq, reason: 'hash_mismatch', expected: recomputed, found: e.hash })}`;
      return;
    }
    if (e.action === 'evidence.added' && e.entityId)
      this.evidence.set(e.entityId, { seq: e.seq, sha256: e.changes.sha256, size: e.changes.size });
    this.prev = e.hash;
    this.expectedSeq++;
    this.count++;
  }
}

/** Parses SHA256SUMS (`<hex>  <path>` per line, as `sha256sum` writes it). */
function parseSums(text: string, problems: string[]): Map<string, string> {
  const sums = new Map<string, string>();
  text.split('\n').forEach((line, i) => {
    if (line === '') return;
    const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (!m) problems.push(`${SUMS_PATH}: line ${i + 1} is not "<sha256>  <file>"`);
    else sums.set(m[2]!, m[1]!);
  });
  return sums;
}

function recordedSample(text: string, path: string): RecordedSample | string {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return `${path}: not valid JSON`;
  }
  const o = v as Record<string, unknown>;
  if (!o || typeof o !== 'object') return `${path}: not a recorded sample`;
  for (const k of ['engagementId', 'controlId', 'populationHash', 'seed'])
    if (typeof o[k] !== 'string') return `${path}: "${k}" must be text`;
  if (typeof o.size !== 'number' || !Array.isArray(o.itemIds)) return `${path}: not a recorded sample`;
  return o as unknown as RecordedSample;
}

/** Reads and checks the package at `file`; throws only when the file cannot be read as a tar.gz at all. */
export async function verifyAuditPackage(file: string): Promise<PackageVerification> {
  const problems: string[] = [];
  const actual = new Map<string, { sha256: string; size: number }>();
  const bodies = new Map<string, Buffer>();
  const chain = new ChainChecker();
  let chainSeen = false;

  const extract = tar.extract();
  // Large reads and inflate chunks: with zlib's default 16 KiB chunks, per-chunk overhead costs five
  // times the hashing itself (measured on 200 MB of evidence).
  const fed = pipeline(
    createReadStream(file, { highWaterMark: IO_CHUNK * 4 }),
    createGunzip({ chunkSize: IO_CHUNK }),
    extract,
  );
  let fedError: unknown = null;
  fed.catch((err) => {
    fedError = err;
  });
  try {
    for await (const entry of extract) {
      const path = entry.header.name;
      if (entry.header.type !== 'file') {
        problems.push(`${path}: not a regular file`);
        entry.resume();
        continue;
      }
      if (actual.has(path)) problems.push(`${path}: appears twice in the archive`);
      const hash = createHash('sha256');
      const parts: Buffer[] = [];
      let size = 0;
      const keep = kept(path);
      const isChain = path === CHAIN_ENTRIES_PATH;
      chainSeen ||= isChain;
      for await (const chunk of entry as AsyncIterable<Buffer>) {
        hash.update(chunk);
        size += chunk.length;
        if (keep) parts.push(chunk);
        if (isChain) chain.push(chunk);
      }
      if (isChain) chain.end();
      actual.set(path, { sha256: hash.digest('hex'), size });
      if (keep) bodies.set(path, Buffer.concat(parts));
    }
    await fed;
  } catch (err) {
    throw new Error(`not a readable audit package (${((fedError ?? err) as Error).message})`);
  }

  const manifestBody = bodies.get(MANIFEST_PATH);
  const sumsBody = bodies.get(SUMS_PATH);
  if (!manifestBody) problems.push(`${MANIFEST_PATH}: missing`);
  if (!sumsBody) problems.push(`${SUMS_PATH}: missing`);
  if (!manifestBody || !sumsBody)
    return { problems, files: actual.size, chainEntries: chain.count, samples: 0 };

  const sums = parseSums(sumsBody.toString('utf8'), problems);
  let manifest: PackageManifest;
  try {
    manifest = JSON.parse(manifestBody.toString('utf8')) as PackageManifest;
    if (manifest.format !== 'vigil-audit-package' || !Array.isArray(manifest.files))
      throw new Error('format');
  } catch {
    problems.push(`${MANIFEST_PATH}: not an audit package manifest`);
    return { problems, files: actual.size, chainEntries: chain.count, samples: 0 };
  }

  // SHA256SUMS covers every file but itself; the manifest covers every file but itself and SHA256SUMS.
  const manifestSum = sums.get(MANIFEST_PATH);
  if (manifestSum !== actual.get(MANIFEST_PATH)!.sha256)
    problems.push(`${MANIFEST_PATH}: its SHA-256 does not match the one in ${SUMS_PATH}`);
  const listed = new Map(manifest.files.map((f) => [f.path, f]));
  for (const f of manifest.files) {
    const a = actual.get(f.path);
    if (!a) {
      problems.push(`${f.path}: listed in the manifest but missing from the archive`);
      continue;
    }
    if (a.size !== f.size || a.sha256 !== f.sha256)
      problems.push(`${f.path}: content does not match its SHA-256 in the manifest`);
    const s = sums.get(f.path);
    if (s === undefined) problems.push(`${f.path}: not listed in ${SUMS_PATH}`);
    else if (s !== f.sha256)
      problems.push(`${f.path}: ${SUMS_PATH} and the manifest give different SHA-256s`);
  }
  for (const path of actual.keys())
    if (path !== MANIFEST_PATH && path !== SUMS_PATH && !listed.has(path))
      problems.push(`${path}: in the archive but not listed in the manifest`);
  for (const path of sums.keys())
    if (path !== MANIFEST_PATH && !listed.has(path))
      problems.push(`${path}: listed in ${SUMS_PATH} but not in the manifest`);

  // The chain: intact from the genesis hash, ending exactly at the recorded head.
  if (chain.problem) problems.push(chain.problem);
  else if (chainSeen) {
    const head = manifest.chainHead;
    const headFile = bodies.get(CHAIN_HEAD_PATH);
    let fileHead: { seq: number; hash: string } | null = null;
    try {
      fileHead = headFile ? JSON.parse(headFile.toString('utf8')) : null;
    } catch {
      problems.push(`${CHAIN_HEAD_PATH}: not valid JSON`);
    }
    if (fileHead && (fileHead.seq !== head.seq || fileHead.hash !== head.hash))
      problems.push(`${CHAIN_HEAD_PATH}: differs from the chain head in the manifest`);
    if (chain.expectedSeq - 1 !== head.seq)
      problems.push(`chain: the entries end at ${chain.expectedSeq - 1}, the head says ${head.seq}`);
    else if (chain.prev !== head.hash)
      problems.push(`chain entry ${head.seq}: does not match the chain head's hash`);
    // Every evidence file is the one its chain entry committed to.
    for (const f of manifest.files) {
      if (f.kind !== 'evidence' || !f.source) continue;
      const c = chain.evidence.get(f.source.id);
      if (!c) problems.push(`${f.path}: no audit-chain entry records this evidence item`);
      else if (c.sha256 !== f.sha256 || c.size !== f.size)
        problems.push(`${f.path}: differs from what audit-chain entry ${c.seq} recorded`);
    }
  } else problems.push(`${CHAIN_ENTRIES_PATH}: missing`);

  // Samples: recomputed with core's rule, from the population file the manifest names.
  let samples = 0;
  for (const f of manifest.files) {
    if (f.kind !== 'sample') continue;
    samples++;
    const body = bodies.get(f.path);
    const population = f.population ? bodies.get(f.population) : undefined;
    if (!body) continue; // already reported missing
    if (!population) {
      problems.push(`${f.path}: its population file ${f.population ?? '(none named)'} is not in the package`);
      continue;
    }
    const recorded = recordedSample(body.toString('utf8'), f.path);
    if (typeof recorded === 'string') {
      problems.push(recorded);
      continue;
    }
    let difference: string | null;
    try {
      difference = verifySample(recorded, population.toString('utf8'));
    } catch (err) {
      difference = (err as Error).message;
    }
    if (difference) problems.push(`${f.path}: does not follow from ${f.population}: ${difference}`);
  }
  return { problems, files: actual.size, chainEntries: chain.count, samples };
}
