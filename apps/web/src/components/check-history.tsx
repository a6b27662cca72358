/** A check's history as intervals: one row per resource per continuous span of the same outcome. */
import { Badge, Table, Text } from '@mantine/core';
import type { HistoryInterval } from '@vigil/api';
import { formatDateTime, humanize } from './format.ts';
import { formatDuration } from './monitoring-labels.ts';
import { ScrollTable } from './scroll-table.tsx';

const OUTCOME_COLOR: Record<string, string> = { pass: 'teal', fail: 'red', error: 'orange' };

export function CheckHistory({ items }: { items: HistoryInterval[] }) {
  const now = Date.now();
  return (
    <ScrollTable label="History" minWidth={760}>
      <Table striped verticalSpacing="xs" aria-label="History">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Resource</Table.Th>
            <Table.Th w={110}>Outcome</Table.Th>
            <Table.Th w={170}>From</Table.Th>
            <Table.Th w={170}>To</Table.Th>
            <Table.Th w={110}>Lasted</Table.Th>
            <Table.Th>Reason</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((h) => (
            <Table.Tr key={`${h.resourceId}-${h.from}`}>
              <Table.Td>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {h.name}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge color={OUTCOME_COLOR[h.status] ?? 'gray'} variant="light">
                  {humanize(h.status)}
                </Badge>
              </Table.Td>
              <Table.Td>{formatDateTime(h.from)}</Table.Td>
              <Table.Td>
                {h.to ? (
                  formatDateTime(h.to)
                ) : (
                  <Text size="sm" fw={500}>
                    Now (open)
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{formatDuration((h.to ? Date.parse(h.to) : now) - Date.parse(h.from))}</Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {h.reason}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
