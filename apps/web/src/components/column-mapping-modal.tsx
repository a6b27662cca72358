/**
 * Chooses which column of a person's own CSV export holds each field a CSV connector reads. The
 * choice is kept in the connector's settings, so every later upload and scheduled run uses it.
 */
import { Alert, Autocomplete, Button, FileInput, Group, Modal, Stack, Text } from '@mantine/core';
import type { ConnectorKind, ConnectorsUpdateReq, ConnectorView } from '@vigil/api';
import { type FormEvent, useEffect, useState } from 'react';
import { useUpdateConnector } from '../api/integration-hooks.ts';

/** The cells of a CSV's first line; quoted cells may hold commas and doubled quotes. */
export function csvHeader(text: string): string[] {
  const line = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted && ch === '"' && line[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      cells.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  cells.push(cell.trim());
  return cells.filter(Boolean);
}

/** The column names of a file, read from its first bytes in the browser (nothing is sent). */
export async function readCsvHeader(file: File): Promise<string[]> {
  return csvHeader(await file.slice(0, 64 * 1024).text());
}

interface Props {
  connector: ConnectorView;
  kind: ConnectorKind;
  /** A file chosen for upload, whose column names are offered. */
  file?: File | null;
  onClose: () => void;
}

export function ColumnMappingModal({ connector: c, kind, file, onClose }: Props) {
  const update = useUpdateConnector();
  const stored = (c.config.columns ?? {}) as Record<string, string>;
  const [values, setValues] = useState<Record<string, string>>(() => ({ ...stored }));
  const [sample, setSample] = useState<File | null>(file ?? null);
  const [found, setFound] = useState<string[]>([]);

  useEffect(() => {
    if (!sample) return setFound([]);
    let live = true;
    readCsvHeader(sample).then((h) => live && setFound(h));
    return () => {
      live = false;
    };
  }, [sample]);

  function submit(e: FormEvent) {
    e.preventDefault();
    // React events cross portals: without this, a form around the opener would submit too.
    e.stopPropagation();
    const columns = Object.fromEntries(
      Object.entries(values)
        .map(([k, v]) => [k, v.trim()] as const)
        .filter(([, v]) => v),
    );
    const { columns: _, ...rest } = c.config;
    const config = Object.keys(columns).length ? { ...rest, columns } : rest;
    update.mutate({ id: c.id, config: config as ConnectorsUpdateReq['config'] }, { onSuccess: onClose });
  }

  return (
    <Modal opened onClose={onClose} title={`Columns of ${c.name}`} size="lg">
      <form onSubmit={submit} noValidate aria-label="Choose columns">
        <Stack gap="sm">
          <Text size="sm">
            When your export names a column differently, choose it here. Empty fields use the usual names,
            shown in grey. Vigil remembers your choice for every upload to this connector.
          </Text>
          <FileInput
            label="Read the column names from an export"
            description="Optional: the file stays on your computer; only its first line is read."
            placeholder="Choose a CSV file"
            accept=".csv,text/csv"
            clearable
            value={sample}
            onChange={setSample}
          />
          {kind.columns.map((col) => (
            <Autocomplete
              key={col.field}
              label={col.label.charAt(0).toUpperCase() + col.label.slice(1)}
              required={col.required}
              placeholder={col.headers.length ? col.headers.join(' or ') : 'No usual name: choose a column'}
              data={found}
              value={values[col.field] ?? ''}
              onChange={(v) => setValues((prev) => ({ ...prev, [col.field]: v }))}
              error={
                col.required && found.length > 0 && !columnFound(found, values[col.field], col.headers)
                  ? 'Your file has no column with the usual name: choose one'
                  : undefined
              }
            />
          ))}
          {update.error && (
            <Alert color="red" role="alert">
              {update.error.message}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={update.isPending}>
              Save columns
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

const norm = (h: string) => h.trim().replace(/\s+/g, ' ').toLowerCase();

/** True when the chosen column, or else one of the usual names, is in the file. */
function columnFound(found: string[], chosen: string | undefined, usual: readonly string[]): boolean {
  const names = new Set(found.map(norm));
  if (chosen?.trim()) return names.has(norm(chosen));
  return usual.some((h) => names.has(norm(h)));
}
