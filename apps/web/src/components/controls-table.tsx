/** The controls list as a table: code, title, owner, status and mapped criteria. */

import { Badge, Box, Group, Table, Text } from '@mantine/core';
import type { Control } from '@vigil/api';
import { AnchorLink } from './anchor-link.tsx';
import { ScrollTable } from './scroll-table.tsx';
import { StatusBadge } from './status-badge.tsx';

export function ControlsTable({ controls }: { controls: Control[] }) {
  return (
    <ScrollTable label="Controls" minWidth={720}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={100}>Code</Table.Th>
            <Table.Th>Control</Table.Th>
            <Table.Th w={160}>Owner</Table.Th>
            <Table.Th w={140} visibleFrom="sm">
              Status
            </Table.Th>
            <Table.Th w={200}>Criteria</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {controls.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td ff="monospace">{c.code}</Table.Td>
              <Table.Td>
                <AnchorLink to="/controls/$controlId" params={{ controlId: c.id }} size="sm" fw={500}>
                  {c.title}
                </AnchorLink>
                {/* On a phone the status column is off-screen: the status shows under the title instead. */}
                <Box hiddenFrom="sm" mt={4}>
                  <StatusBadge control={c} />
                </Box>
              </Table.Td>
              <Table.Td>
                {c.ownerName ?? (
                  <Text size="sm" c="dimmed">
                    Unassigned
                  </Text>
                )}
              </Table.Td>
              <Table.Td visibleFrom="sm">
                <StatusBadge control={c} />
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {c.criteria.slice(0, 4).map((id) => (
                    <Badge key={id} size="xs" variant="outline" color="gray">
                      {id}
                    </Badge>
                  ))}
                  {c.criteria.length > 4 && (
                    <Text size="xs" c="dimmed">
                      +{c.criteria.length - 4}
                    </Text>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
