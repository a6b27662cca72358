/** The resources a check fails on now, with the reason and the attribute, expected and actual values. */
import { Code, Table, Text, Tooltip } from '@mantine/core';
import type { FailingResource } from '@vigil/api';
import { attributeLabel, formatDateTime } from './format.ts';
import { ScrollTable } from './scroll-table.tsx';

/** A check value as a short literal: `true`, `0`, `"TLSv1.2"`, `["a","b"]`. */
export function literal(v: unknown): string {
  if (v === undefined) return '—';
  const s = JSON.stringify(v);
  return s.length > 120 ? `${s.slice(0, 117)}…` : s;
}

export function FailingResources({ items, typeTitle }: { items: FailingResource[]; typeTitle: string }) {
  return (
    <ScrollTable label="Failing resources" minWidth={760}>
      <Table striped verticalSpacing="xs" aria-label="Failing resources">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Resource</Table.Th>
            <Table.Th>Reason</Table.Th>
            <Table.Th w={200}>Attribute: expected / actual</Table.Th>
            <Table.Th w={170}>Failing since</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((r) => (
            <Table.Tr key={r.resourceId}>
              <Table.Td>
                <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                  {r.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {typeTitle} · {r.sourceTitle}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{r.reason}</Text>
              </Table.Td>
              <Table.Td>
                {r.attribute ? (
                  <Text size="xs">
                    <Tooltip label={r.attribute}>
                      <span>{attributeLabel(r.attribute)}</span>
                    </Tooltip>
                    : expected <Code>{literal(r.expected)}</Code>, actual{' '}
                    <Code color="red.1">{literal(r.actual)}</Code>
                  </Text>
                ) : (
                  <Text size="xs" c="dimmed">
                    —
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{formatDateTime(r.since)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
