/** Recent collection runs: connector, status, when, how many resources and changes, and any error. */
import { Anchor, Badge, Group, Loader, Table, Text } from '@mantine/core';
import { evidenceRoutes, type Run, urlOf } from '@vigil/api';
import { formatDateTime, humanize } from './format.ts';
import { ScrollTable } from './scroll-table.tsx';

const RUN_COLOR: Record<Run['status'], string> = { running: 'blue', succeeded: 'teal', failed: 'red' };

/** "reading · 1,200 resources": what a running sweep says it is doing. */
export function runProgress(run: Pick<Run, 'progress'>): string | null {
  const p = run.progress;
  if (!p) return null;
  const parts = [typeof p.phase === 'string' ? humanize(p.phase) : null];
  if (typeof p.resources === 'number') parts.push(`${p.resources.toLocaleString()} resources`);
  return parts.filter(Boolean).join(' · ') || null;
}

export function RunStatusBadge({ run }: { run: Pick<Run, 'status'> }) {
  return (
    <Badge
      color={RUN_COLOR[run.status]}
      variant="light"
      leftSection={run.status === 'running' ? <Loader size={10} color="blue" /> : undefined}
    >
      {humanize(run.status)}
    </Badge>
  );
}

export function RunsTable({ runs }: { runs: Run[] }) {
  if (runs.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No runs yet. Upload an export to a connector, or wait for its schedule.
      </Text>
    );
  return (
    <ScrollTable label="Recent runs" minWidth={720}>
      <Table striped verticalSpacing="xs" aria-label="Recent runs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Connector</Table.Th>
            <Table.Th w={120}>Status</Table.Th>
            <Table.Th w={180}>Started</Table.Th>
            <Table.Th w={110}>Resources</Table.Th>
            <Table.Th w={110}>Transitions</Table.Th>
            <Table.Th>Error or progress</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {runs.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {r.connectorName ?? r.sourceTitle}
                </Text>
                <Text size="xs" c="dimmed">
                  {r.sourceTitle}
                </Text>
              </Table.Td>
              <Table.Td>
                <RunStatusBadge run={r} />
              </Table.Td>
              <Table.Td>{formatDateTime(r.startedAt)}</Table.Td>
              <Table.Td>{r.resourcesSeen.toLocaleString()}</Table.Td>
              <Table.Td>{r.transitions.toLocaleString()}</Table.Td>
              <Table.Td>
                {r.error ? (
                  <Text size="sm" c="red.8" style={{ overflowWrap: 'anywhere' }}>
                    {r.error}
                  </Text>
                ) : r.status === 'running' ? (
                  <Text size="sm">{runProgress(r) ?? 'Working…'}</Text>
                ) : r.evidenceId ? (
                  <Group gap={4}>
                    <Anchor
                      size="sm"
                      href={urlOf(evidenceRoutes.download, { params: { evidenceId: r.evidenceId } })}
                    >
                      Collected file
                    </Anchor>
                  </Group>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
