/** Audit events as sentences in a table; each row expands to its recorded values as labelled lines. */
import { ActionIcon, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import type { AuditEvent } from '@vigil/api';
import { Fragment, useState } from 'react';
import { formatDateTime } from './format.ts';
import { ScrollTable } from './scroll-table.tsx';

/** The recorded values of one event, and where the change came from. */
function EventDetails({ event: e }: { event: AuditEvent }) {
  return (
    <>
      {e.details.length === 0 ? (
        <Text size="sm" c="dimmed">
          No values were recorded with this event.
        </Text>
      ) : (
        <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '2px 16px', margin: 0 }}>
          {e.details.map((d, i) => (
            // Lines can repeat a label (nested values), so the position keys them; a recorded event never changes.
            <Fragment key={i}>
              <Text component="dt" size="sm" fw={600}>
                {d.label}
              </Text>
              <Text
                component="dd"
                size="sm"
                m={0}
                style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}
              >
                {d.value}
              </Text>
            </Fragment>
          ))}
        </dl>
      )}
      <Tooltip label={`Request ${e.requestId ?? '—'}`} disabled={!e.requestId} openDelay={300}>
        <Text size="xs" c="dimmed" mt={6} w="fit-content">
          Recorded by {e.actorLabel.startsWith('system:') ? 'Vigil' : e.actorLabel} · IP {e.ip ?? '—'}
        </Text>
      </Tooltip>
    </>
  );
}

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
            <Table.Th>What happened</Table.Th>
            <Table.Th w={220}>On</Table.Th>
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
                      aria-label={`${expanded ? 'Hide' : 'Show'} details of event ${e.seq}`}
                      onClick={() => toggle(e.seq)}
                    >
                      {expanded ? '▾' : '▸'}
                    </ActionIcon>
                  </Table.Td>
                  <Table.Td>{e.seq}</Table.Td>
                  <Table.Td>{formatDateTime(e.at)}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{e.summary}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" c="dimmed">
                      {e.objectType}
                    </Text>
                    {e.objectName && (
                      <Tooltip label={`${e.action} · ${e.entityId ?? ''}`} openDelay={500}>
                        <Text size="sm">{e.objectName}</Text>
                      </Tooltip>
                    )}
                  </Table.Td>
                </Table.Tr>
                {expanded && (
                  <Table.Tr id={`audit-${e.seq}`}>
                    <Table.Td />
                    <Table.Td colSpan={4}>
                      <EventDetails event={e} />
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
