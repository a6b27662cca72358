/** Evidence items as a table: title and file, kind, controls, period, renewal, and who added it when. */
import { Anchor, Badge, Group, Table, Text, UnstyledButton } from '@mantine/core';
import { type EvidenceView, evidenceRoutes, urlOf } from '@vigil/api';
import { formatDate, formatDateTime } from './format.ts';
import { EVIDENCE_KIND, formatBytes } from './monitoring-labels.ts';
import { ScrollTable } from './scroll-table.tsx';

/** "Expired" or "Superseded" when the item no longer counts on its own. */
export function EvidenceFlags({ item }: { item: Pick<EvidenceView, 'expired' | 'current'> }) {
  return (
    <>
      {item.expired && (
        <Badge color="red" variant="light" size="sm">
          Expired
        </Badge>
      )}
      {!item.current && (
        <Badge color="gray" variant="outline" size="sm">
          Superseded
        </Badge>
      )}
    </>
  );
}

export function EvidenceTable({ items, onOpen }: { items: EvidenceView[]; onOpen: (id: string) => void }) {
  return (
    <ScrollTable label="Evidence" minWidth={860}>
      <Table striped highlightOnHover verticalSpacing="xs" aria-label="Evidence">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Evidence</Table.Th>
            <Table.Th w={150}>Kind</Table.Th>
            <Table.Th w={180}>Controls</Table.Th>
            <Table.Th w={170}>Period</Table.Th>
            <Table.Th w={130}>Renew by</Table.Th>
            <Table.Th w={170}>Added</Table.Th>
            <Table.Th w={100}>File</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((e) => (
            <Table.Tr key={e.id}>
              <Table.Td>
                <UnstyledButton onClick={() => onOpen(e.id)} aria-label={`Open ${e.title}`}>
                  <Text size="sm" fw={500} c="indigo.7">
                    {e.title}
                  </Text>
                </UnstyledButton>
                <Group gap={6}>
                  <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {e.fileName} · {formatBytes(e.size)}
                  </Text>
                  <EvidenceFlags item={e} />
                </Group>
              </Table.Td>
              <Table.Td>{EVIDENCE_KIND[e.kind as keyof typeof EVIDENCE_KIND] ?? e.kind}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {e.controls.map((c) => (
                    <Badge key={c.id} size="xs" variant="outline" color="gray" title={c.title}>
                      {c.code}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>
                {e.periodStart || e.periodEnd
                  ? `${formatDate(e.periodStart)} – ${formatDate(e.periodEnd)}`
                  : '—'}
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={e.expired ? 'red.8' : undefined} fw={e.expired ? 600 : undefined}>
                  {formatDate(e.renewBy) || '—'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDateTime(e.createdAt)}</Text>
                <Text size="xs" c="dimmed">
                  {e.createdBy ?? 'Vigil'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Anchor
                  size="sm"
                  href={urlOf(evidenceRoutes.download, { params: { evidenceId: e.id } })}
                  aria-label={`Download ${e.fileName}`}
                >
                  Download
                </Anchor>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
