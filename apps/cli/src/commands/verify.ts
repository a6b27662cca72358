/** `vigil verify`: recomputes every organization's audit hash chain and names the first broken link. */
import { describeBreak } from '@vigil/core';
import { type Db, schema } from '@vigil/db';
import { verifyOrgChain } from '@vigil/server/audit/chain-verifier';
import type { Command } from 'commander';
import { asc, sql } from 'drizzle-orm';
import { findOrg, withDatabase } from '../database.ts';
import { action, EXIT, print, printJson } from '../output.ts';

interface VerifyOptions {
  org?: string;
  json?: boolean;
}

export interface ChainReport {
  org: string;
  orgId: string;
  ok: boolean;
  checked: number;
  headSeq: number;
  break: { seq: number; reason: string; message: string } | null;
}

export function registerVerifyCommand(program: Command) {
  program
    .command('verify')
    .description("Recompute each organization's audit-trail hash chain; exit code 1 if any link is broken")
    .option('--org <slug>', 'verify only this organization')
    .option('--json', 'print the result as JSON')
    .action(
      action(async (opts: VerifyOptions) => {
        const reports = await withDatabase('verify', { migrate: false }, ({ db }) =>
          verifyChains(db, opts.org),
        );
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

/** Verifies the chains and returns one report per organization. */
export async function verifyChains(db: Db, slug?: string): Promise<ChainReport[]> {
  const reports: ChainReport[] = [];
  for (const { org, orgId } of await chainsToVerify(db, slug)) {
    const r = await verifyOrgChain(db, orgId);
    reports.push({
      org,
      orgId,
      ok: r.break === null,
      checked: r.checked,
      headSeq: r.headSeq,
      break: r.break ? { seq: r.break.seq, reason: r.break.reason, message: describeBreak(r.break) } : null,
    });
  }
  return reports;
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
      print(`${r.org}: OK, ${entries(r.checked)} checked`);
      continue;
    }
    print(`${r.org}: BROKEN at entry ${r.break.seq}: ${r.break.message}`);
    print(`  ${entries(r.checked)} before it intact; the chain head records ${entries(r.headSeq)}.`);
  }
  const broken = reports.filter((r) => !r.ok).length;
  const total = reports.reduce((n, r) => n + r.checked, 0);
  print(
    broken === 0
      ? `All ${reports.length} audit chain${reports.length === 1 ? '' : 's'} intact (${entries(total)}).`
      : `${broken} of ${reports.length} audit chains broken: the audit trail was altered outside Vigil.`,
  );
}
