/** One control across the window: a strip of operating / exception / not-evaluated spans, and the spans listed. */
import { Box, Group, Table, Text, Tooltip } from '@mantine/core';
import type { ControlEffectiveness } from '@vigil/api';
import { formatDateTime, humanize } from './format.ts';
import { formatDuration } from './monitoring-labels.ts';
import { ScrollTable } from './scroll-table.tsx';

const COLOR: Record<string, string> = {
  operating: 'var(--mantine-color-teal-5)',
  exception: 'var(--mantine-color-red-6)',
  not_evaluated: 'var(--mantine-color-gray-3)',
};

export function ControlTimeline({ control }: { control: ControlEffectiveness }) {
  const spans = control.timeline.map((t) => ({ ...t, ms: Date.parse(t.to) - Date.parse(t.from) }));
  const total = spans.reduce((sum, s) => sum + s.ms, 0) || 1;
  return (
    <Box>
      <Group gap={0} wrap="nowrap" h={20} style={{ borderRadius: 4, overflow: 'hidden' }} aria-hidden="true">
        {spans.map((s) => (
          <Tooltip
            key={s.from}
            label={`${humanize(s.state)}: ${formatDateTime(s.from)} – ${formatDateTime(s.to)}`}
          >
            <Box
              h="100%"
              style={{
                width: `${(s.ms / total) * 100}%`,
                minWidth: 2,
                background: COLOR[s.state] ?? COLOR.not_evaluated,
              }}
            />
          </Tooltip>
        ))}
      </Group>
      <Group gap="md" mt={6}>
        {Object.entries(COLOR).map(([state, color]) => (
          <Group key={state} gap={4}>
            <Box w={10} h={10} style={{ background: color, borderRadius: 2 }} />
            <Text size="xs">{humanize(state)}</Text>
          </Group>
        ))}
      </Group>
      <ScrollTable label={`Timeline of ${control.code}`} minWidth={560} mt="sm">
        <Table verticalSpacing={4} aria-label={`Timeline of ${control.code}`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>From</Table.Th>
              <Table.Th>To</Table.Th>
              <Table.Th>State</Table.Th>
              <Table.Th>Failing resources</Table.Th>
              <Table.Th>Lasted</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {spans.map((s) => (
              <Table.Tr key={s.from}>
                <Table.Td>{formatDateTime(s.from)}</Table.Td>
                <Table.Td>{formatDateTime(s.to)}</Table.Td>
                <Table.Td>{humanize(s.state)}</Table.Td>
                <Table.Td>{s.failing}</Table.Td>
                <Table.Td>{formatDuration(s.ms)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Box>
  );
}
