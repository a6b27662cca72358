/**
 * The sections of the audit work inside the engagement: requests with their linked evidence,
 * populations with their completeness records and the samples drawn from them, and the
 * exceptions register with the control tests. Each reads its domain through the domain's index.
 */
import { type Db, schema } from '@vigil/db';
import { stringify } from 'csv-stringify/sync';
import { and, asc, eq, inArray, lte } from 'drizzle-orm';
import { getRequest, listRequests } from '../audit-requests/index.ts';
import { listPopulations, populationFile, recordedSample } from '../audit-samples/index.ts';
import {
  controlTestsCsv,
  exceptionsRegisterOf,
  registerCsv,
  registerXlsx,
  testingOf,
} from '../audit-testing/index.ts';
import {
  type PackageEntry,
  type PackageSection,
  type SectionContext,
  safeSegment,
} from './package-format.ts';

const bytes = (text: string) => Buffer.from(text, 'utf8');
/** Spreadsheets run cells that start like a formula; notes are typed by people, so defuse them. */
const cell = (v: string) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);
const json = (value: unknown) => bytes(`${JSON.stringify(value, null, 2)}\n`);

/** The seqs of the chain entries recorded about each row, up to the package's head. */
async function chainSeqsOf(ctx: SectionContext, entityType: string, ids: string[]) {
  const out = new Map<string, number[]>();
  if (ids.length === 0) return out;
  const e = schema.auditEvents;
  const rows = await ctx.db
    .select({ id: e.entityId, seq: e.seq })
    .from(e)
    .where(
      and(
        eq(e.orgId, ctx.orgId),
        eq(e.entityType, entityType),
        inArray(e.entityId, ids),
        lte(e.seq, ctx.chainHead.seq),
      ),
    )
    .orderBy(asc(e.seq));
  for (const r of rows) if (r.id) out.set(r.id, [...(out.get(r.id) ?? []), r.seq]);
  return out;
}

/**
 * Per request, `requests/<reference>-<description>/request.json` (status, due date, assignee,
 * comment thread, the chain entries of its events) and each linked evidence file committed to the
 * chain before the build, under `.../evidence/`, checked by verify against its chain entry. Each
 * file is written once: the evidence section leaves out what a request folder already holds.
 */
export const requestsSection: PackageSection = {
  name: 'requests',
  async *entries(ctx) {
    const list = await listRequests(ctx.db as Db, ctx.engagement, {});
    const seqs = await chainSeqsOf(
      ctx,
      'audit_request',
      list.map((r) => r.id),
    );
    const used = new Set<string>();
    // Evidence given for several requests is written once, in the first one's folder; the others point to it.
    const written = new Map<string, string>();
    for (const summary of list) {
      const r = await getRequest(ctx.db as Db, ctx.engagement, summary.id);
      let folder = `requests/${safeSegment(`${r.reference}-${[...r.description].slice(0, 40).join('')}`)}`;
      if (used.has(folder)) folder = `${folder}-${r.id.slice(0, 8)}`;
      used.add(folder);
      const ev = schema.evidence;
      const files = r.evidence.length
        ? await ctx.db
            .select()
            .from(ev)
            .where(
              and(
                eq(ev.orgId, ctx.orgId),
                inArray(
                  ev.id,
                  r.evidence.map((e) => e.id),
                ),
                lte(ev.chainSeq, ctx.chainHead.seq),
              ),
            )
        : [];
      const byId = new Map(files.map((f) => [f.id, f]));
      const names = new Set<string>();
      const placed: { id: string; title: string; path: string; linkedAt: string }[] = [];
      const entries: PackageEntry[] = [];
      for (const link of r.evidence) {
        const f = byId.get(link.id);
        if (!f || f.chainSeq === null) continue;
        const already = written.get(f.id);
        if (already) {
          placed.push({ id: f.id, title: f.title, path: already, linkedAt: link.linkedAt });
          continue;
        }
        let name = safeSegment(f.fileName);
        if (names.has(name)) name = safeSegment(`${f.id.slice(0, 8)}-${f.fileName}`);
        names.add(name);
        const path = `${folder}/evidence/${name}`;
        placed.push({ id: f.id, title: f.title, path, linkedAt: link.linkedAt });
        written.set(f.id, path);
        const chainSeq = f.chainSeq;
        entries.push({
          path,
          size: f.size,
          kind: 'evidence',
          title: `${r.reference}: ${f.title}`,
          sha256: f.sha256,
          source: { type: 'evidence', id: f.id, chainSeqs: [chainSeq] },
          content: () => ctx.store.open(ctx.orgId, f.storageKey, { sha256: f.sha256, size: f.size }),
        });
      }
      const chainSeqs = seqs.get(r.id) ?? [];
      yield {
        path: `${folder}/request.json`,
        ...sized(
          json({
            reference: r.reference,
            description: r.description,
            status: r.status,
            dueDate: r.dueDate,
            assignee: r.assigneeName,
            controls: r.controls.map((c) => `${c.code} ${c.title}`),
            criteria: r.criteria,
            flagReason: r.flagReason,
            comments: r.comments.map((c) => ({
              author: c.authorName,
              fromAuditor: c.fromAuditor,
              at: c.createdAt,
              body: c.body,
            })),
            evidence: placed,
            history: r.history,
            chainSeqs,
          }),
        ),
        kind: 'request',
        title: `Request ${r.reference}`,
        source: { type: 'audit_request', id: r.id, chainSeqs },
      };
      yield* entries;
    }
  },
};

const sized = (content: Buffer) => ({ content, size: content.length });

/**
 * Per population, `populations/<name>/population.jsonl` (the stored canonical file) and
 * `completeness.json`; per sample, `samples/<control>-<id>/sample.json` (recomputed by verify from
 * the population file it names) and `results.csv` with each drawn item's result.
 */
export const samplesSection: PackageSection = {
  name: 'samples',
  async *entries(ctx) {
    const pops = await listPopulations(ctx.db as Db, ctx.engagement);
    for (const p of pops) {
      const folder = `populations/${safeSegment(`${p.name}-${p.id.slice(0, 8)}`)}`;
      const populationPath = `${folder}/population.jsonl`;
      const file = await populationFile(ctx.db as Db, ctx.engagement, p.id);
      const source = { type: 'audit_population', id: p.id };
      yield {
        path: populationPath,
        ...sized(bytes(file.text)),
        kind: 'population',
        title: `Population: ${p.name}`,
        source,
      };
      yield {
        path: `${folder}/completeness.json`,
        ...sized(
          json({
            name: p.name,
            kind: p.kind,
            source: p.source,
            query: p.query,
            ranAt: p.ranAt,
            rowCount: p.rowCount,
            sha256: p.sha256,
            file: 'population.jsonl',
            createdBy: p.createdByName,
          }),
        ),
        kind: 'completeness',
        title: `Completeness of ${p.name}`,
        source,
      };
      for (const s of p.samples) {
        const sampleFolder = `samples/${safeSegment(`${s.controlCode}-${s.id.slice(0, 8)}`)}`;
        const { recorded } = await recordedSample(ctx.db as Db, ctx.engagement, s.id);
        const sampleSource = { type: 'audit_sample', id: s.id };
        const title = `${s.controlCode} ${s.controlTitle} from ${p.name}`;
        yield {
          path: `${sampleFolder}/sample.json`,
          ...sized(json(recorded)),
          kind: 'sample',
          title: `Sample: ${title}`,
          population: populationPath,
          source: sampleSource,
        };
        yield {
          path: `${sampleFolder}/results.csv`,
          ...sized(
            bytes(
              stringify([
                ['Item', 'Occurred at', 'Result', 'Note', 'Recorded by', 'Recorded at'],
                ...s.items.map((i) =>
                  [
                    i.key,
                    i.occurredAt,
                    i.result ?? 'not tested',
                    i.note,
                    i.recordedByName ?? '',
                    i.recordedAt ?? '',
                  ].map(cell),
                ),
              ]),
            ),
          ),
          kind: 'sample-results',
          title: `Results: ${title}`,
          source: sampleSource,
        };
      }
    }
  },
};

/** The exceptions register (CSV and spreadsheet, remediated ones included) and the control tests. */
export const exceptionsSection: PackageSection = {
  name: 'exceptions',
  async *entries(ctx) {
    const register = await exceptionsRegisterOf(ctx.db as Db, ctx.orgId, ctx.engagement.id);
    yield {
      path: 'exceptions/register.csv',
      ...sized(bytes(registerCsv(register))),
      kind: 'exceptions',
      title: 'Exceptions register',
    };
    yield {
      path: 'exceptions/register.xlsx',
      ...sized(await registerXlsx(ctx.engagement.name, register)),
      kind: 'exceptions',
      title: 'Exceptions register',
    };
    const testing = await testingOf(ctx.db as Db, ctx.engagement);
    yield {
      path: 'testing/control-tests.csv',
      ...sized(bytes(controlTestsCsv(testing))),
      kind: 'control-tests',
      title: 'Control tests',
    };
  },
};
