/**
 * `vigil verify`: recomputes every organization's audit hash chain and names the first broken link.
 * Evidence is in the chain too: each item's SHA-256 was committed when it was added, so the items are
 * compared with their entries, and `--blobs` re-hashes the stored files as well.
 */
import { describeBreak } from '@vigil/core';
import { type Db, schema } from '@vigil/db';
import { verifyOrgChain } from '@vigil/server/audit/chain-verifier';
import type { EvidenceStore } from '@vigil/server/evidence/evidence-store';
import {
  type EvidenceProblem,
  verifyEvidenceAgainstChain,
  verifyEvidenceBlobs,
} from '@vigil/server/evidence/evidence-verifier';
import type { Command } from 'commander';
import { asc, sql } from 'drizzle-orm';
import { openCliEvidenceStore } from '../admin/cli-evidence-store.ts';
import { findOrg, withDatabase } from '../database.ts';
import { action, EXIT, print, printJson } from '../output.ts';

interface VerifyOptions {
  org?: string;
  json?: boolean;
  blobs?: boolean;
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
}

export function registerVerifyCommand(program: Command) {
  program
    .command('verify')
    .description(
      "Recompute each organization's audit-trail hash chain, which also commits every evidence item's SHA-256, " +
        'and compare the evidence with it; exit code 1 if any link is broken or any item disagrees',
    )
    .option('--org <slug>', 'verify only this organization')
    .option('--json', 'print the result as JSON')
    .option('--blobs', 're-hash every stored evidence file too (reads them all; needs the master key)')
    .action(
      action(async (opts: VerifyOptions) => {
        const store = opts.blobs ? await openCliEvidenceStore('verify', { createKey: false }) : undefined;
        const reports = await withDatabase('verify', { migrate: false }, ({ db }) =>
          verifyChains(db, opts.org, store),
        ).finally(() => store?.close());
        if (opts.json) printJson(reports);
        else printReports(reports);
        return reports.every((r) => r.ok) ? EXIT.ok : EXIT.failure;
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

/** Verifies the chains (and the evidence they commit to) and returns one report per organization. */
export async function verifyChains(db: Db, slug?: string, store?: EvidenceStore): Promise<ChainReport[]> {
  const reports: ChainReport[] = [];
  for (const { org, orgId } of await chainsToVerify(db, slug)) {
    const r = await verifyOrgChain(db, orgId);
    // A deleted organization's evidence went with it; only its trail is left to check.
    const evidence = org.startsWith('(deleted') ? null : await verifyEvidence(db, orgId, store);
    reports.push({
      org,
      orgId,
      ok: r.break === null && (evidence?.problems.length ?? 0) === 0,
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

/** Prints one line per organization and a summary line. */
export function printReports(reports: ChainReport[]) {
  if (reports.length === 0) {
    print('No organizations yet: nothing to verify.');
    return;
  }
  for (const r of reports) {
    if (!r.break) {
      print(`${r.org}: ${r.ok ? 'OK' : 'EVIDENCE ALTERED'}, ${entries(r.checked)} checked`);
      printEvidence(r);
      continue;
    }
    print(`${r.org}: BROKEN at entry ${r.break.seq}: ${r.break.message}`);
    print(`  ${entries(r.checked)} before it intact; the chain head records ${entries(r.headSeq)}.`);
    printEvidence(r);
  }
  const broken = reports.filter((r) => r.break).length;
  const altered = reports.filter((r) => !r.break && !r.ok).length;
  const total = reports.reduce((n, r) => n + r.checked, 0);
  if (broken > 0) {
    print(`${broken} of ${reports.length} audit chains broken: the audit trail was altered outside Vigil.`);
  } else if (altered > 0) {
    print(
      `Audit chains intact, but evidence in ${altered} organization${altered === 1 ? '' : 's'} no longer matches the hashes the chain committed.`,
    );
  } else {
    print(`All ${reports.length} audit chain${reports.length === 1 ? '' : 's'} intact (${entries(total)}).`);
  }
}
