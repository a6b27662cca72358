/**
 * The owner's editor of the organization's risk matrix: start from a preset, rename the likelihood
 * and impact levels, name and colour the risk levels, and say which risk level each cell of the grid
 * is. Nothing is saved until "Save risk matrix"; the server names any cell or level it refuses.
 */
import {
  Alert,
  Button,
  Card,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { RiskMatrixBody } from '@vigil/api';
import { levelInk, matrixFromPreset, type RiskMatrixPreset } from '@vigil/core/risks';
import { useState } from 'react';
import { ApiError } from '../api/client.ts';
import { plainMessage } from '../api/plain-message.ts';
import { useSetRiskMatrix } from '../api/risk-hooks.ts';
import { ScrollTable } from './scroll-table.tsx';

const PRESETS: { value: RiskMatrixPreset; label: string }[] = [
  { value: '3x3', label: '3 by 3' },
  { value: '4x4', label: '4 by 4' },
  { value: '5x5', label: '5 by 5' },
];
const COLOUR = /^#[0-9a-fA-F]{6}$/;

/** The server's messages start with the field they are about ("grid: …"); people read only the rest. */
function messagesOf(error: unknown): string[] {
  if (!(error instanceof ApiError)) return [];
  const list = error.fields.length ? error.fields.map((f) => f.message) : [error.message];
  return list.map((m) => {
    const text = plainMessage(m.replace(/^[\w.[\]]+: /, ''));
    return text.charAt(0).toUpperCase() + text.slice(1);
  });
}

function ScaleLabels({
  title,
  levels,
  onChange,
}: {
  title: string;
  levels: RiskMatrixBody['likelihood'];
  onChange: (next: RiskMatrixBody['likelihood']) => void;
}) {
  return (
    <Stack gap="xs">
      <Text fw={500}>{title}</Text>
      {levels.map((l, i) => (
        <TextInput
          key={i}
          label={`${title} level ${i + 1}`}
          value={l.label}
          onChange={(e) => {
            const value = e.currentTarget.value;
            onChange(levels.map((x, j) => (j === i ? { ...x, label: value } : x)));
          }}
        />
      ))}
    </Stack>
  );
}

export function RiskMatrixEditor({ current }: { current: RiskMatrixBody }) {
  const save = useSetRiskMatrix();
  const [draft, setDraft] = useState<RiskMatrixBody>(() => structuredClone(current));
  const [preset, setPreset] = useState<string>('');
  const setCell = (l: number, i: number, level: number) =>
    setDraft((d) => ({
      ...d,
      grid: d.grid.map((row, r) => (r === l ? row.map((c, k) => (k === i ? level : c)) : row)),
    }));
  const errors = messagesOf(save.error);
  return (
    <Card withBorder component="section" aria-labelledby="matrix-editor-title">
      <Title order={2} size="h4" id="matrix-editor-title" mb="xs">
        Edit the risk matrix
      </Title>
      <Text size="sm" mb="sm">
        Start from a preset or change the current matrix, then save. Every risk must still fit the matrix.
      </Text>
      <Stack gap="md">
        <Group align="flex-end">
          <NativeSelect
            label="Start from a preset"
            data={[{ value: '', label: 'Choose a preset' }, ...PRESETS]}
            value={preset}
            onChange={(e) => setPreset(e.currentTarget.value)}
          />
          <Button
            variant="default"
            disabled={!preset}
            onClick={() => setDraft(matrixFromPreset(preset as RiskMatrixPreset))}
          >
            Load preset
          </Button>
          <Button variant="subtle" onClick={() => setDraft(structuredClone(current))}>
            Undo my changes
          </Button>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <ScaleLabels
            title="Likelihood"
            levels={draft.likelihood}
            onChange={(likelihood) => setDraft((d) => ({ ...d, likelihood }))}
          />
          <ScaleLabels
            title="Impact"
            levels={draft.impact}
            onChange={(impact) => setDraft((d) => ({ ...d, impact }))}
          />
          <Stack gap="xs">
            <Text fw={500}>Risk levels, lowest first</Text>
            {draft.levels.map((lv, i) => {
              const ok = !!lv.colour && COLOUR.test(lv.colour);
              return (
                <Group key={i} align="flex-end" gap="xs" wrap="nowrap">
                  <TextInput
                    label={`Risk level ${i + 1}`}
                    value={lv.label}
                    onChange={(e) => {
                      const label = e.currentTarget.value;
                      setDraft((d) => ({
                        ...d,
                        levels: d.levels.map((x, j) => (j === i ? { ...x, label } : x)),
                      }));
                    }}
                  />
                  <TextInput
                    label={`Colour of risk level ${i + 1}`}
                    w={110}
                    value={lv.colour ?? ''}
                    onChange={(e) => {
                      const colour = e.currentTarget.value.trim();
                      setDraft((d) => ({
                        ...d,
                        levels: d.levels.map((x, j) =>
                          j === i ? { label: x.label, ...(colour ? { colour } : {}) } : x,
                        ),
                      }));
                    }}
                  />
                  <Text
                    size="sm"
                    px="xs"
                    py={6}
                    style={{
                      background: ok ? lv.colour : undefined,
                      color: ok ? levelInk(lv.colour!).ink : undefined,
                      borderRadius: 4,
                    }}
                  >
                    {lv.label || 'Sample'}
                  </Text>
                </Group>
              );
            })}
            <Group gap="xs">
              <Button
                size="xs"
                variant="default"
                disabled={draft.levels.length >= 10}
                onClick={() =>
                  setDraft((d) => ({
                    ...d,
                    levels: [...d.levels, { label: `Level ${d.levels.length + 1}`, colour: '#6a1b9a' }],
                  }))
                }
              >
                Add a risk level
              </Button>
              <Button
                size="xs"
                variant="default"
                disabled={draft.levels.length <= 2}
                onClick={() => setDraft((d) => ({ ...d, levels: d.levels.slice(0, -1) }))}
              >
                Remove the highest risk level
              </Button>
            </Group>
          </Stack>
        </SimpleGrid>
        <ScrollTable label="Risk level of each cell" minWidth={160 + draft.impact.length * 130}>
          <Table withTableBorder withColumnBorders captionSide="top">
            <Table.Caption>Risk level of each likelihood and impact</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Likelihood \ impact</Table.Th>
                {draft.impact.map((im, i) => (
                  <Table.Th scope="col" key={i}>
                    {im.label}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...draft.likelihood.keys()].reverse().map((l) => (
                <Table.Tr key={l}>
                  <Table.Th scope="row">{draft.likelihood[l]!.label}</Table.Th>
                  {draft.impact.map((im, i) => {
                    const value = draft.grid[l]?.[i];
                    const known = value !== undefined && value >= 1 && value <= draft.levels.length;
                    return (
                      <Table.Td key={i}>
                        <NativeSelect
                          aria-label={`Risk level for likelihood ${draft.likelihood[l]!.label} and impact ${im.label}`}
                          data={[
                            ...(known ? [] : [{ value: '', label: 'No level' }]),
                            ...draft.levels.map((lv, k) => ({ value: String(k + 1), label: lv.label })),
                          ]}
                          value={known ? String(value) : ''}
                          onChange={(e) => setCell(l, i, Number(e.currentTarget.value))}
                        />
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
        {errors.length > 0 && (
          <Alert color="red" title="The matrix was not saved">
            {errors.join(' ')}
          </Alert>
        )}
        <Group>
          <Button onClick={() => save.mutate({ matrix: draft })} loading={save.isPending}>
            Save risk matrix
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
