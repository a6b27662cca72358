/**
 * A heat map of the risk matrix as a real table: rows are likelihood (highest first), columns impact,
 * each cell says how many risks sit there and the level's name, so colour is never the only cue.
 */
import { Table, Text } from '@mantine/core';
import type { HeatMap, RiskMatrixBody } from '@vigil/api';
import { levelInk } from '@vigil/core/risks';
import { ScrollTable } from './scroll-table.tsx';

/** The level's text colour; core picks black or white so any colour an owner chooses stays readable (AA). */
const inkOn = (hex: string | undefined) => (hex ? levelInk(hex).ink : 'inherit');

export function RiskHeatMap({
  matrix,
  cells,
  caption,
}: {
  matrix: RiskMatrixBody;
  cells: HeatMap['inherent'];
  caption: string;
}) {
  const rows = [...matrix.likelihood.keys()].reverse();
  return (
    <ScrollTable label={caption} minWidth={120 + matrix.impact.length * 110}>
      <Table withTableBorder withColumnBorders captionSide="top">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Likelihood \ impact</Table.Th>
            {matrix.impact.map((i) => (
              <Table.Th scope="col" key={i.label}>
                {i.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((l) => (
            <Table.Tr key={l}>
              <Table.Th scope="row">{matrix.likelihood[l]!.label}</Table.Th>
              {matrix.impact.map((_, i) => {
                const c = cells.find((x) => x.likelihood === l + 1 && x.impact === i + 1);
                const level = matrix.levels[(c?.level ?? 1) - 1];
                return (
                  <Table.Td
                    key={`${l}-${i}`}
                    style={{ background: level?.colour, color: inkOn(level?.colour) }}
                  >
                    <Text fw={700} size="sm" inherit>
                      {c?.count ?? 0} {c?.count === 1 ? 'risk' : 'risks'}
                    </Text>
                    <Text size="xs" inherit>
                      {level?.label}
                    </Text>
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
