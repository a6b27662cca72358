/**
 * Stored populations and samples of an engagement: producing or uploading a population with its
 * completeness record, drawing the one sample per control and population (core's rules, seed from
 * the engagement, control and population hash), per-item results, verification and the files
 * `vigil sample verify` reads. Every write records its audit event in the same transaction.
 */
import type { AuditPopulation, AuditSample, PopulationKind } from '@vigil/api';
import type { FrequencySchema } from '@vigil/catalog';
import {
  buildPopulation,
  conflict,
  DEFAULT_SAMPLE_SIZES,
  dayWords,
  drawSample,
  invalid,
  notFound,
  type Population,
  type PopulationItem,
  parsePopulationFile,
  populationFromCsv,
  type RecordedSample,
  resolveSampleSize,
  type SampleSizeTable,
  type SamplingBasis,
  samplingBasisFor,
  tableSampleSize,
  validateSampleSizeTable,
  verifySample,
} from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { OrgActor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-recorder.ts';
import { openRequest } from '../audit-requests/index.ts';
import { recordException } from '../audit-testing/index.ts';
import type { EngagementRow } from '../engagements/index.ts';
import { KIND_NAMES, type Period, type Produced, produce } from './producers.ts';

const {
  auditPopulations: populations,
  auditSamples: samples,
  auditSampleResults: results,
  sampleSizeTables,
  controls,
  users,
} = schema;

type Frequency = z.infer<typeof FrequencySchema>;

/** The days an engagement's populations cover. */
export function periodOf(e: EngagementRow): Period {
  if (e.reportType === 'type2' && e.windowStart && e.windowEnd)
    return { from: e.windowStart, to: e.windowEnd };
  const day = e.asOfDate ?? e.windowEnd ?? e.windowStart!;
  return { from: day, to: day };
}

/** The organization's table, or core's defaults when it has none. */
export async function sizeTableOf(
  db: Db,
  orgId: string,
): Promise<{ table: SampleSizeTable; isDefault: boolean }> {
  const [row] = await db.select().from(sampleSizeTables).where(eq(sampleSizeTables.orgId, orgId));
  return row
    ? { table: row.table as SampleSizeTable, isDefault: false }
    : { table: DEFAULT_SAMPLE_SIZES, isDefault: true };
}

/** Replaces the organization's table after core has checked it. */
export async function putSizeTable(tx: Db, actor: OrgActor, input: SampleSizeTable) {
  const table = validateSampleSizeTable(input);
  await tx
    .insert(sampleSizeTables)
    .values({ orgId: actor.orgId, table, updatedBy: actor.userId, updatedAt: new Date() })
    .onConflictDoUpdate({
      target: sampleSizeTables.orgId,
      set: { table, updatedBy: actor.userId, updatedAt: new Date() },
    });
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'sample_size_table.updated',
    entityType: 'sample_size_table',
    entityId: actor.orgId,
    changes: { byFrequency: table.byFrequency, eventBands: table.eventBands },
  });
  return { ...table, isDefault: false };
}

async function store(
  tx: Db,
  actor: OrgActor,
  engagement: EngagementRow,
  kind: string,
  produced: Omit<Produced, 'rows'>,
  population: Population,
): Promise<{ id: string; changes: Record<string, unknown> }> {
  const [row] = await tx
    .insert(populations)
    .values({
      orgId: actor.orgId,
      engagementId: engagement.id,
      kind,
      name: produced.name,
      source: produced.source,
      query: produced.query,
      ranAt: new Date(),
      rowCount: population.items.length,
      sha256: population.hash,
      fileText: population.text,
      createdBy: actor.userId,
    })
    .returning({ id: populations.id });
  const changes = {
    name: produced.name,
    engagement: engagement.name,
    source: produced.source,
    query: produced.query,
    rowCount: population.items.length,
    sha256: population.hash,
  };
  return { id: row!.id, changes };
}

/** Produces a population of `kind` for the engagement's period; an empty one is stored with 0 rows. */
export async function producePopulation(
  tx: Db,
  actor: OrgActor,
  engagement: EngagementRow,
  kind: PopulationKind,
): Promise<string> {
  const period = periodOf(engagement);
  const produced = await produce(tx, actor.orgId, kind, period);
  const population = buildOrExplain(produced);
  const { id, changes } = await store(
    tx,
    actor,
    engagement,
    kind,
    { ...produced, name: `${produced.name}, ${dayWords(period.from)} to ${dayWords(period.to)}` },
    population,
  );
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'audit_population.produced',
    entityType: 'audit_population',
    entityId: id,
    changes,
  });
  return id;
}

function buildOrExplain(produced: Produced): Population {
  return buildPopulation(produced.rows, (i) => `${produced.name}, row ${i + 1}`);
}

/** Stores an uploaded CSV population; the whole file is checked first, so an error stores nothing. */
export async function uploadPopulation(
  tx: Db,
  actor: OrgActor,
  engagement: EngagementRow,
  input: {
    name: string;
    source: string;
    fileName: string;
    text: string;
    idColumn: string;
    timeColumn: string;
  },
): Promise<string> {
  const population = populationFromCsv(input.fileName, input.text, {
    idColumn: input.idColumn,
    timeColumn: input.timeColumn,
  });
  const { id, changes } = await store(
    tx,
    actor,
    engagement,
    'upload',
    {
      name: input.name,
      source: input.source,
      query: `uploaded file ${input.fileName}; id column "${input.idColumn}", time column "${input.timeColumn}"`,
    },
    population,
  );
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'audit_population.uploaded',
    entityType: 'audit_population',
    entityId: id,
    changes,
  });
  return id;
}

type PopulationRow = typeof populations.$inferSelect;

async function populationRow(db: Db, engagement: EngagementRow, id: string): Promise<PopulationRow> {
  const [row] = await db
    .select()
    .from(populations)
    .where(and(eq(populations.engagementId, engagement.id), eq(populations.id, id)));
  if (!row) throw notFound('population');
  return row;
}

/** Re-reads the stored file and refuses it when it no longer hashes to its completeness record. */
function checkedPopulation(row: PopulationRow): Population {
  let population: Population | null = null;
  try {
    population = parsePopulationFile(row.fileText, row.name);
  } catch {
    population = null;
  }
  if (!population || population.hash !== row.sha256)
    throw conflict(
      'populationId',
      `The stored population '${row.name}' no longer matches its recorded SHA-256; no sample can be drawn from it`,
    );
  return population;
}

async function controlRow(db: Db, orgId: string, controlId: string) {
  const [c] = await db
    .select()
    .from(controls)
    .where(and(eq(controls.orgId, orgId), eq(controls.id, controlId)));
  if (!c) throw invalid('controlId', 'controlId: choose a control of this organization');
  return c;
}

const FREQ_WORDS: Record<string, string> = {
  annual: 'once a year',
  quarterly: 'every quarter',
  monthly: 'every month',
  weekly: 'every week',
  daily: 'every day',
  several_times_a_day: 'several times a day',
};

/** The table's size and its reason in words, capped at the population. */
function tableSize(table: SampleSizeTable, basis: SamplingBasis, n: number) {
  const fromTable = tableSampleSize(table, basis, n);
  const size = Math.min(fromTable, n);
  let words: string;
  if (basis.kind === 'frequency')
    words = `The control runs ${FREQ_WORDS[basis.frequency]}; the table asks for ${fromTable}`;
  else {
    const band = [...table.eventBands].sort((a, b) => b.minItems - a.minItems).find((b) => n >= b.minItems);
    words = band
      ? `The control acts on each event; a population of ${n} (${band.minItems} or more) takes ${band.size}`
      : `The control acts on each event; a population of ${n} is smaller than every band, so all of it is tested`;
  }
  if (fromTable > n) words += `; the population has only ${n}, so every item is tested`;
  return { size, basis: basis.kind, words };
}

/** The size the table gives a control for a stored population, and why. */
export async function sizePreview(
  db: Db,
  engagement: EngagementRow,
  populationId: string,
  controlId: string,
) {
  const row = await populationRow(db, engagement, populationId);
  const control = await controlRow(db, engagement.orgId, controlId);
  const { table } = await sizeTableOf(db, engagement.orgId);
  return tableSize(table, samplingBasisFor(control.frequency as Frequency), row.rowCount);
}

/** Draws the one sample for a control from a population; a second draw is refused with 409. */
export async function draw(
  tx: Db,
  actor: OrgActor,
  engagement: EngagementRow,
  populationId: string,
  input: { controlId: string; override?: { size: number; reason: string } },
): Promise<string> {
  const row = await populationRow(tx, engagement, populationId);
  const control = await controlRow(tx, actor.orgId, input.controlId);
  const [existing] = await tx
    .select({ id: samples.id })
    .from(samples)
    .where(and(eq(samples.populationId, row.id), eq(samples.controlId, control.id)));
  if (existing)
    throw conflict(
      'controlId',
      `A sample for ${control.code} was already drawn from '${row.name}'; samples are never redrawn`,
    );
  const population = checkedPopulation(row);
  const { table } = await sizeTableOf(tx, actor.orgId);
  const basis = samplingBasisFor(control.frequency as Frequency);
  const n = population.items.length;
  if (input.override && input.override.size > n)
    throw invalid(
      'override.size',
      `override.size: a sample of ${input.override.size} items is larger than the population of ${n} items`,
    );
  let resolved: ReturnType<typeof resolveSampleSize>;
  try {
    resolved = resolveSampleSize({ table, basis, populationSize: n, override: input.override });
  } catch (err) {
    const e = err as { field?: string; message: string };
    if (e.field === 'reason' || e.field === 'size')
      throw invalid(`override.${e.field}`, `override.${e.message}`);
    throw err;
  }
  const drawn = drawSample({
    engagementId: engagement.id,
    controlId: control.id,
    population,
    size: resolved.size,
  });
  const why =
    resolved.source === 'override'
      ? `Set to ${resolved.size} instead of the table's size: ${resolved.reason}`
      : tableSize(table, basis, n).words;
  const [s] = await tx
    .insert(samples)
    .values({
      orgId: actor.orgId,
      engagementId: engagement.id,
      populationId: row.id,
      controlId: control.id,
      seed: drawn.seed,
      size: drawn.size,
      basis: resolved.source === 'override' ? 'override' : basis.kind,
      basisDetail: why,
      overrideReason: resolved.reason ?? null,
      itemIds: drawn.items.map((i) => i.item.id),
      itemNames: Object.fromEntries(drawn.items.map((i) => [i.item.id, itemWords(i.item)])),
      drawnBy: actor.userId,
    })
    .returning({ id: samples.id });
  await openSampleRequest(tx, actor, engagement, {
    sampleId: s!.id,
    control,
    population: row.name,
    items: drawn.items.map((i) => i.item),
  });
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'audit_sample.drawn',
    entityType: 'audit_sample',
    entityId: s!.id,
    changes: {
      control: control.code,
      population: row.name,
      size: drawn.size,
      populationSize: n,
      seed: drawn.seed,
      basis: why,
    },
  });
  return s!.id;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** How a person names a population item: its title or name, with its own key when that key means something. */
function itemWords(item: PopulationItem): string {
  const a = item.attributes ?? {};
  const named = a.title ?? a.name ?? a.person ?? a.resource;
  const key = UUID.test(item.id) || item.id.startsWith('failure-') ? null : item.id;
  const label = [key, named].filter(Boolean).join(': ') || 'an item';
  return `${label} (${dayWords(item.occurredAt)})`;
}

/**
 * Turns a drawn sample into one request for its evidence, so the company answers it through the
 * same loop as the rest of the request list. Its reference is S1, S2, … in drawing order.
 */
async function openSampleRequest(
  tx: Db,
  actor: OrgActor,
  engagement: EngagementRow,
  sample: {
    sampleId: string;
    control: { id: string; code: string; title: string };
    population: string;
    items: PopulationItem[];
  },
) {
  const [drawnBefore] = await tx
    .select({ n: count() })
    .from(samples)
    .where(eq(samples.engagementId, engagement.id));
  const lines = sample.items.map((item, i) => `${i + 1}. ${itemWords(item)}`);
  await openRequest(tx, actor, engagement.id, {
    reference: `S${drawnBefore!.n}-${sample.control.code}`,
    description: [
      `Evidence that ${sample.control.code} (${sample.control.title}) operated for each of the ${sample.items.length} item${sample.items.length === 1 ? '' : 's'} drawn from "${sample.population}":`,
      ...lines,
    ].join('\n'),
    controlIds: [sample.control.id],
    source: 'sample',
    sampleId: sample.sampleId,
  });
}

type SampleRow = typeof samples.$inferSelect;

async function sampleRow(db: Db, engagement: EngagementRow, id: string): Promise<SampleRow> {
  const [row] = await db
    .select()
    .from(samples)
    .where(and(eq(samples.engagementId, engagement.id), eq(samples.id, id)));
  if (!row) throw notFound('sample');
  return row;
}

/** Records pass or exception for a drawn item; an exception needs a note. */
export async function recordResult(
  tx: Db,
  actor: OrgActor,
  engagement: EngagementRow,
  sampleId: string,
  input: { itemKey: string; result: 'pass' | 'exception'; note: string },
) {
  const s = await sampleRow(tx, engagement, sampleId);
  if (!s.itemIds.includes(input.itemKey))
    throw invalid('itemKey', `itemKey: "${input.itemKey}" is not one of the items drawn in this sample`);
  if (input.result === 'exception' && input.note.trim() === '')
    throw invalid('note', 'note: say what the exception is');
  const values = { result: input.result, note: input.note, recordedBy: actor.userId, recordedAt: new Date() };
  await tx
    .insert(results)
    .values({ orgId: actor.orgId, sampleId: s.id, itemKey: input.itemKey, ...values })
    .onConflictDoUpdate({ target: [results.sampleId, results.itemKey], set: values });
  const [c] = await tx.select({ code: controls.code }).from(controls).where(eq(controls.id, s.controlId));
  const [p] = await tx
    .select({ name: populations.name })
    .from(populations)
    .where(eq(populations.id, s.populationId));
  const itemName = s.itemNames[input.itemKey] ?? null;
  if (input.result === 'exception') {
    // The register is where exceptions are concluded on and answered; a failed item opens one there.
    await recordException(tx, actor, engagement.id, {
      controlId: s.controlId,
      sampleId: s.id,
      itemKey: input.itemKey,
      sampleLabel: `${itemName ?? 'An item'} in the sample for ${c?.code ?? 'the control'} from "${p!.name}"`,
      description: input.note.trim(),
    });
  }
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'audit_sample.result_recorded',
    entityType: 'audit_sample',
    entityId: s.id,
    // itemName is what the activity feed reads: an item's key may be an id nobody recognizes.
    changes: {
      control: c?.code ?? null,
      item: input.itemKey,
      itemName,
      result: input.result,
      note: input.note,
    },
  });
}

/** The recorded sample exactly as `vigil sample verify --sample` reads it. */
export async function recordedSample(db: Db, engagement: EngagementRow, sampleId: string) {
  const s = await sampleRow(db, engagement, sampleId);
  const p = await populationRow(db, engagement, s.populationId);
  const recorded: RecordedSample = {
    engagementId: s.engagementId,
    controlId: s.controlId,
    populationHash: p.sha256,
    seed: s.seed,
    size: s.size,
    itemIds: s.itemIds,
  };
  return { recorded, population: p };
}

/** Redraws a stored sample from its stored population file and says whether it matches. */
export async function verifyStored(db: Db, engagement: EngagementRow, sampleId: string) {
  const { recorded, population } = await recordedSample(db, engagement, sampleId);
  const difference = verifySample(recorded, population.fileText);
  return { matches: difference === null, difference };
}

/** The stored population file. */
export async function populationFile(db: Db, engagement: EngagementRow, populationId: string) {
  const row = await populationRow(db, engagement, populationId);
  return { name: row.name, text: row.fileText };
}

/** Populations of an engagement, newest first, each with its samples and their results. */
export async function listPopulations(db: Db, engagement: EngagementRow): Promise<AuditPopulation[]> {
  const pops = await db
    .select({ p: populations, by: users.name })
    .from(populations)
    .leftJoin(users, eq(users.id, populations.createdBy))
    .where(eq(populations.engagementId, engagement.id))
    .orderBy(asc(populations.ranAt));
  if (pops.length === 0) return [];
  const sampleRows = await db
    .select({ s: samples, by: users.name, code: controls.code, title: controls.title })
    .from(samples)
    .innerJoin(controls, eq(controls.id, samples.controlId))
    .leftJoin(users, eq(users.id, samples.drawnBy))
    .where(eq(samples.engagementId, engagement.id))
    .orderBy(asc(samples.drawnAt));
  const resultRows = sampleRows.length
    ? await db
        .select({ r: results, by: users.name })
        .from(results)
        .leftJoin(users, eq(users.id, results.recordedBy))
        .where(
          inArray(
            results.sampleId,
            sampleRows.map((x) => x.s.id),
          ),
        )
    : [];
  const itemsOf = new Map<string, Map<string, PopulationItem>>();
  const itemIndex = (p: PopulationRow) => {
    let m = itemsOf.get(p.id);
    if (!m) {
      m = new Map();
      for (const line of p.fileText.split('\n'))
        if (line) {
          const item = JSON.parse(line) as PopulationItem;
          m.set(item.id, item);
        }
      itemsOf.set(p.id, m);
    }
    return m;
  };
  return pops.map(({ p, by }) => ({
    id: p.id,
    kind: p.kind,
    name: p.name,
    source: p.source,
    query: p.query,
    ranAt: p.ranAt.toISOString(),
    rowCount: p.rowCount,
    sha256: p.sha256,
    createdByName: by,
    samples: sampleRows
      .filter((x) => x.s.populationId === p.id)
      .map(({ s, by: drawnBy, code, title }): AuditSample => {
        const index = itemIndex(p);
        return {
          id: s.id,
          populationId: p.id,
          controlId: s.controlId,
          controlCode: code,
          controlTitle: title,
          seed: s.seed,
          size: s.size,
          basis: s.basis as AuditSample['basis'],
          basisWords: s.basisDetail,
          overrideReason: s.overrideReason,
          drawnByName: drawnBy,
          drawnAt: s.drawnAt.toISOString(),
          items: s.itemIds.map((key) => {
            const item = index.get(key);
            const r = resultRows.find((x) => x.r.sampleId === s.id && x.r.itemKey === key);
            return {
              key,
              occurredAt: item?.occurredAt ?? '',
              attributes: item?.attributes ?? {},
              result: (r?.r.result as 'pass' | 'exception' | undefined) ?? null,
              note: r?.r.note ?? '',
              recordedByName: r?.by ?? null,
              recordedAt: r ? r.r.recordedAt.toISOString() : null,
            };
          }),
        };
      }),
  }));
}

export { KIND_NAMES };
