/**
 * The package's sections: evidence, effectiveness, policies, access reviews and readiness here;
 * requests, populations and samples, and the exceptions register in package-audit-work.ts
 * (see docs/audit-package.md). The audit chain is written by the builder itself, last, because
 * it must cover what every section included.
 */

import type { Population, RecordedSample } from '@vigil/core';
import { type Db, schema } from '@vigil/db';
import { stringify } from 'csv-stringify/sync';
import { and, asc, desc, eq, gt, gte, isNotNull, isNull, lte, notInArray, or } from 'drizzle-orm';
import { reportCsv } from '../access-reviews/review-report.ts';
import { effectivenessCsv } from '../monitoring/effectiveness.routes.ts';
import { engagementEffectiveness } from '../monitoring/effectiveness.service.ts';
import { acceptanceMatrix, matrixCsv, matrixXlsx } from '../policies/policy-matrix.ts';
import { snapshotXlsx } from '../readiness/readiness-exports.ts';
import { snapshotDetail } from '../readiness/readiness-snapshots.ts';
import { exceptionsSection, requestsSection, samplesSection } from './package-audit-work.ts';
import {
  type EntrySource,
  type PackageEntry,
  type PackageSection,
  type SectionContext,
  safeSegment,
} from './package-format.ts';

const bytes = (text: string) => Buffer.from(text, 'utf8');
const endOfDay = (iso: string) => new Date(`${iso}T23:59:59.999Z`);
const startOfDay = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const BATCH = 500;

/**
 * Evidence recorded up to the end of the period and committed to the chain before the build began,
 * each file streamed from the encrypted store and checked against its recorded SHA-256 as it flows.
 * Evidence given for one of the engagement's requests is in that request's folder instead.
 */
export const evidenceSection: PackageSection = {
  name: 'evidence',
  async *entries(ctx: SectionContext) {
    const { evidence, auditRequests, auditRequestEvidence } = schema;
    const given = ctx.db
      .select({ id: auditRequestEvidence.evidenceId })
      .from(auditRequestEvidence)
      .innerJoin(auditRequests, eq(auditRequests.id, auditRequestEvidence.requestId))
      .where(eq(auditRequests.engagementId, ctx.engagement.id));
    // Keyset paging on id: exact, where timestamps read back in milliseconds are not.
    let after: string | null = null;
    for (;;) {
      const rows: (typeof evidence.$inferSelect)[] = await ctx.db
        .select()
        .from(evidence)
        .where(
          and(
            eq(evidence.orgId, ctx.orgId),
            lte(evidence.createdAt, endOfDay(ctx.period.end)),
            isNotNull(evidence.chainSeq),
            lte(evidence.chainSeq, ctx.chainHead.seq),
            notInArray(evidence.id, given),
            after ? gt(evidence.id, after) : undefined,
          ),
        )
        .orderBy(asc(evidence.id))
        .limit(BATCH);
      for (const r of rows) {
        yield {
          path: `evidence/${r.id}/${safeSegment(r.fileName)}`,
          size: r.size,
          kind: 'evidence',
          title: r.title,
          sha256: r.sha256,
          source: { type: 'evidence', id: r.id, chainSeqs: [r.chainSeq!] },
          content: () => ctx.store.open(ctx.orgId, r.storageKey, { sha256: r.sha256, size: r.size }),
        } satisfies PackageEntry;
      }
      if (rows.length < BATCH) return;
      after = rows.at(-1)!.id;
    }
  },
};

/** Type II only: each in-scope control's share of the window it operated, and every exception. */
export const effectivenessSection: PackageSection = {
  name: 'effectiveness',
  async *entries(ctx) {
    if (ctx.engagement.reportType !== 'type2') return;
    // The caller has already checked the viewer may see this engagement; read it as staff would.
    const eff = await engagementEffectiveness(
      ctx.db,
      ctx.orgId,
      { role: 'owner', userId: '00000000-0000-0000-0000-000000000000' },
      ctx.registry,
      ctx.engagement.id,
      ctx.now,
    );
    const summary = stringify([
      ['control_code', 'control_title', 'state', 'operating_share', 'evaluated_share', 'exceptions'],
      ...eff.controls.map((k) => [
        k.code,
        k.title,
        k.state,
        k.operatingShare.toFixed(4),
        k.evaluatedShare.toFixed(4),
        String(k.exceptions.length),
      ]),
    ]);
    const s = bytes(summary);
    yield {
      path: 'effectiveness/controls.csv',
      size: s.length,
      kind: 'effectiveness',
      title: 'Operating effectiveness per control',
      content: s,
    };
    const e = bytes(effectivenessCsv(eff));
    yield {
      path: 'effectiveness/exceptions.csv',
      size: e.length,
      kind: 'effectiveness',
      title: 'Exceptions in the observation window',
      content: e,
    };
  },
};

/** Every policy version in force at some point of the period, and the acceptance matrix of all policies. */
export const policiesSection: PackageSection = {
  name: 'policies',
  async *entries(ctx) {
    const { policies, policyVersions } = schema;
    const rows = await ctx.db
      .select({
        id: policyVersions.id,
        title: policies.title,
        major: policyVersions.major,
        minor: policyVersions.minor,
        content: policyVersions.content,
      })
      .from(policyVersions)
      .innerJoin(policies, eq(policies.id, policyVersions.policyId))
      .where(
        and(
          eq(policyVersions.orgId, ctx.orgId),
          isNotNull(policyVersions.publishedAt),
          lte(policyVersions.publishedAt, endOfDay(ctx.period.end)),
          or(
            isNull(policyVersions.supersededAt),
            gte(policyVersions.supersededAt, startOfDay(ctx.period.start)),
          ),
        ),
      )
      .orderBy(asc(policies.title), asc(policyVersions.major), asc(policyVersions.minor));
    for (const v of rows) {
      const b = bytes(v.content);
      yield {
        path: `policies/${safeSegment(v.title)}/v${v.major}.${v.minor}.md`,
        size: b.length,
        kind: 'policy-version',
        title: `${v.title} v${v.major}.${v.minor}`,
        source: { type: 'policy_version', id: v.id },
        content: b,
      };
    }
    const matrix = await acceptanceMatrix(ctx.db, ctx.orgId, undefined, ctx.now.toISOString().slice(0, 10));
    const csv = bytes(matrixCsv(matrix));
    yield {
      path: 'policies/acceptance-matrix.csv',
      size: csv.length,
      kind: 'acceptance-matrix',
      title: 'Policy acceptance matrix',
      content: csv,
    };
    const xlsx = await matrixXlsx(matrix);
    yield {
      path: 'policies/acceptance-matrix.xlsx',
      size: xlsx.length,
      kind: 'acceptance-matrix',
      title: 'Policy acceptance matrix',
      content: xlsx,
    };
  },
};

/** The report of every access review campaign that ran during the period. */
export const accessReviewsSection: PackageSection = {
  name: 'access-reviews',
  async *entries(ctx) {
    const campaigns = schema.accessReviewCampaigns;
    const rows = await ctx.db
      .select()
      .from(campaigns)
      .where(
        and(
          eq(campaigns.orgId, ctx.orgId),
          isNotNull(campaigns.startedAt),
          lte(campaigns.startedAt, endOfDay(ctx.period.end)),
          or(isNull(campaigns.closedAt), gte(campaigns.closedAt, startOfDay(ctx.period.start))),
        ),
      )
      .orderBy(asc(campaigns.startedAt), asc(campaigns.id));
    for (const c of rows) {
      const csv = await reportCsv(ctx.db as Db, c);
      yield {
        path: `access-reviews/${safeSegment(c.name)}-${c.id.slice(0, 8)}.csv`,
        size: csv.length,
        kind: 'access-review',
        title: `Access review: ${c.name}`,
        source: { type: 'access_review_campaign', id: c.id },
        content: csv,
      };
    }
  },
};

/** The latest readiness snapshot: its canonical JSON (the bytes its stored hash covers) and a spreadsheet. */
export const readinessSection: PackageSection = {
  name: 'readiness',
  async *entries(ctx) {
    const t = schema.readinessSnapshots;
    const [latest] = await ctx.db
      .select({ id: t.id })
      .from(t)
      .where(eq(t.orgId, ctx.orgId))
      .orderBy(desc(t.takenAt))
      .limit(1);
    if (!latest) return;
    const detail = await snapshotDetail(ctx.db, ctx.orgId, latest.id);
    const json = bytes(detail.content);
    yield {
      path: 'readiness/snapshot.json',
      size: json.length,
      kind: 'readiness',
      title: 'Latest readiness snapshot',
      source: { type: 'readiness_snapshot', id: latest.id },
      content: json,
    };
    const xlsx = await snapshotXlsx(detail);
    yield {
      path: 'readiness/snapshot.xlsx',
      size: xlsx.length,
      kind: 'readiness',
      title: 'Latest readiness snapshot',
      content: xlsx,
    };
  },
};

/**
 * The two files of one sample, in exactly the formats `vigil sample verify` reads: the population
 * as its canonical JSON Lines text and the recorded sample as `vigil sample draw` writes it.
 * For a sample kept outside the database; the samples section writes stored populations once under
 * `populations/` and points each sample at its file.
 */
export function sampleEntries(
  folder: string,
  population: Population,
  recorded: RecordedSample,
  title: string,
  source?: EntrySource,
): PackageEntry[] {
  const populationPath = `samples/${safeSegment(folder)}/population.jsonl`;
  const pop = bytes(population.text);
  const sample = bytes(`${JSON.stringify(recorded, null, 2)}\n`);
  return [
    {
      path: populationPath,
      size: pop.length,
      kind: 'population',
      title: `Population: ${title}`,
      content: pop,
      ...(source ? { source } : {}),
    },
    {
      path: `samples/${safeSegment(folder)}/sample.json`,
      size: sample.length,
      kind: 'sample',
      title: `Sample: ${title}`,
      content: sample,
      population: populationPath,
      ...(source ? { source } : {}),
    },
  ];
}

/** The sections of every package, in order: requests first, so their evidence reads beside them. */
export const PACKAGE_SECTIONS: PackageSection[] = [
  requestsSection,
  evidenceSection,
  effectivenessSection,
  policiesSection,
  accessReviewsSection,
  readinessSection,
  samplesSection,
  exceptionsSection,
];
