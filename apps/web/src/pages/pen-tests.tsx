/** Penetration tests: the list, and one test with its report and findings tracked to remediation and retest. */
import {
  Anchor,
  Badge,
  Button,
  Card,
  FileInput,
  Grid,
  Group,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { type PenTestFinding, urlOf, vulnerabilitiesRoutes } from '@vigil/api';
import { can } from '@vigil/core/permissions';
import { VULN_SLA_SEVERITIES, type VulnSlaSeverity } from '@vigil/core/vulnerabilities';
import { type FormEvent, useState } from 'react';
import { fieldError } from '../api/client.ts';
import { useSession } from '../api/hooks.ts';
import {
  useAddPenFinding,
  useCreatePenTest,
  useImportPenFindings,
  usePenTest,
  usePenTests,
  useUpdatePenFinding,
  useUploadPenReport,
} from '../api/vulnerability-hooks.ts';
import { AnchorLink } from '../components/anchor-link.tsx';
import { PageHeader, QueryState } from '../components/page-state.tsx';
import { ScrollTable } from '../components/scroll-table.tsx';
import { SEVERITY_WORDS, STANDING_COLOR, STANDING_WORDS } from './vulnerabilities.tsx';

const useCanManage = () => {
  const role = useSession().data?.org?.role;
  return !!role && can(role, 'vulnerabilities.manage');
};

function NewPenTest({ onDone }: { onDone: () => void }) {
  const create = useCreatePenTest();
  const [vendor, setVendor] = useState('');
  const [startDate, setStartDate] = useState('');
  const [endDate, setEndDate] = useState('');
  const [scope, setScope] = useState('');
  function submit(e: FormEvent) {
    e.preventDefault();
    create.mutate({ vendor, startDate, endDate, scope }, { onSuccess: onDone });
  }
  return (
    <Card withBorder>
      <form onSubmit={submit} aria-labelledby="new-pen-test">
        <Stack gap="sm">
          <Title order={2} size="h4" id="new-pen-test">
            Record a penetration test
          </Title>
          <Grid gap="sm">
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <TextInput
                label="Vendor"
                required
                value={vendor}
                onChange={(e) => setVendor(e.currentTarget.value)}
                error={fieldError(create.error, 'vendor')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, sm: 4 }}>
              <TextInput
                label="First day"
                type="date"
                required
                value={startDate}
                onChange={(e) => setStartDate(e.currentTarget.value)}
                error={fieldError(create.error, 'startDate')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, sm: 4 }}>
              <TextInput
                label="Last day"
                type="date"
                required
                value={endDate}
                onChange={(e) => setEndDate(e.currentTarget.value)}
                error={fieldError(create.error, 'endDate')}
              />
            </Grid.Col>
          </Grid>
          <Textarea
            label="Scope"
            value={scope}
            onChange={(e) => setScope(e.currentTarget.value)}
            error={fieldError(create.error, 'scope')}
          />
          <Group>
            <Button type="submit" loading={create.isPending}>
              Save
            </Button>
            <Button variant="default" onClick={onDone}>
              Cancel
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

export function PenTestsPage() {
  const tests = usePenTests();
  const canManage = useCanManage();
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title="Penetration tests"
        description="Who tested what and when, their report, and each finding tracked to remediation and retest under the remediation SLA."
        actions={
          canManage &&
          !creating && <Button onClick={() => setCreating(true)}>Record a penetration test</Button>
        }
      />
      <Stack gap="lg">
        {creating && <NewPenTest onDone={() => setCreating(false)} />}
        <QueryState query={tests} label="Loading penetration tests…">
          {({ items }) =>
            items.length === 0 ? (
              <Text c="dimmed">No penetration test yet.</Text>
            ) : (
              <ScrollTable label="Penetration tests" minWidth={600}>
                <Table verticalSpacing="sm">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Vendor</Table.Th>
                      <Table.Th>Dates</Table.Th>
                      <Table.Th>Findings</Table.Th>
                      <Table.Th>Still open</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {items.map((p) => (
                      <Table.Tr key={p.id}>
                        <Table.Td>
                          <AnchorLink to="/pen-tests/$penTestId" params={{ penTestId: p.id }} fw={500}>
                            {p.vendor}
                          </AnchorLink>
                        </Table.Td>
                        <Table.Td>
                          {p.startDate} to {p.endDate}
                        </Table.Td>
                        <Table.Td>{p.findings}</Table.Td>
                        <Table.Td>{p.openFindings}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollTable>
            )
          }
        </QueryState>
      </Stack>
    </>
  );
}

function FindingRow({
  penTestId,
  f,
  canManage,
}: {
  penTestId: string;
  f: PenTestFinding;
  canManage: boolean;
}) {
  const update = useUpdatePenFinding(penTestId);
  const [remediatedOn, setRemediatedOn] = useState(f.remediatedOn ?? '');
  const [retestOn, setRetestOn] = useState(f.retestOn ?? '');
  const [retestResult, setRetestResult] = useState<string | null>(f.retestResult);
  const label = f.identifier ? `${f.identifier} ${f.title}` : f.title;
  return (
    <Table.Tr>
      <Table.Td>
        <Text fw={500}>{label}</Text>
        {f.description && (
          <Text size="xs" c="dimmed">
            {f.description}
          </Text>
        )}
      </Table.Td>
      <Table.Td>{SEVERITY_WORDS[f.severity]}</Table.Td>
      <Table.Td>{f.dueAt.slice(0, 10)}</Table.Td>
      <Table.Td>
        <Badge color={STANDING_COLOR[f.standing]} variant="light">
          {STANDING_WORDS[f.standing]}
        </Badge>
      </Table.Td>
      <Table.Td miw={260}>
        {canManage ? (
          <Stack gap={4}>
            <TextInput
              size="xs"
              type="date"
              label={`Remediated on (${label})`}
              value={remediatedOn}
              onChange={(e) => setRemediatedOn(e.currentTarget.value)}
              error={fieldError(update.error, 'remediatedOn')}
            />
            <TextInput
              size="xs"
              type="date"
              label={`Retested on (${label})`}
              value={retestOn}
              onChange={(e) => setRetestOn(e.currentTarget.value)}
              error={fieldError(update.error, 'retestOn')}
            />
            <Select
              size="xs"
              label={`Retest result (${label})`}
              data={[
                { value: 'fixed', label: 'Fixed' },
                { value: 'not_fixed', label: 'Not fixed' },
              ]}
              value={retestResult}
              onChange={setRetestResult}
              clearable
              error={fieldError(update.error, 'retestResult')}
            />
            <Button
              size="compact-xs"
              variant="light"
              loading={update.isPending}
              onClick={() =>
                update.mutate({
                  findingId: f.id,
                  remediatedOn: remediatedOn || null,
                  retestOn: retestOn || null,
                  retestResult: (retestResult as 'fixed' | 'not_fixed' | null) ?? null,
                })
              }
            >
              Save
            </Button>
          </Stack>
        ) : (
          <Text size="sm">
            {f.remediatedOn ? `Remediated ${f.remediatedOn}` : 'Not remediated'}
            {f.retestOn
              ? `; retested ${f.retestOn} (${f.retestResult === 'fixed' ? 'fixed' : f.retestResult === 'not_fixed' ? 'not fixed' : 'no result'})`
              : ''}
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

function AddFindings({ penTestId }: { penTestId: string }) {
  const add = useAddPenFinding(penTestId);
  const importCsv = useImportPenFindings(penTestId);
  const upload = useUploadPenReport(penTestId);
  const [title, setTitle] = useState('');
  const [severity, setSeverity] = useState<VulnSlaSeverity>('high');
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<File | null>(null);
  return (
    <Card withBorder>
      <Stack gap="md">
        <form
          aria-label="Add a finding by hand"
          onSubmit={(e) => {
            e.preventDefault();
            add.mutate({ title, severity }, { onSuccess: () => setTitle('') });
          }}
        >
          <Grid gap="sm" align="flex-end">
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label="Finding title"
                required
                value={title}
                onChange={(e) => setTitle(e.currentTarget.value)}
                error={fieldError(add.error, 'title')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 8, sm: 4 }}>
              <Select
                label="Severity"
                data={VULN_SLA_SEVERITIES.map((s) => ({ value: s, label: SEVERITY_WORDS[s] }))}
                value={severity}
                onChange={(v) => v && setSeverity(v as VulnSlaSeverity)}
                allowDeselect={false}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 4, sm: 2 }}>
              <Button type="submit" variant="light" loading={add.isPending} fullWidth>
                Add
              </Button>
            </Grid.Col>
          </Grid>
        </form>
        <form
          aria-label="Import findings from CSV"
          onSubmit={(e) => {
            e.preventDefault();
            if (file) importCsv.mutate(file, { onSuccess: () => setFile(null) });
          }}
        >
          <Grid gap="sm" align="flex-end">
            <Grid.Col span={{ base: 12, sm: 10 }}>
              <FileInput
                label="Findings (CSV with title, severity, description; optionally identifier and status)"
                placeholder="Choose a file"
                accept=".csv,text/csv"
                value={file}
                onChange={setFile}
                error={fieldError(importCsv.error, 'file')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 2 }}>
              <Button type="submit" variant="light" loading={importCsv.isPending} fullWidth>
                Import
              </Button>
            </Grid.Col>
          </Grid>
        </form>
        <form
          aria-label="Store the report"
          onSubmit={(e) => {
            e.preventDefault();
            if (report) upload.mutate(report, { onSuccess: () => setReport(null) });
          }}
        >
          <Grid gap="sm" align="flex-end">
            <Grid.Col span={{ base: 12, sm: 10 }}>
              <FileInput
                label="Vendor's report"
                placeholder="Choose a file"
                value={report}
                onChange={setReport}
                error={fieldError(upload.error, 'file')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 2 }}>
              <Button type="submit" variant="light" loading={upload.isPending} fullWidth>
                Store
              </Button>
            </Grid.Col>
          </Grid>
        </form>
      </Stack>
    </Card>
  );
}

export function PenTestPage() {
  const { penTestId } = useParams({ from: '/app/pen-tests/$penTestId' });
  const test = usePenTest(penTestId);
  const canManage = useCanManage();
  return (
    <QueryState query={test} label="Loading the penetration test…">
      {(p) => (
        <>
          <PageHeader
            title={`Penetration test by ${p.vendor}`}
            description={`${p.startDate} to ${p.endDate}${p.scope ? ` · ${p.scope}` : ''}`}
            actions={
              <Anchor href={urlOf(vulnerabilitiesRoutes.findingsCsv, { params: { penTestId } })} download>
                Download the findings (CSV)
              </Anchor>
            }
          />
          <Stack gap="lg">
            <Text size="sm">
              {p.reportEvidenceId ? 'The report is stored as evidence.' : 'No report stored yet.'}
            </Text>
            {canManage && <AddFindings penTestId={penTestId} />}
            {p.items.length === 0 ? (
              <Text c="dimmed">No finding yet.</Text>
            ) : (
              <ScrollTable label="Findings" minWidth={820}>
                <Table verticalSpacing="sm">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Finding</Table.Th>
                      <Table.Th>Severity</Table.Th>
                      <Table.Th>Due</Table.Th>
                      <Table.Th>Standing</Table.Th>
                      <Table.Th>Remediation and retest</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {p.items.map((f) => (
                      <FindingRow key={f.id} penTestId={penTestId} f={f} canManage={canManage} />
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollTable>
            )}
          </Stack>
        </>
      )}
    </QueryState>
  );
}
