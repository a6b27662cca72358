/** The Type II exception list: which resource failed which check, from when, until when, for how long. */
import { Table, Text } from '@mantine/core';
import type { ExceptionView } from '@vigil/api';
import { AnchorLink } from './anchor-link.tsx';
import { formatDateTime } from './format.ts';
import { SeverityBadge } from './monitoring-badges.tsx';
import { formatDuration, SEVERITY } from './monitoring-labels.ts';
import { ScrollTable } from './scroll-table.tsx';

export type ControlException = ExceptionView & { controlCode: string };

export function ExceptionsTable({ items }: { items: ControlException[] }) {
  return (
    <ScrollTable label="Exceptions" minWidth={900}>
      <Table striped verticalSpacing="xs" aria-label="Exceptions">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={90}>Control</Table.Th>
            <Table.Th>Resource</Table.Th>
            <Table.Th>Check</Table.Th>
            <Table.Th w={170}>Failed from</Table.Th>
            <Table.Th w={170}>Remediated at</Table.Th>
            <Table.Th w={110}>Duration</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((e) => (
            <Table.Tr key={`${e.controlCode}-${e.checkId}-${e.resourceKey}-${e.failedFrom}`}>
              <Table.Td ff="monospace">{e.controlCode}</Table.Td>
              <Table.Td>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {e.resourceName}
                </Text>
                <Text size="xs" c="dimmed">
                  {e.reason}
                </Text>
              </Table.Td>
              <Table.Td>
                <AnchorLink to="/monitoring/checks/$checkId" params={{ checkId: e.checkId }} size="sm">
                  {e.checkTitle}
                </AnchorLink>{' '}
                {e.severity in SEVERITY && <SeverityBadge severity={e.severity as keyof typeof SEVERITY} />}
              </Table.Td>
              <Table.Td>{formatDateTime(e.failedFrom)}</Table.Td>
              <Table.Td>
                {e.remediatedAt ? (
                  formatDateTime(e.remediatedAt)
                ) : (
                  <Text size="sm" c="red.8" fw={500}>
                    Still failing
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{formatDuration(e.durationMs)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
