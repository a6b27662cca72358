/**
 * `vigil verify`: recomputes every organization's audit hash chain and names the first broken link.
 * Evidence is in the chain too: each item's SHA-256 was committed when it was added, so the items are
 * compared with their entries, and `--blobs` re-hashes the stored files as well.
 */
import { describeBreak } from '@vigil/core';
import { type Db, schema } from '@vigil/db';
import {
  type EvidenceProblem,
  type EvidenceStore,
  verifyEvidenceAgainstChain,
  verifyEvidenceBlobs,
  verifyOrgChain,
} from '@vigil/server';
import type { Command } from 'commander';
import { asc, sql } from 'drizzle-orm';
import { hasMasterKey, openCliEvidenceStore } from '../admin/cli-evidence-store.ts';
import { findOrg, withDatabase } from '../database.ts';
import { action, EXIT, print, printJson } from '../output.ts';
import {
  type ChainCheckpointResult,
  type CheckpointSource,
  checkpointsFromFile,
  checkpointsFromStore,
  compareChain,
  type PublicCheckpointKey,
  verifyingKey,
} from './verify-checkpoints.ts';

interface VerifyOptions {
  org?: string;
  json?: boolean;
  blobs?: boolean;
  checkpoint?: string;
  publicKey?: string;
}

/** Checkpoints to compare the chains with, and the key they must be signed with. */
export interface CheckpointContext {
  source: CheckpointSource;
  key: PublicCheckpointKey | null;
}

export interface ChainReport {
  org: string;
  orgId: string;
  ok: boolean;
  checked: number;
  headSeq: number;
  break: { seq: number; reason: string; message: string } | null;
  /** Evidence items compared with the hashes their chain entries committed; null for a deleted organization. */
  evidence: { checked: number; blobsChecked: number | null; problems: EvidenceProblem[] } | null;
  /** The chain compared with signed checkpoints of it; null when no checkpoints were compared. */
  checkpoints: ChainCheckpointResult | null;
}

export function registerVerifyCommand(program: Command) {
  program
    .command('verify')
    .description(
      "Recompute each organization's audit-trail hash chain, which also commits every evidence item's SHA-256, " +
        'and compare the evidence with it, and with signed checkpoints kept outside the database to find a chain ' +
        'cut at its end; exit code 1 if any link is broken, any item disagrees or a checkpoint is not extended',
    )
    .option('--org <slug>', 'verify only this organization')
    .option('--json', 'print the result as JSON')
    .option('--blobs', 're-hash every stored evidence file too (reads them all; needs the master key)')
    .option(
      '--checkpoint <file>',
      'prove the chains extend the signed checkpoints in this file (from `vigil checkpoint export`); ' +
        'without it, the checkpoints published in the evidence store are used when they can be read',
    )
    .option(
      '--public-key <file>',
      'the checkpoint signing key in PEM (`vigil checkpoint key`), for verifying without the master key',
    )
    .action(
      action(async (opts: VerifyOptions) => {
        const fromFile = opts.checkpoint ? checkpointsFromFile(opts.checkpoint) : null;
        const key =
          fromFile || opts.publicKey || hasMasterKey('verify')
            ? verifyingKey(opts.publicKey, 'verify')
            : null;
        const store = opts.blobs ? await openCliEvidenceStore('verify', { createKey: false }) : undefined;
        let source: CheckpointSource | null = null;
        const reports = await withDatabase('verify', { migrate: false }, async ({ db }) => {
          source = fromFile ?? (await checkpointsFromStore('verify', key !== null));
          return verifyChains(db, opts.org, store, { source, key });
        }).finally(() => store?.close());
        const sourceProblems = (source as CheckpointSource | null)?.problems ?? [];
        if (opts.json) {
          printJson(reports);
          for (const p of sourceProblems) process.stderr.write(`${p}\n`);
        } else printReports(reports, source);
        return reports.every((r) => r.ok) && sourceProblems.length === 0 ? EXIT.ok : EXIT.failure;
      }),
    );
}

/** Chains to check: the named organization, or every organization plus any chain left without one. */
async function chainsToVerify(db: Db, slug: string | undefined): Promise<{ org: string; orgId: string }[]> {
  if (slug) {
    const org = await findOrg(db, slug);
    return [{ org: org.slug, orgId: org.id }];
  }
  const orgs = await db
    .select({ org: schema.organizations.slug, orgId: schema.organizations.id })
    .from(schema.organizations)
    .orderBy(asc(schema.organizations.slug));
  // A deleted organization's trail stays behind (it has no foreign key on purpose); it must still verify.
  const orphans = await db
    .selectDistinct({ orgId: schema.auditChainHeads.orgId })
    .from(schema.auditChainHeads)
    .where(sql`${schema.auditChainHeads.orgId} not in (select id from organizations)`);
  return [...orgs, ...orphans.map((o) => ({ org: `(deleted organization ${o.orgId})`, orgId: o.orgId }))];
}

/** An organization's evidence against its chain, and with a store its stored files re-hashed. */
async function verifyEvidence(db: Db, orgId: string, store?: EvidenceStore) {
  const chain = await verifyEvidenceAgainstChain(db, orgId);
  const blobs = store ? await verifyEvidenceBlobs(db, store, orgId) : null;
  return {
    checked: chain.checked,
    blobsChecked: blobs?.blobs ?? null,
    problems: [...chain.problems, ...(blobs?.problems ?? [])],
  };
}

/** Chains named by checkpoints that are not in the database at all: every entry of them was removed. */
function vanishedChains(
  chains: { orgId: string }[],
  slug: string | undefined,
  checkpoints?: CheckpointContext,
) {
  if (slug || !checkpoints) return [];
  const known = new Set(chains.map((c) => c.orgId));
  const missing = new Set(checkpoints.source.checkpoints.map((c) => c.orgId).filter((id) => !known.has(id)));
  return [...missing].map((orgId) => ({ org: `(organization ${orgId}, no longer in the database)`, orgId }));
}

/** Verifies the chains (and the evidence they commit to) and returns one report per organization. */
export async function verifyChains(
  db: Db,
  slug?: string,
  store?: EvidenceStore,
  checkpoints?: CheckpointContext,
): Promise<ChainReport[]> {
  const reports: ChainReport[] = [];
  const chains = await chainsToVerify(db, slug);
  for (const { org, orgId } of [...chains, ...vanishedChains(chains, slug, checkpoints)]) {
    const r = await verifyOrgChain(db, orgId);
    // A deleted organization's evidence went with it; only its trail is left to check.
    const evidence = org.startsWith('(') ? null : await verifyEvidence(db, orgId, store);
    const mine = checkpoints?.source.checkpoints.filter((c) => c.orgId === orgId) ?? [];
    const compared =
      checkpoints?.key && mine.length ? await compareChain(db, orgId, mine, checkpoints.key) : null;
    reports.push({
      org,
      orgId,
      checkpoints: compared,
      ok: r.break === null && (evidence?.problems.length ?? 0) === 0 && !compared?.problems.length,
      checked: r.checked,
      headSeq: r.headSeq,
      break: r.break ? { seq: r.break.seq, reason: r.break.reason, message: describeBreak(r.break) } : null,
      evidence,
    });
  }
  return reports;
}

const items = (n: number) => `${n} evidence item${n === 1 ? '' : 's'}`;

function printEvidence(r: ChainReport) {
  if (!r.evidence) return;
  const { checked, blobsChecked, problems } = r.evidence;
  const files =
    blobsChecked === null ? '' : `, ${blobsChecked} stored file${blobsChecked === 1 ? '' : 's'} re-hashed`;
  if (problems.length === 0) {
    if (checked > 0) print(`  ${items(checked)} match the hashes committed in the chain${files}`);
    return;
  }
  print(`  ${problems.length} evidence problem${problems.length === 1 ? '' : 's'}:`);
  for (const p of problems) print(`    evidence ${p.evidenceId}: ${p.message}`);
}

const entries = (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'}`;

const STATUS: Record<string, string> = { cut: 'CUT', rewritten: 'REWRITTEN', refused: 'CHECKPOINT REFUSED' };

/** The word for a chain without a broken link: OK, or what its checkpoints or evidence say is wrong. */
function status(r: ChainReport): string {
  const first = r.checkpoints?.problems[0];
  if (first) return STATUS[first.kind]!;
  return r.ok ? 'OK' : 'EVIDENCE ALTERED';
}

function printCheckpoints(r: ChainReport) {
  const c = r.checkpoints;
  if (!c) return;
  for (const p of c.problems) print(`  ${STATUS[p.kind]}: ${p.message}`);
  if (c.latest) {
    print(`  extends its checkpoint of ${c.latest.at} (${entries(c.latest.length)}, signature valid)`);
  }
}

function printSource(source: CheckpointSource | null) {
  if (!source) return;
  if (source.kind === 'none') print(source.description);
  else if (source.checkpoints.length === 0) print(`No checkpoints in ${source.description} yet.`);
  else {
    const n = source.checkpoints.length;
    print(`Comparing with ${n} signed checkpoint${n === 1 ? '' : 's'} from ${source.description}.`);
  }
  for (const p of source.problems) print(`  ${p}`);
}

/** Prints one line per organization and a summary line. */
export function printReports(reports: ChainReport[], source: CheckpointSource | null = null) {
  printSource(source);
  if (reports.length === 0) {
    print('No organizations yet: nothing to verify.');
    return;
  }
  for (const r of reports) {
    if (!r.break) {
      print(`${r.org}: ${status(r)}, ${entries(r.checked)} checked`);
      printCheckpoints(r);
      printEvidence(r);
      continue;
    }
    print(`${r.org}: BROKEN at entry ${r.break.seq}: ${r.break.message}`);
    print(`  ${entries(r.checked)} before it intact; the chain head records ${entries(r.headSeq)}.`);
    printCheckpoints(r);
    printEvidence(r);
  }
  const broken = reports.filter((r) => r.break).length;
  const cut = reports.filter((r) => !r.break && r.checkpoints?.problems.length).length;
  const altered = reports.filter((r) => !r.break && !r.ok).length - cut;
  const total = reports.reduce((n, r) => n + r.checked, 0);
  if (cut > 0) {
    print(
      `${cut} of ${reports.length} audit chain${reports.length === 1 ? '' : 's'} do not extend their signed checkpoints: ` +
        'entries were removed or rewritten outside Vigil, or a checkpoint is not genuine.',
    );
  }
  if (broken > 0) {
    print(`${broken} of ${reports.length} audit chains broken: the audit trail was altered outside Vigil.`);
  } else if (altered > 0) {
    print(
      `Audit chains intact, but evidence in ${altered} organization${altered === 1 ? '' : 's'} no longer matches the hashes the chain committed.`,
    );
  } else if (cut === 0) {
    print(`All ${reports.length} audit chain${reports.length === 1 ? '' : 's'} intact (${entries(total)}).`);
  }
}
