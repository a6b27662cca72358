/** Vulnerabilities: remediation within the SLA per severity, the overdue list, risk acceptances and the SLA policy. */
import {
  Anchor,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  NumberInput,
  Pagination,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { urlOf, type VulnReportFinding, vulnerabilitiesRoutes } from '@vigil/api';
import { SEVERITY_WORDS } from '@vigil/core/level-words';
import { can } from '@vigil/core/permissions';
import { type FindingStanding, VULN_SLA_SEVERITIES, type VulnSlaSeverity } from '@vigil/core/vulnerabilities';
import { type FormEvent, useEffect, useState } from 'react';
import { fieldError } from '../api/client.ts';
import { useSession } from '../api/hooks.ts';
import {
  useApproveException,
  useRequestException,
  useSlaPolicy,
  useUpdateSlaPolicy,
  useVulnExceptions,
  useVulnReport,
} from '../api/vulnerability-hooks.ts';
import { PageHeader, QueryState } from '../components/page-state.tsx';
import { ScrollTable } from '../components/scroll-table.tsx';

export { SEVERITY_WORDS };
export const STANDING_WORDS: Record<FindingStanding, string> = {
  open: 'Open, within SLA',
  overdue: 'Overdue',
  accepted: 'Risk accepted',
  remediated_on_time: 'Remediated on time',
  remediated_late: 'Remediated late',
};
export const STANDING_COLOR: Record<FindingStanding, string> = {
  open: 'blue',
  overdue: 'red',
  accepted: 'yellow',
  remediated_on_time: 'green',
  remediated_late: 'orange',
};
const day = (iso: string) => iso.slice(0, 10);
const route = getRouteApi('/app/vulnerabilities');
/** Open findings per page: a year of sweeps can leave thousands open. */
const PAGE_SIZE = 50;

function AcceptRisk({ f, onDone }: { f: VulnReportFinding; onDone: () => void }) {
  const ask = useRequestException();
  const [justification, setJustification] = useState('');
  const [expiresOn, setExpiresOn] = useState('');
  function submit(e: FormEvent) {
    e.preventDefault();
    ask.mutate({ resourceId: f.resourceId, justification, expiresOn }, { onSuccess: onDone });
  }
  return (
    <form onSubmit={submit} aria-label={`Accept the risk of ${f.vulnerabilityId}`}>
      <Stack gap="xs">
        <Textarea
          label="Why the risk is acceptable"
          required
          value={justification}
          onChange={(e) => setJustification(e.currentTarget.value)}
          error={fieldError(ask.error, 'justification')}
        />
        <TextInput
          label="Accepted until"
          type="date"
          required
          value={expiresOn}
          onChange={(e) => setExpiresOn(e.currentTarget.value)}
          error={fieldError(ask.error, 'expiresOn')}
        />
        <Group>
          <Button type="submit" size="xs" loading={ask.isPending}>
            Ask for approval
          </Button>
          <Button size="xs" variant="default" onClick={onDone}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function OpenFindings({
  items,
  total,
  page,
  onPage,
  canManage,
}: {
  items: VulnReportFinding[];
  total: number;
  page: number;
  onPage: (p: number) => void;
  canManage: boolean;
}) {
  const [accepting, setAccepting] = useState<string | null>(null);
  if (total === 0) return <Text c="dimmed">No open finding in this window.</Text>;
  return (
    <Stack gap="sm">
      <ScrollTable label="Open findings" minWidth={760}>
        <Table verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Finding</Table.Th>
              <Table.Th>Severity</Table.Th>
              <Table.Th>Detected</Table.Th>
              <Table.Th>Due</Table.Th>
              <Table.Th>Standing</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((f) => (
              <Table.Tr key={f.resourceId}>
                <Table.Td>
                  <Text fw={500}>{f.vulnerabilityId}</Text>
                  <Text size="xs" c="dimmed">
                    {[f.package, f.target].filter(Boolean).join(' · ')}
                  </Text>
                  {accepting === f.resourceId && <AcceptRisk f={f} onDone={() => setAccepting(null)} />}
                </Table.Td>
                <Table.Td>{SEVERITY_WORDS[f.severity]}</Table.Td>
                <Table.Td>{day(f.detectedAt)}</Table.Td>
                <Table.Td>{day(f.dueAt)}</Table.Td>
                <Table.Td>
                  <Stack gap={4} align="flex-start">
                    <Badge color={STANDING_COLOR[f.standing]} variant="light">
                      {STANDING_WORDS[f.standing]}
                      {f.acceptedUntil ? ` until ${day(f.acceptedUntil)}` : ''}
                    </Badge>
                    {canManage && f.standing !== 'accepted' && accepting !== f.resourceId && (
                      <Button size="compact-xs" variant="subtle" onClick={() => setAccepting(f.resourceId)}>
                        Accept the risk of {f.vulnerabilityId}
                      </Button>
                    )}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      {total > PAGE_SIZE && (
        <Group justify="center">
          <Pagination
            total={Math.ceil(total / PAGE_SIZE)}
            value={page}
            onChange={onPage}
            getControlProps={(control) => ({ 'aria-label': `Open findings: ${control} page` })}
          />
        </Group>
      )}
    </Stack>
  );
}

function Exceptions({ canApprove, me }: { canApprove: boolean; me: string | undefined }) {
  const list = useVulnExceptions();
  const approve = useApproveException();
  return (
    <QueryState query={list} label="Loading risk acceptances…">
      {({ items }) =>
        items.length === 0 ? (
          <Text c="dimmed">No risk acceptance yet.</Text>
        ) : (
          <ScrollTable label="Risk acceptances" minWidth={720}>
            <Table verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Finding</Table.Th>
                  <Table.Th>Justification</Table.Th>
                  <Table.Th>Asked by</Table.Th>
                  <Table.Th>Until</Table.Th>
                  <Table.Th>State</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((x) => (
                  <Table.Tr key={x.id}>
                    <Table.Td>{x.findingName}</Table.Td>
                    <Table.Td>{x.justification}</Table.Td>
                    <Table.Td>{x.requesterName ?? 'A former member'}</Table.Td>
                    <Table.Td>{day(x.expiresAt)}</Table.Td>
                    <Table.Td>
                      {x.state === 'pending' && canApprove && x.requesterName !== me ? (
                        <Button size="xs" loading={approve.isPending} onClick={() => approve.mutate(x.id)}>
                          Approve
                        </Button>
                      ) : (
                        <Badge variant="light" color={x.state === 'active' ? 'yellow' : 'gray'}>
                          {x.state === 'active'
                            ? `Approved by ${x.approverName ?? 'a former member'}`
                            : x.state === 'pending'
                              ? 'Waiting for another approver'
                              : 'Expired'}
                        </Badge>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )
      }
    </QueryState>
  );
}

function PolicyEditor({ canManage }: { canManage: boolean }) {
  const policy = useSlaPolicy();
  const save = useUpdateSlaPolicy();
  const [days, setDays] = useState<Record<VulnSlaSeverity, number | string>>({
    critical: 15,
    high: 30,
    medium: 90,
    low: 180,
  });
  useEffect(() => {
    if (policy.data) setDays(policy.data.current);
  }, [policy.data]);
  function submit(e: FormEvent) {
    e.preventDefault();
    const num = (v: number | string) => (typeof v === 'number' ? v : Number(v));
    save.mutate({
      critical: num(days.critical),
      high: num(days.high),
      medium: num(days.medium),
      low: num(days.low),
    });
  }
  return (
    <Card withBorder>
      <form onSubmit={submit} aria-labelledby="sla-title">
        <Stack gap="sm">
          <Title order={2} size="h4" id="sla-title">
            Remediation SLA
          </Title>
          <Text size="sm" c="dimmed">
            Days to remediate a finding, by severity. A change applies to findings detected after it; earlier
            findings keep their due dates.
            {policy.data?.effectiveAt
              ? ` In force since ${day(policy.data.effectiveAt)}.`
              : ' These are the defaults.'}
          </Text>
          <Grid gap="sm">
            {VULN_SLA_SEVERITIES.map((s) => (
              <Grid.Col key={s} span={{ base: 6, sm: 3 }}>
                <NumberInput
                  label={`${SEVERITY_WORDS[s]} (days)`}
                  value={days[s]}
                  onChange={(v) => setDays((d) => ({ ...d, [s]: v }))}
                  readOnly={!canManage}
                  error={fieldError(save.error, s)}
                />
              </Grid.Col>
            ))}
          </Grid>
          {canManage && (
            <Group>
              <Button type="submit" loading={save.isPending}>
                Save SLA
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Card>
  );
}

export function VulnerabilitiesPage() {
  const session = useSession();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const page = search.page ?? 1;
  const report = useVulnReport({ limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const role = session.data?.org?.role;
  const canManage = !!role && can(role, 'vulnerabilities.manage');
  const canApprove = !!role && can(role, 'vulnerabilities.approve');
  return (
    <>
      <PageHeader
        title="Vulnerabilities"
        description="Scanner findings against the remediation SLA: what is open, overdue, accepted, and fixed on time or late."
        actions={
          <Anchor href={urlOf(vulnerabilitiesRoutes.reportCsv, { query: {} })} download>
            Download the SLA report (CSV)
          </Anchor>
        }
      />
      <Stack gap="lg">
        <QueryState query={report} label="Loading the SLA report…">
          {(r) => (
            <Stack gap="lg">
              <Text size="sm">
                Window: {r.from} to {r.to}
              </Text>
              <ScrollTable label="SLA report by severity" minWidth={640}>
                <Table verticalSpacing="sm" aria-label="SLA report by severity">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Severity</Table.Th>
                      <Table.Th>Open</Table.Th>
                      <Table.Th>Overdue</Table.Th>
                      <Table.Th>Risk accepted</Table.Th>
                      <Table.Th>Remediated on time</Table.Th>
                      <Table.Th>Remediated late</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {r.severities.map((s) => (
                      <Table.Tr key={s.severity}>
                        <Table.Th scope="row">{SEVERITY_WORDS[s.severity]}</Table.Th>
                        <Table.Td>{s.open}</Table.Td>
                        <Table.Td>{s.overdue}</Table.Td>
                        <Table.Td>{s.accepted}</Table.Td>
                        <Table.Td>{s.remediatedOnTime}</Table.Td>
                        <Table.Td>{s.remediatedLate}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollTable>
              <Title order={2} size="h4">
                Open findings, most overdue first ({r.open.total})
              </Title>
              <OpenFindings
                items={r.open.items}
                total={r.open.total}
                page={page}
                onPage={(p) =>
                  void navigate({
                    search: (prev) => ({ ...prev, page: p === 1 ? undefined : p }),
                    resetScroll: false,
                  })
                }
                canManage={canManage}
              />
            </Stack>
          )}
        </QueryState>
        <Title order={2} size="h4">
          Risk acceptances
        </Title>
        <Exceptions canApprove={canApprove} me={session.data?.user?.name} />
        <PolicyEditor canManage={canManage} />
      </Stack>
    </>
  );
}
