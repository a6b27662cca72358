/** Monitoring: every check with its open results and trend, filtered by control, criterion, severity and status. */
import { Button, Card, EmptyState, SimpleGrid, Stack, Text } from '@mantine/core';
import { getRouteApi, Link } from '@tanstack/react-router';
import type { CheckSummary } from '@vigil/api';
import { useMemo } from 'react';
import { useCriteria } from '../api/hooks.ts';
import { useChecks, useControlStatuses } from '../api/monitoring-hooks.ts';
import { ChecksTable } from '../components/checks-table.tsx';
import { FilterPanel } from '../components/filter-panel.tsx';
import { FilterSelect } from '../components/filter-select.tsx';
import { HEALTH, HEALTHS, options, SEVERITIES, SEVERITY } from '../components/monitoring-labels.ts';
import { PageHeader, QueryState } from '../components/page-state.tsx';

const route = getRouteApi('/app/monitoring');

/** Worst first: failing and erroring checks, then by severity, then by title. */
function byAttention(a: CheckSummary, b: CheckSummary) {
  return (
    HEALTHS.indexOf(a.status) - HEALTHS.indexOf(b.status) ||
    SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
    a.title.localeCompare(b.title)
  );
}

function Summary({ checks }: { checks: CheckSummary[] }) {
  return (
    <SimpleGrid cols={{ base: 3, sm: 5 }} spacing="sm">
      {HEALTHS.map((h) => (
        <Card key={h} withBorder padding="sm">
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {HEALTH[h].label}
          </Text>
          <Text fw={700} size="xl" c={checks.some((c) => c.status === h) ? HEALTH[h].color : undefined}>
            {checks.filter((c) => c.status === h).length}
          </Text>
        </Card>
      ))}
    </SimpleGrid>
  );
}

export function MonitoringPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const checks = useChecks(search);
  const controls = useControlStatuses();
  const criteria = useCriteria();
  const update = (patch: Partial<typeof search>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  const filtered = !!(search.control || search.criterion || search.severity || search.status);
  const controlOptions = useMemo(
    () =>
      (controls.data?.items ?? [])
        .filter((c) => c.checkIds.length > 0)
        .map((c) => ({ value: c.controlId, label: `${c.code} ${c.title}` })),
    [controls.data],
  );

  return (
    <>
      <PageHeader
        title="Monitoring"
        description="Automated checks over the resources your connectors collect: what passes, what fails, and what changed."
        actions={
          <Button component={Link} to="/integrations" variant="light">
            Integrations
          </Button>
        }
      />
      <Stack gap="md">
        <FilterPanel
          active={[search.control, search.criterion, search.severity, search.status].filter(Boolean).length}
        >
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
            <FilterSelect
              label="Control"
              placeholder="Any control"
              searchable
              data={controlOptions}
              value={search.control}
              onChange={(v) => update({ control: v })}
            />
            <FilterSelect
              label="Criterion"
              placeholder="Any criterion"
              searchable
              data={(criteria.data?.items ?? []).map((c) => ({ value: c.id, label: `${c.id} ${c.title}` }))}
              value={search.criterion}
              onChange={(v) => update({ criterion: v })}
            />
            <FilterSelect
              label="Severity"
              placeholder="Any severity"
              data={options(SEVERITY)}
              value={search.severity}
              onChange={(v) => update({ severity: v })}
            />
            <FilterSelect
              label="Status"
              placeholder="Any status"
              data={options(HEALTH)}
              value={search.status}
              onChange={(v) => update({ status: v })}
            />
          </SimpleGrid>
        </FilterPanel>
        <QueryState query={checks} label="Loading checks…">
          {(data) =>
            data.items.length === 0 ? (
              <Card withBorder padding="xl">
                <EmptyState
                  title={filtered ? 'No checks match' : 'No checks yet'}
                  description={
                    filtered
                      ? 'Try fewer filters.'
                      : 'Adopt controls and connect a system: checks come with the resource types your connectors produce.'
                  }
                >
                  {filtered && (
                    <EmptyState.Actions>
                      <Button variant="light" onClick={() => void navigate({ search: {} })}>
                        Clear filters
                      </Button>
                    </EmptyState.Actions>
                  )}
                </EmptyState>
              </Card>
            ) : (
              <Stack gap="sm">
                <Summary checks={data.items} />
                <Text size="sm" c="dimmed" aria-live="polite">
                  {data.total} {data.total === 1 ? 'check' : 'checks'}, those needing attention first
                </Text>
                <ChecksTable checks={[...data.items].sort(byAttention)} />
              </Stack>
            )
          }
        </QueryState>
      </Stack>
    </>
  );
}
