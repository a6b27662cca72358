/** Checks as a table: title, severity, status, resource type, open results and the 30-day trend. */
import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import type { CheckSummary } from '@vigil/api';
import { AnchorLink } from './anchor-link.tsx';
import { FeedBadge, HealthBadge, SeverityBadge, TrendBar } from './monitoring-badges.tsx';
import { ScrollTable } from './scroll-table.tsx';

/** A count in its column; the column header says what is counted. */
function Count({ n, color }: { n: number; color: string }) {
  return (
    <Text size="sm" fw={n > 0 ? 600 : 400} c={n > 0 ? color : 'dimmed'} ta="right">
      {n}
    </Text>
  );
}

export function ChecksTable({ checks }: { checks: CheckSummary[] }) {
  return (
    <ScrollTable label="Checks" minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="xs" aria-label="Checks">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Check</Table.Th>
            <Table.Th w={100}>Severity</Table.Th>
            <Table.Th w={100} visibleFrom="sm">
              Status
            </Table.Th>
            <Table.Th w={60} ta="right">
              Pass
            </Table.Th>
            <Table.Th w={60} ta="right">
              Fail
            </Table.Th>
            <Table.Th w={60} ta="right">
              Error
            </Table.Th>
            <Table.Th w={120}>Criteria</Table.Th>
            <Table.Th w={110}>30-day trend</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {checks.map((c) => (
            <Table.Tr key={c.id} data-check={c.id}>
              <Table.Td>
                <AnchorLink to="/monitoring/checks/$checkId" params={{ checkId: c.id }} size="sm" fw={500}>
                  {c.title}
                </AnchorLink>
                <Group gap={6}>
                  <Text size="xs" c="dimmed">
                    {c.resourceTypeTitle}
                  </Text>
                  {c.custom && (
                    <Badge size="xs" variant="outline" color="grape">
                      Custom
                    </Badge>
                  )}
                </Group>
                {/* On a phone the status column is off-screen: the status shows under the title instead. */}
                <Group gap={4} mt={4} hiddenFrom="sm">
                  <HealthBadge status={c.status} />
                  <FeedBadge feed={c.feed} />
                </Group>
              </Table.Td>
              <Table.Td>
                <SeverityBadge severity={c.severity} />
              </Table.Td>
              <Table.Td visibleFrom="sm">
                <Stack gap={4} align="flex-start">
                  <HealthBadge status={c.status} />
                  <FeedBadge feed={c.feed} />
                </Stack>
              </Table.Td>
              <Table.Td>
                <Count n={c.counts.pass} color="teal.8" />
              </Table.Td>
              <Table.Td data-testid="fail-count">
                <Count n={c.counts.fail} color="red.8" />
              </Table.Td>
              <Table.Td>
                <Count n={c.counts.error} color="orange.8" />
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {c.criteria.map((id) => (
                    <Badge key={id} size="xs" variant="outline" color="gray">
                      {id}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>
                <TrendBar trend={c.trend} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
