/**
 * Importing a learning system's completion export: the file's columns are read in the browser, each
 * field Vigil needs can be pointed at a column of the file (as for roster uploads), and the server
 * stores every row or none, naming the line and column of the first problem.
 */
import { Alert, Autocomplete, Button, FileInput, Group, Modal, Select, Stack, Text } from '@mantine/core';
import type { LmsField } from '@vigil/core/lms-import';
import { type FormEvent, useEffect, useState } from 'react';
import { useImportCompletions, useLmsColumns } from '../api/training-hooks.ts';
import { readCsvHeader } from './column-mapping-modal.tsx';

const norm = (h: string) => h.trim().replace(/\s+/g, ' ').toLowerCase();

export function TrainingImportModal({ onClose }: { onClose: () => void }) {
  const columns = useLmsColumns();
  const run = useImportCompletions();
  const [file, setFile] = useState<File | null>(null);
  const [found, setFound] = useState<string[]>([]);
  const [chosen, setChosen] = useState<Partial<Record<LmsField, string>>>({});
  const [dateOrder, setDateOrder] = useState<'mdy' | 'dmy'>('mdy');

  useEffect(() => {
    if (!file) return setFound([]);
    let live = true;
    readCsvHeader(file).then((h) => live && setFound(h));
    return () => {
      live = false;
    };
  }, [file]);

  const present = (usual: readonly string[], pick: string | undefined) => {
    const names = new Set(found.map(norm));
    return pick?.trim() ? names.has(norm(pick)) : usual.some((h) => names.has(norm(h)));
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    e.stopPropagation();
    if (!file) return;
    const content = await file.text();
    const picked = Object.fromEntries(Object.entries(chosen).filter(([, v]) => v?.trim()));
    run.mutate({ fileName: file.name, content, columns: picked, dateOrder });
  }

  return (
    <Modal opened onClose={onClose} title="Import completions from a learning system" size="lg">
      <form onSubmit={submit} noValidate aria-label="Import completions">
        <Stack gap="sm">
          <Text size="sm">
            Export the course completion report of your learning system as CSV. Each row needs the person's
            email, the course title as Vigil names it, and the completion date. When a column has another name
            in your export, choose it below. Nothing is stored unless every row is right.
          </Text>
          <FileInput
            label="Completion export (CSV)"
            placeholder="Choose a CSV file"
            accept=".csv,text/csv"
            required
            value={file}
            onChange={(f) => {
              setFile(f);
              run.reset();
            }}
          />
          {columns.data?.items.map((col) => (
            <Autocomplete
              key={col.field}
              label={`Column for ${col.label}`}
              required={col.required}
              placeholder={col.headers.slice(0, 3).join(' or ')}
              data={found}
              value={chosen[col.field] ?? ''}
              onChange={(v) => setChosen((prev) => ({ ...prev, [col.field]: v }))}
              error={
                col.required && found.length > 0 && !present(col.headers, chosen[col.field])
                  ? 'Your file has no column with the usual name: choose one'
                  : undefined
              }
            />
          ))}
          <Select
            label="Dates like 03/04/2026 mean"
            data={[
              { value: 'mdy', label: 'Month first (March 4)' },
              { value: 'dmy', label: 'Day first (3 April)' },
            ]}
            value={dateOrder}
            onChange={(v) => setDateOrder((v as 'mdy' | 'dmy') ?? 'mdy')}
            allowDeselect={false}
          />
          {run.error && (
            <Alert color="red" role="alert" title="Nothing was imported">
              {run.error.message}
            </Alert>
          )}
          {run.data && (
            <Alert color="teal" role="status" title="Imported">
              {run.data.imported} completion{run.data.imported === 1 ? '' : 's'} recorded
              {run.data.alreadyRecorded > 0
                ? `; ${run.data.alreadyRecorded} were already recorded and kept`
                : ''}
              .
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {run.data ? 'Close' : 'Cancel'}
            </Button>
            <Button type="submit" loading={run.isPending} disabled={!file}>
              Import
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
