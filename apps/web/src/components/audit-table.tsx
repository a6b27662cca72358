/** Audit events as a table; each row expands to show its recorded changes as JSON. */
import { ActionIcon, Code, Table, Text, VisuallyHidden } from '@mantine/core';
import type { AuditEvent } from '@vigil/api';
import { Fragment, useState } from 'react';
import { formatDateTime } from './format.ts';
import { ScrollTable } from './scroll-table.tsx';

export function AuditTable({ events }: { events: AuditEvent[] }) {
  const [open, setOpen] = useState<Set<number>>(new Set());
  const toggle = (seq: number) =>
    setOpen((s) => {
      const next = new Set(s);
      if (!next.delete(seq)) next.add(seq);
      return next;
    });
  return (
    <ScrollTable label="Audit trail" minWidth={760}>
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>
              <VisuallyHidden>Details</VisuallyHidden>
            </Table.Th>
            <Table.Th w={70}>#</Table.Th>
            <Table.Th w={190}>When</Table.Th>
            <Table.Th>Who</Table.Th>
            <Table.Th>Action</Table.Th>
            <Table.Th>Entity</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((e) => {
            const expanded = open.has(e.seq);
            return (
              <Fragment key={e.seq}>
                <Table.Tr>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      size="sm"
                      aria-expanded={expanded}
                      aria-controls={`audit-${e.seq}`}
                      aria-label={`${expanded ? 'Hide' : 'Show'} changes of event ${e.seq}`}
                      onClick={() => toggle(e.seq)}
                    >
                      {expanded ? '▾' : '▸'}
                    </ActionIcon>
                  </Table.Td>
                  <Table.Td>{e.seq}</Table.Td>
                  <Table.Td>{formatDateTime(e.at)}</Table.Td>
                  <Table.Td>
                    {e.actorLabel}
                    {e.actorType !== 'user' && (
                      <Text span size="xs" c="dimmed">
                        {' '}
                        ({e.actorType})
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Code>{e.action}</Code>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{e.entityType}</Text>
                    {e.entityId && (
                      <Text size="xs" c="dimmed" ff="monospace">
                        {e.entityId}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
                {expanded && (
                  <Table.Tr id={`audit-${e.seq}`}>
                    <Table.Td colSpan={6}>
                      <Code block>{JSON.stringify(e.changes, null, 2)}</Code>
                      <Text size="xs" c="dimmed" mt={4}>
                        Request {e.requestId ?? '—'} · IP {e.ip ?? '—'}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
