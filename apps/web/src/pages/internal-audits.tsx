/**
 * Internal audits (SOC 2 CC4.1, CC4.2): plan an audit of some controls over a period, and see every
 * audit with how far it got. Each audit opens on its own page to record results and findings.
 */
import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { internalAuditRoutes, urlOf } from '@vigil/api';
import type { InternalAuditStatus } from '@vigil/core/internal-audits';
import { can } from '@vigil/core/permissions';
import { type FormEvent, useState } from 'react';
import { useUsers } from '../api/admin-hooks.ts';
import { fieldError } from '../api/client.ts';
import { useControls, useSession } from '../api/hooks.ts';
import { useInternalAudits, usePlanInternalAudit } from '../api/internal-audit-hooks.ts';
import { AnchorLink } from '../components/anchor-link.tsx';
import { formatDate } from '../components/format.ts';
import { PageHeader, QueryState } from '../components/page-state.tsx';
import { ScrollTable } from '../components/scroll-table.tsx';

export const AUDIT_STATUS: Record<InternalAuditStatus, { label: string; color: string }> = {
  planned: { label: 'Planned', color: 'blue' },
  in_progress: { label: 'In progress', color: 'yellow' },
  completed: { label: 'Completed', color: 'teal' },
};

/** The organization's members as options, for lead auditors and finding owners. */
export function useMemberOptions(enabled: boolean) {
  const users = useUsers(enabled);
  return (users.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }));
}

function PlanForm() {
  const plan = usePlanInternalAudit();
  const members = useMemberOptions(true);
  const controls = useControls({ limit: 500 });
  const year = new Date().getUTCFullYear();
  const [title, setTitle] = useState(`Internal audit ${year}`);
  const [auditorId, setAuditorId] = useState<string | null>(null);
  const [plannedDate, setPlannedDate] = useState('');
  const [periodStart, setPeriodStart] = useState(`${year}-01-01`);
  const [periodEnd, setPeriodEnd] = useState(`${year}-12-31`);
  const [controlIds, setControlIds] = useState<string[]>([]);
  const err = (f: string) => fieldError(plan.error, f);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    plan.mutate(
      { title, auditorId, plannedDate, periodStart, periodEnd, controlIds },
      { onSuccess: () => setControlIds([]) },
    );
  };
  return (
    <form onSubmit={submit} aria-label="Plan an internal audit">
      <Stack gap="xs">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label="Title"
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={err('title')}
            required
          />
          <Select
            label="Lead auditor"
            data={members}
            value={auditorId}
            onChange={setAuditorId}
            error={err('auditorId')}
            searchable
            clearable
          />
          <TextInput
            label="Planned date"
            type="date"
            value={plannedDate}
            onChange={(e) => setPlannedDate(e.currentTarget.value)}
            error={err('plannedDate')}
            required
          />
          <TextInput
            label="Period from"
            type="date"
            value={periodStart}
            onChange={(e) => setPeriodStart(e.currentTarget.value)}
            error={err('periodStart')}
            required
          />
          <TextInput
            label="Period to"
            type="date"
            value={periodEnd}
            onChange={(e) => setPeriodEnd(e.currentTarget.value)}
            error={err('periodEnd')}
            required
          />
        </SimpleGrid>
        <MultiSelect
          label="Controls in scope"
          searchable
          data={(controls.data?.items ?? []).map((c) => ({ value: c.id, label: `${c.code} ${c.title}` }))}
          value={controlIds}
          onChange={setControlIds}
          error={err('controlIds')}
        />
        <Group>
          <Button type="submit" loading={plan.isPending}>
            Plan audit
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function InternalAuditsPage() {
  const session = useSession();
  const role = session.data?.org?.role;
  const canManage = !!role && can(role, 'internal_audits.manage');
  const audits = useInternalAudits();
  return (
    <>
      <PageHeader
        title="Internal audits"
        description="Test your own controls once a year: plan the scope, record what you found, follow findings to closure."
        actions={
          <Anchor href={urlOf(internalAuditRoutes.exportCsv, {})} download>
            Download as CSV
          </Anchor>
        }
      />
      <Stack gap="lg">
        {canManage && (
          <Card withBorder>
            <Title order={2} size="h4" mb="sm">
              Plan an audit
            </Title>
            <PlanForm />
          </Card>
        )}
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            Audits
          </Title>
          <QueryState query={audits} label="internal audits">
            {(data) =>
              data.items.length === 0 ? (
                <Text c="dimmed">No internal audit planned yet.</Text>
              ) : (
                <ScrollTable label="Internal audits" minWidth={760}>
                  <Table>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>Planned</Table.Th>
                        <Table.Th>Audit</Table.Th>
                        <Table.Th>Lead auditor</Table.Th>
                        <Table.Th>Period</Table.Th>
                        <Table.Th>Status</Table.Th>
                        <Table.Th>Tested</Table.Th>
                        <Table.Th>Exceptions</Table.Th>
                        <Table.Th>Findings not closed</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {data.items.map((a) => (
                        <Table.Tr key={a.id}>
                          <Table.Td>{formatDate(a.plannedDate)}</Table.Td>
                          <Table.Td>
                            <AnchorLink
                              to="/internal-audits/$internalAuditId"
                              params={{ internalAuditId: a.id }}
                              fw={500}
                            >
                              {a.title}
                            </AnchorLink>
                          </Table.Td>
                          <Table.Td>{a.auditorName ?? 'Not assigned'}</Table.Td>
                          <Table.Td>
                            {formatDate(a.periodStart)} to {formatDate(a.periodEnd)}
                          </Table.Td>
                          <Table.Td>
                            <Badge color={AUDIT_STATUS[a.status].color} variant="light">
                              {AUDIT_STATUS[a.status].label}
                            </Badge>
                          </Table.Td>
                          <Table.Td>
                            {a.controls - a.untested} of {a.controls}
                          </Table.Td>
                          <Table.Td>{a.exceptions}</Table.Td>
                          <Table.Td>{a.openFindings}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </ScrollTable>
              )
            }
          </QueryState>
        </Card>
      </Stack>
    </>
  );
}
