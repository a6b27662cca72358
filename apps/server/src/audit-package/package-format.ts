/**
 * The audit package's layout, shared by the builder (which needs the database) and the verifier
 * (which needs nothing but the file): entry kinds, the manifest, and the section interface that
 * each part of the audit implements to add its files.
 */
import type { Readable } from 'node:stream';
import type { Db } from '@vigil/db';
import type { EngagementRow } from '../engagements/index.ts';
import type { MonitoringRegistry } from '../monitoring/registry.ts';
import type { EvidenceStore } from '../storage/evidence-store.ts';

export const MANIFEST_PATH = 'manifest.json';
export const SUMS_PATH = 'SHA256SUMS';
export const README_PATH = 'README.txt';
export const CHAIN_ENTRIES_PATH = 'audit-chain/entries.jsonl';
export const CHAIN_HEAD_PATH = 'audit-chain/head.json';
export const INDEX_PATH = 'index.xlsx';

/**
 * What a file is, so the verifier knows which extra checks apply: `population` and `sample` are
 * recomputed with core's `verifySample`; `chain-entries` and `chain-head` are re-linked.
 */
export type EntryKind =
  | 'readme'
  | 'index'
  | 'evidence'
  | 'effectiveness'
  | 'policy-version'
  | 'acceptance-matrix'
  | 'access-review'
  | 'readiness'
  | 'population'
  | 'sample'
  | 'completeness'
  | 'sample-results'
  | 'request'
  | 'exceptions'
  | 'control-tests'
  | 'chain-entries'
  | 'chain-head';

/** Where a file comes from: the stored row and the audit-chain entries that committed it. */
export interface EntrySource {
  type: string;
  id: string;
  chainSeqs?: number[];
}

/** One file of the package, as a section yields it. Content is bytes (small, generated) or a stream opened only when written. */
export interface PackageEntry {
  path: string;
  size: number;
  kind: EntryKind;
  title: string;
  content: Buffer | (() => Promise<Readable>);
  /** When the stored row already knows it (evidence): the stream is checked against it as it is written. */
  sha256?: string;
  source?: EntrySource;
  /** For a sample: the package path of the population file it was drawn from. */
  population?: string;
}

/** One line of the manifest: the entry without its content, with its hash. */
export interface ManifestFile {
  path: string;
  size: number;
  sha256: string;
  kind: EntryKind;
  title: string;
  source?: EntrySource;
  population?: string;
}

export interface PackageManifest {
  format: 'vigil-audit-package';
  version: 1;
  createdAt: string;
  organization: { id: string; name: string };
  engagement: {
    id: string;
    name: string;
    reportType: 'type1' | 'type2';
    asOfDate: string | null;
    windowStart: string | null;
    windowEnd: string | null;
    categories: string[];
  };
  /** The last audit-chain entry the package includes; every source's chain entries are at or before it. */
  chainHead: { seq: number; hash: string };
  /** The sections in the order they were written. */
  sections: string[];
  /** Every file except manifest.json and SHA256SUMS (SHA256SUMS covers manifest.json). */
  files: ManifestFile[];
}

/** What a section may read while it builds its entries. */
export interface SectionContext {
  db: Db;
  store: EvidenceStore;
  registry: MonitoringRegistry;
  orgId: string;
  engagement: EngagementRow;
  /** The chain head when the build started: sections include only rows committed at or before it. */
  chainHead: { seq: number; hash: string };
  /** First and last day the package covers: the Type II window, or the Type I as-of date twice. */
  period: { start: string; end: string };
  now: Date;
}

/**
 * A part of the audit that adds files to the package. Sections run in registry order and yield
 * entries one at a time, so a section over thousands of stored files never holds them together.
 */
export interface PackageSection {
  name: string;
  entries(ctx: SectionContext): AsyncIterable<PackageEntry>;
}

/** A path segment from free text: no separators, control characters or leading dots; at most 80 characters. */
export function safeSegment(text: string): string {
  const cleaned = text
    .normalize('NFC')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, '_')
    .replace(/^\.+/, '_')
    .trim();
  const cut = [...cleaned].slice(0, 80).join('');
  return cut === '' ? '_' : cut;
}

/** The README an auditor reads first. */
export function readmeText(m: { orgName: string; engagementName: string; createdAt: string }): string {
  return `Audit package: ${m.engagementName}
Organization: ${m.orgName}
Built: ${m.createdAt}

This archive holds the evidence and records of one audit, with the means to check
that none of it changed after it was built. You do not need to trust the system
that produced it; the checks below use standard tools.

1. Unpack it:
     tar xzf <this file>.tar.gz
2. Check every file against its recorded SHA-256:
     sha256sum -c SHA256SUMS
   Each line must say OK. SHA256SUMS covers every other file, manifest.json included.
3. For the full check, which also finds added or removed files, re-links the
   audit-chain entries and recomputes every sample from its population:
     vigil package verify <this file>.tar.gz
   It needs no server, database or network, and exits 0 when everything matches,
   1 naming the first file or chain entry that does not.

What is inside:
  manifest.json          every file with its size, SHA-256, what it is and where it came from
  index.xlsx             the same list as a spreadsheet
  evidence/              the evidence files not given for any request, exactly as uploaded
  effectiveness/         control operating effectiveness over the observation window (CSV)
  policies/              policy texts in force during the period, and who accepted them
  access-reviews/        access review reports
  readiness/             the latest readiness assessment
  requests/              each audit request, its comments and the evidence given for it
                         (each file once, in the folder of the first request it answers)
  populations/           each population as stored, with how it was produced (completeness)
  samples/               the samples drawn from them and each item's result (see docs/sampling.md)
  exceptions/            the exceptions register
  testing/               the auditor's test of each control
  audit-chain/           the organization's tamper-evident audit log up to head.json;
                         each entry's hash covers the previous one, and evidence
                         items name the entry that recorded their SHA-256
`;
}
