/**
 * A heat map of the risk matrix as a real table: rows are likelihood (highest first), columns impact,
 * each cell says how many risks sit there and the level's name, so colour is never the only cue.
 */
import { Table, Text } from '@mantine/core';
import type { HeatMap, RiskMatrixBody } from '@vigil/api';
import { ScrollTable } from './scroll-table.tsx';

/** Black or white text, whichever contrasts more with the level's colour (WCAG relative luminance). */
function inkOn(hex: string | undefined): string {
  if (!hex) return 'inherit';
  const n = Number.parseInt(hex.slice(1), 16);
  const lin = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const y = 0.2126 * lin((n >> 16) & 255) + 0.7152 * lin((n >> 8) & 255) + 0.0722 * lin(n & 255);
  return (y + 0.05) / 0.05 >= 1.05 / (y + 0.05) ? '#000000' : '#ffffff';
}

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
