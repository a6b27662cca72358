/**
 * Populations and samples of one engagement: each population with its completeness record (where
 * the rows came from, the exact filter, when, how many, its fingerprint), produced for the audit
 * period or uploaded as CSV; per population the auditor draws one sample per control (the size and
 * why shown first, or a different size with a reason) and records pass or exception per item.
 */
import {
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Code,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import {
  type AuditPopulation,
  type AuditSample,
  auditSampleRoutes,
  POPULATION_KINDS,
  type PopulationKind,
  urlOf,
} from '@vigil/api';
import { can } from '@vigil/core/permissions';
import { type FormEvent, useState } from 'react';
import {
  useDrawSample,
  usePopulations,
  useProducePopulation,
  useRecordSampleResult,
  useSampleSizePreview,
  useSampleSizeTable,
  useSaveSampleSizeTable,
  useUploadPopulation,
  useVerifySample,
} from '../api/audit-sample-hooks.ts';
import { fieldError } from '../api/client.ts';
import { useControls, useEngagements, useSession } from '../api/hooks.ts';
import { ChoiceField, FormActions, TextField } from '../components/form-fields.tsx';
import { formatDate, formatDateTime, humanize } from '../components/format.ts';
import { PageHeader, QueryState } from '../components/page-state.tsx';
import { ScrollTable } from '../components/scroll-table.tsx';

const KIND_LABELS: Record<PopulationKind, string> = {
  changes: 'Changes merged',
  check_failures: 'Check failures',
  incidents: 'Incidents',
  policy_acceptances: 'Policy acceptances',
  new_hires: 'New hires',
  terminations: 'Terminations',
  access_reviews: 'Access reviews',
  vulnerability_remediations: 'Vulnerability fixes',
  vendor_reviews: 'Vendor reviews',
  recurring_activities: 'Recurring activities',
};

// A key that starts with a UUID (alone, or a campaign and its system) means nothing to a reader.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(\/|$)/i;

/** What a person calls an item: its title or name when it has one, its own key otherwise. */
function itemLabel(item: AuditSample['items'][number]): string {
  const a = item.attributes;
  const named = a.title ?? a.name ?? a.person ?? a.check;
  if (named) return UUID.test(item.key) || item.key.startsWith('failure-') ? named : `${item.key}: ${named}`;
  return UUID.test(item.key) ? 'Item' : item.key;
}

// Attribute values that are a day or a time read as a date, not as ISO text.
const ISO_DAY = /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z)?$/;

function details(item: AuditSample['items'][number]): string {
  return Object.entries(item.attributes)
    .filter(([k]) => !['title', 'name'].includes(k))
    .map(([k, v]) => `${humanize(k)}: ${v ? (ISO_DAY.test(v) ? formatDate(v) : v) : '—'}`)
    .join('; ');
}

function ProduceButtons({ engagementId }: { engagementId: string }) {
  const produce = useProducePopulation(engagementId);
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={2} size="h4">
          Produce a population for the audit period
        </Title>
        <Group gap="xs">
          {POPULATION_KINDS.map((kind) => (
            <Button
              key={kind}
              variant="light"
              loading={produce.isPending && produce.variables === kind}
              onClick={() => produce.mutate(kind)}
            >
              {KIND_LABELS[kind]}
            </Button>
          ))}
        </Group>
      </Stack>
    </Card>
  );
}

function UploadForm({ engagementId }: { engagementId: string }) {
  const upload = useUploadPopulation(engagementId);
  const [name, setName] = useState('');
  const [source, setSource] = useState('');
  const [idColumn, setIdColumn] = useState('');
  const [timeColumn, setTimeColumn] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const err = (f: string) => fieldError(upload.error, f);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const text = file ? await file.text() : '';
    upload.mutate({ name, source, idColumn, timeColumn, fileName: file?.name ?? '', text });
  };
  const fileError =
    err('file') ?? err('fileName') ?? err('text') ?? err('id') ?? err('occurredAt') ?? err('attributes');
  return (
    <Card withBorder>
      <form onSubmit={submit} aria-label="Upload a population">
        <Stack gap="xs">
          <Title order={2} size="h4">
            Upload a population as CSV
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextField label="Name" value={name} onChange={setName} required error={err('name')} />
            <TextField
              label="Where the rows come from"
              value={source}
              onChange={setSource}
              required
              error={err('source')}
            />
            <TextField
              label="Column with each row's identifier"
              value={idColumn}
              onChange={setIdColumn}
              required
              error={err('idColumn')}
            />
            <TextField
              label="Column with when it happened"
              value={timeColumn}
              onChange={setTimeColumn}
              required
              error={err('timeColumn')}
            />
          </SimpleGrid>
          <label>
            <Text size="sm" fw={500}>
              CSV file
            </Text>
            <input
              type="file"
              accept=".csv,text/csv"
              onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
            />
          </label>
          {fileError && (
            <Text c="red" size="sm" role="alert">
              {fileError}
            </Text>
          )}
          <FormActions label="Upload" pending={upload.isPending} />
        </Stack>
      </form>
    </Card>
  );
}

function DrawForm({ engagementId, population }: { engagementId: string; population: AuditPopulation }) {
  const controls = useControls({ limit: 500, applicable: 'true' });
  const [controlId, setControlId] = useState<string | null>(null);
  const [different, setDifferent] = useState(false);
  const [size, setSize] = useState<number | ''>('');
  const [reason, setReason] = useState('');
  const preview = useSampleSizePreview(engagementId, population.id, controlId);
  const draw = useDrawSample(engagementId, population.id);
  const drawn = new Set(population.samples.map((s) => s.controlId));
  const options = (controls.data?.items ?? [])
    .filter((c) => !drawn.has(c.id))
    .map((c) => ({ value: c.id, label: `${c.code} ${c.title}` }));
  const err = (f: string) => fieldError(draw.error, f);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!controlId) return;
    draw.mutate(
      { controlId, override: different ? { size: size === '' ? -1 : size, reason } : undefined },
      {
        onSuccess: () => {
          setControlId(null);
          setDifferent(false);
          setSize('');
          setReason('');
        },
      },
    );
  };
  return (
    <form onSubmit={submit} aria-label={`Draw a sample from ${population.name}`}>
      <Stack gap="xs">
        <ChoiceField
          label="Control to test"
          data={options}
          value={controlId}
          onChange={setControlId}
          error={err('controlId')}
        />
        {preview.data && (
          <Text size="sm">
            Sample size {preview.data.size}: {preview.data.words}.
          </Text>
        )}
        <Checkbox
          label="Use a different size"
          checked={different}
          onChange={(e) => setDifferent(e.currentTarget.checked)}
        />
        {different && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput
              label="Sample size"
              min={0}
              allowDecimal={false}
              value={size}
              onChange={(v) => setSize(v === '' ? '' : Number(v))}
              error={err('override.size')}
            />
            <TextField
              label="Why this size"
              value={reason}
              onChange={setReason}
              error={err('override.reason')}
            />
          </SimpleGrid>
        )}
        <FormActions label="Draw the sample" pending={draw.isPending} />
      </Stack>
    </form>
  );
}

function ItemResult({
  engagementId,
  sampleId,
  item,
}: {
  engagementId: string;
  sampleId: string;
  item: AuditSample['items'][number];
}) {
  const record = useRecordSampleResult(engagementId, sampleId);
  const [note, setNote] = useState(item.note);
  const label = itemLabel(item);
  const save = (result: 'pass' | 'exception') => record.mutate({ itemKey: item.key, result, note });
  return (
    <Group gap="xs" wrap="wrap" align="flex-start">
      <TextInput
        aria-label={`Note for ${label}`}
        placeholder="Note"
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        error={fieldError(record.error, 'note')}
        size="xs"
      />
      <Button
        size="xs"
        variant="light"
        color="teal"
        onClick={() => save('pass')}
        aria-label={`Pass ${label}`}
      >
        Pass
      </Button>
      <Button
        size="xs"
        variant="light"
        color="red"
        onClick={() => save('exception')}
        aria-label={`Exception for ${label}`}
      >
        Exception
      </Button>
    </Group>
  );
}

/** Redraws the sample on the server from the stored population and seed, and says what it found. */
function VerifyLine({ engagementId, sampleId }: { engagementId: string; sampleId: string }) {
  const verify = useVerifySample(engagementId, sampleId);
  return (
    <Group gap="xs" wrap="wrap">
      <Button size="xs" variant="default" loading={verify.isFetching} onClick={() => void verify.refetch()}>
        Check the sample again
      </Button>
      {verify.data && (
        <Text size="sm" role="status" c={verify.data.matches ? 'teal.9' : 'red.9'}>
          {verify.data.matches
            ? 'Matches: the same population and seed give the same items.'
            : `Does not match: ${verify.data.difference}`}
        </Text>
      )}
    </Group>
  );
}

function SampleCard({
  engagementId,
  sample,
  canTest,
}: {
  engagementId: string;
  sample: AuditSample;
  canTest: boolean;
}) {
  return (
    <Stack gap="xs">
      <Group justify="space-between" wrap="wrap">
        <Title order={4} size="h6">
          Sample for {sample.controlCode} {sample.controlTitle}
        </Title>
        <Anchor
          href={urlOf(auditSampleRoutes.sampleFile, { params: { engagementId, sampleId: sample.id } })}
          download
          size="sm"
        >
          Download the sample
        </Anchor>
      </Group>
      <VerifyLine engagementId={engagementId} sampleId={sample.id} />
      <Text size="sm">
        {sample.size} item{sample.size === 1 ? '' : 's'}: {sample.basisWords}. Drawn by{' '}
        {sample.drawnByName ?? 'a former member'} on {formatDateTime(sample.drawnAt)}.
      </Text>
      <ScrollTable label={`Items drawn for ${sample.controlCode}`} minWidth={720}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Item</Table.Th>
              <Table.Th>When</Table.Th>
              <Table.Th>Details</Table.Th>
              <Table.Th>Result</Table.Th>
              {canTest && <Table.Th>Record</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sample.items.map((item) => (
              <Table.Tr key={item.key}>
                <Table.Td>{itemLabel(item)}</Table.Td>
                <Table.Td>{formatDateTime(item.occurredAt)}</Table.Td>
                <Table.Td>{details(item)}</Table.Td>
                <Table.Td>
                  {item.result ? (
                    <Stack gap={2}>
                      <Badge color={item.result === 'pass' ? 'teal' : 'red'} variant="light">
                        {item.result === 'pass' ? 'Pass' : 'Exception'}
                      </Badge>
                      {item.note && <Text size="sm">{item.note}</Text>}
                    </Stack>
                  ) : (
                    <Text size="sm" c="dimmed">
                      Not tested yet
                    </Text>
                  )}
                </Table.Td>
                {canTest && (
                  <Table.Td>
                    <ItemResult engagementId={engagementId} sampleId={sample.id} item={item} />
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Stack>
  );
}

function PopulationCard({
  engagementId,
  population,
  canTest,
}: {
  engagementId: string;
  population: AuditPopulation;
  canTest: boolean;
}) {
  return (
    <Card withBorder component="section" aria-label={population.name}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={3} size="h5">
            {population.name}
          </Title>
          <Anchor
            href={urlOf(auditSampleRoutes.populationFile, {
              params: { engagementId, populationId: population.id },
            })}
            download
            size="sm"
          >
            Download the population
          </Anchor>
        </Group>
        <Table variant="vertical" withTableBorder={false}>
          <Table.Tbody>
            <Table.Tr>
              <Table.Th w={160}>Source</Table.Th>
              <Table.Td>{population.source}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>Query</Table.Th>
              <Table.Td>{population.query}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>When</Table.Th>
              <Table.Td>
                {formatDateTime(population.ranAt)}
                {population.createdByName ? ` by ${population.createdByName}` : ''}
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>Rows</Table.Th>
              <Table.Td>
                {population.rowCount === 0 ? 'None (empty population)' : population.rowCount}
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>SHA-256</Table.Th>
              <Table.Td>
                <Code style={{ wordBreak: 'break-all' }}>{population.sha256}</Code>
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
        {population.samples.map((s) => (
          <SampleCard key={s.id} engagementId={engagementId} sample={s} canTest={canTest} />
        ))}
        {canTest && <DrawForm engagementId={engagementId} population={population} />}
      </Stack>
    </Card>
  );
}

const FREQUENCY_LABELS = [
  ['annual', 'Once a year'],
  ['quarterly', 'Every quarter'],
  ['monthly', 'Every month'],
  ['weekly', 'Every week'],
  ['daily', 'Every day'],
  ['several_times_a_day', 'Several times a day'],
] as const;
type Frequency = (typeof FREQUENCY_LABELS)[number][0];

/** The organization's sample size table, changed by owners and admins and checked by the server. */
function SizeTableForm() {
  const table = useSampleSizeTable();
  const save = useSaveSampleSizeTable();
  const [edit, setEdit] = useState<{
    byFrequency: Record<Frequency, number | ''>;
    eventBands: { minItems: number | ''; size: number | '' }[];
  } | null>(null);
  if (!table.data) return null;
  const current = edit ?? { byFrequency: table.data.byFrequency, eventBands: table.data.eventBands };
  const bandError = (i: number) => fieldError(save.error, `eventBands[${i}]`);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const n = (v: number | '') => (v === '' ? 0 : v);
    save.mutate({
      byFrequency: Object.fromEntries(
        FREQUENCY_LABELS.map(([f]) => [f, n(current.byFrequency[f])]),
      ) as Record<Frequency, number>,
      eventBands: current.eventBands.map((b) => ({ minItems: n(b.minItems), size: n(b.size) })),
    });
  };
  const setBand = (i: number, part: 'minItems' | 'size', v: number | '') =>
    setEdit({
      ...current,
      eventBands: current.eventBands.map((b, j) => (j === i ? { ...b, [part]: v } : b)),
    });
  const num = (v: string | number) => (v === '' ? '' : Number(v));
  return (
    <Card withBorder>
      <form onSubmit={submit} aria-label="Sample sizes">
        <Stack gap="xs">
          <Title order={2} size="h4">
            Sample sizes
          </Title>
          <Text size="sm" c="dimmed">
            {table.data.isDefault
              ? 'The usual sizes are in use.'
              : 'Your organization’s own sizes are in use.'}{' '}
            A control is sampled by how often it runs; a control that acts on each event by how many events
            there were.
          </Text>
          <SimpleGrid cols={{ base: 2, sm: 3 }}>
            {FREQUENCY_LABELS.map(([f, label]) => (
              <NumberInput
                key={f}
                label={label}
                min={1}
                allowDecimal={false}
                value={current.byFrequency[f]}
                onChange={(v) =>
                  setEdit({ ...current, byFrequency: { ...current.byFrequency, [f]: num(v) } })
                }
                error={fieldError(save.error, `byFrequency.${f}`)}
              />
            ))}
          </SimpleGrid>
          {current.eventBands.map((b, i) => (
            <Group key={i} align="flex-end" gap="xs" wrap="wrap">
              <NumberInput
                label={`Band ${i + 1}: from this many events`}
                min={1}
                allowDecimal={false}
                value={b.minItems}
                onChange={(v) => setBand(i, 'minItems', num(v))}
                error={bandError(i)}
              />
              <NumberInput
                label={`Band ${i + 1}: sample size`}
                min={1}
                allowDecimal={false}
                value={b.size}
                onChange={(v) => setBand(i, 'size', num(v))}
              />
              <Button
                variant="subtle"
                color="red"
                onClick={() =>
                  setEdit({ ...current, eventBands: current.eventBands.filter((_, j) => j !== i) })
                }
              >
                Remove band {i + 1}
              </Button>
            </Group>
          ))}
          <Group>
            <Button
              variant="light"
              onClick={() =>
                setEdit({ ...current, eventBands: [...current.eventBands, { minItems: '', size: '' }] })
              }
            >
              Add a band
            </Button>
          </Group>
          <FormActions label="Save sample sizes" pending={save.isPending} />
        </Stack>
      </form>
    </Card>
  );
}

export function AuditSamplesPage() {
  const { engagementId } = useParams({ strict: false }) as { engagementId: string };
  const role = useSession().data?.org?.role;
  const canTest = !!role && can(role, 'audit_work.test');
  const canSize = !!role && can(role, 'engagements.manage');
  const engagement = useEngagements().data?.items.find((e) => e.id === engagementId);
  const populations = usePopulations(engagementId);
  const period = engagement
    ? engagement.reportType === 'type2'
      ? `${formatDate(engagement.windowStart)} to ${formatDate(engagement.windowEnd)}`
      : `as of ${formatDate(engagement.asOfDate)}`
    : '';
  return (
    <Stack>
      <PageHeader
        title="Populations and samples"
        description={
          engagement
            ? `${engagement.name}, ${period}. Every sample follows from its population and can be checked again by anyone with the two downloads.`
            : undefined
        }
      />
      {canTest && (
        <>
          <ProduceButtons engagementId={engagementId} />
          <UploadForm engagementId={engagementId} />
        </>
      )}
      {canSize && <SizeTableForm />}
      <QueryState query={populations}>
        {(data) =>
          data.items.length === 0 ? (
            <Text c="dimmed">No populations yet.</Text>
          ) : (
            <Stack>
              {data.items.map((p) => (
                <PopulationCard key={p.id} engagementId={engagementId} population={p} canTest={canTest} />
              ))}
            </Stack>
          )
        }
      </QueryState>
    </Stack>
  );
}
