/** Per-control operating effectiveness, worst first: state, share of the window operating, exceptions. */
import { Badge, Button, Group, Progress, Table, Text } from '@mantine/core';
import type { ControlEffectiveness } from '@vigil/api';
import { AnchorLink } from './anchor-link.tsx';
import { ScrollTable } from './scroll-table.tsx';

export const STATE: Record<ControlEffectiveness['state'], { label: string; color: string }> = {
  exception: { label: 'Exception', color: 'red' },
  operating: { label: 'Operating', color: 'teal' },
  not_evaluated: { label: 'Not evaluated', color: 'gray' },
};
const ORDER = Object.keys(STATE);

/** Exceptions first, then the lowest operating share; controls nothing evaluated go last. */
export function worstFirst(a: ControlEffectiveness, b: ControlEffectiveness) {
  return (
    ORDER.indexOf(a.state) - ORDER.indexOf(b.state) ||
    a.operatingShare - b.operatingShare ||
    a.code.localeCompare(b.code)
  );
}

export const pct = (share: number) => `${(Math.round(share * 1000) / 10).toString()}%`;

interface Props {
  controls: ControlEffectiveness[];
  typeOne: boolean;
  onTimeline: (controlId: string) => void;
}

export function EffectivenessTable({ controls, typeOne, onTimeline }: Props) {
  return (
    <ScrollTable label="Operating effectiveness by control" minWidth={720}>
      <Table striped verticalSpacing="xs" aria-label="Operating effectiveness by control">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Control</Table.Th>
            <Table.Th w={150}>{typeOne ? 'State at the date' : 'State'}</Table.Th>
            {!typeOne && <Table.Th w={200}>Operating share</Table.Th>}
            {!typeOne && <Table.Th w={110}>Evaluated</Table.Th>}
            <Table.Th w={100}>Exceptions</Table.Th>
            <Table.Th w={110}>Timeline</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {controls.map((c) => (
            <Table.Tr key={c.controlId}>
              <Table.Td>
                <AnchorLink to="/controls/$controlId" params={{ controlId: c.controlId }} size="sm" fw={500}>
                  {c.code}
                </AnchorLink>{' '}
                <Text span size="sm">
                  {c.title}
                </Text>
                <Text size="xs" c="dimmed">
                  {c.checkIds.length} {c.checkIds.length === 1 ? 'check' : 'checks'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge color={STATE[c.state].color} variant="light">
                  {STATE[c.state].label}
                </Badge>
              </Table.Td>
              {!typeOne && (
                <Table.Td>
                  {c.evaluatedShare > 0 ? (
                    <Group gap="xs" wrap="nowrap">
                      <Progress
                        value={c.operatingShare * 100}
                        color={c.state === 'exception' ? 'red' : 'teal'}
                        w={100}
                        aria-label={`${c.code} operating share`}
                      />
                      <Text size="sm">{pct(c.operatingShare)}</Text>
                    </Group>
                  ) : (
                    <Text size="sm" c="dimmed">
                      —
                    </Text>
                  )}
                </Table.Td>
              )}
              {!typeOne && <Table.Td>{pct(c.evaluatedShare)}</Table.Td>}
              <Table.Td>
                <Text
                  size="sm"
                  fw={c.exceptions.length ? 600 : undefined}
                  c={c.exceptions.length ? 'red.8' : undefined}
                >
                  {c.exceptions.length}
                </Text>
              </Table.Td>
              <Table.Td>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  onClick={() => onTimeline(c.controlId)}
                  aria-label={`Timeline of ${c.code}`}
                >
                  Timeline
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
