/**
 * Uploads an export file through a connector: bytes sent with a progress bar, then the import
 * running (with the sweep's own progress), then the run's result or the error naming file and line.
 */
import { Alert, Button, FileInput, Group, Progress, Stack, Text } from '@mantine/core';
import type { ConnectorKind, ConnectorView, Run } from '@vigil/api';
import { type FormEvent, useState } from 'react';
import { isFieldError } from '../api/client.ts';
import { useUploadExport } from '../api/integration-hooks.ts';
import { useRuns } from '../api/monitoring-hooks.ts';
import type { UploadPhase } from '../api/upload.ts';
import { AnchorLink } from './anchor-link.tsx';
import { ColumnMappingModal } from './column-mapping-modal.tsx';
import { runProgress } from './runs-table.tsx';

/** "a.json, b.json and 3 more": the first few names of a list the run kept. */
function someNames({ count, names }: { count: number; names: string[] }, shown = 5): string {
  const first = names.slice(0, shown).join(', ');
  return count > shown ? `${first} and ${count - shown} more` : first;
}

/** What the import made of a folder or archive: files read, left alone, and expected but absent. */
function InputsFound({ inputs }: { inputs: NonNullable<Run['inputs']> }) {
  const files = (n: number) => `${n.toLocaleString()} ${n === 1 ? 'file' : 'files'}`;
  return (
    <>
      <Text size="sm">{files(inputs.recognised)} read.</Text>
      {inputs.ignored.count > 0 && (
        <Text size="sm">
          {files(inputs.ignored.count)} not read, as they are not part of the expected layout:{' '}
          {someNames(inputs.ignored)}.
        </Text>
      )}
      {inputs.missing.count > 0 && (
        <Text size="sm">
          {files(inputs.missing.count)} expected but not found (the checks that need them say "missing
          input"): {someNames(inputs.missing)}.
        </Text>
      )}
    </>
  );
}

function RunResult({ run, fileName }: { run: Run; fileName: string }) {
  return (
    <Alert color="teal" title="Import finished" role="status">
      <Stack gap={4}>
        <Text size="sm">
          {fileName}: {run.resourcesSeen.toLocaleString()} resources seen, {run.transitions.toLocaleString()}{' '}
          {run.transitions === 1 ? 'transition' : 'transitions'}.
        </Text>
        {run.inputs && <InputsFound inputs={run.inputs} />}
        <AnchorLink to="/monitoring" size="sm">
          See the checks
        </AnchorLink>
      </Stack>
    </Alert>
  );
}

function UploadProgress({ phase, connectorId }: { phase: UploadPhase; connectorId: string }) {
  // While the server imports, its run row says how far the sweep got.
  const runs = useRuns({ connectorId, limit: 1 }, phase.phase === 'processing');
  const running = runs.data?.items.find((r) => r.status === 'running');
  if (phase.phase === 'sending') {
    const pct = Math.round(phase.share * 100);
    return (
      <Stack gap={4} role="status" aria-live="polite">
        <Progress value={pct} aria-label="Upload progress" />
        <Text size="xs" c="dimmed">
          Sending… {pct}%
        </Text>
      </Stack>
    );
  }
  return (
    <Stack gap={4} role="status" aria-live="polite">
      <Progress value={100} animated striped aria-label="Import in progress" />
      <Text size="xs" c="dimmed">
        Importing{running ? `: ${runProgress(running) ?? 'working'}` : '…'}
      </Text>
    </Stack>
  );
}

interface Props {
  connector: ConnectorView;
  /** Given for CSV kinds whose columns this person may choose: offers to choose them from the file. */
  kind?: ConnectorKind;
}

export function ExportUpload({ connector, kind }: Props) {
  const upload = useUploadExport();
  const [file, setFile] = useState<File | null>(null);
  const [choosing, setChoosing] = useState(false);
  const [phase, setPhase] = useState<UploadPhase | null>(null);
  const [sent, setSent] = useState('');

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!file) return;
    setSent(file.name);
    upload.mutate(
      { connectorId: connector.id, file, onProgress: setPhase },
      { onSettled: () => setPhase(null), onSuccess: () => setFile(null) },
    );
  }

  return (
    <>
      <form onSubmit={submit} noValidate aria-label={`Upload an export to ${connector.name}`}>
        <Stack gap="xs">
          <Group align="flex-end" gap="xs" wrap="wrap">
            <FileInput
              label="Export file"
              placeholder="Choose a file"
              description="One export file, or a folder of exports packed as one .zip or .tar.gz"
              clearable
              value={file}
              onChange={(f) => {
                setFile(f);
                upload.reset();
              }}
              // The server names the file and line ("users.csv: line 3: …"): shown exactly as said.
              error={isFieldError(upload.error, 'file') ? upload.error.message : undefined}
              style={{ flex: '1 1 200px' }}
            />
            <Button type="submit" disabled={!file} loading={upload.isPending}>
              Upload
            </Button>
            {kind && file && (
              <Button variant="default" onClick={() => setChoosing(true)}>
                Choose columns from this file
              </Button>
            )}
          </Group>
          {phase && <UploadProgress phase={phase} connectorId={connector.id} />}
          {upload.data && <RunResult run={upload.data} fileName={sent} />}
        </Stack>
      </form>
      {kind && choosing && (
        <ColumnMappingModal
          connector={connector}
          kind={kind}
          file={file}
          onClose={() => setChoosing(false)}
        />
      )}
    </>
  );
}
