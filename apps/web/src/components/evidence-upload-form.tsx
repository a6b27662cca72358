/**
 * Records an uploaded document as evidence: the file, what it shows, the controls it backs, the
 * period it covers, when it needs renewing, and (for a correction) the item it supersedes.
 */
import {
  Button,
  FileInput,
  Grid,
  Group,
  MultiSelect,
  Progress,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { EvidenceView } from '@vigil/api';
import { type FormEvent, useState } from 'react';
import { fieldError } from '../api/client.ts';
import { type EvidenceUpload, useEvidenceList, useUploadEvidence } from '../api/evidence-hooks.ts';
import { useControls } from '../api/hooks.ts';
import type { UploadPhase } from '../api/upload.ts';

interface Props {
  controlIds?: string[];
  supersedes?: EvidenceView;
  onDone: (item: EvidenceView) => void;
}

type Dates = Pick<EvidenceUpload, 'periodStart' | 'periodEnd' | 'renewBy'>;
const DATES: { key: keyof Dates; label: string; description: string }[] = [
  { key: 'periodStart', label: 'Period start', description: 'First day the evidence covers' },
  { key: 'periodEnd', label: 'Period end', description: 'Last day it covers' },
  { key: 'renewBy', label: 'Renew by', description: 'Empty: a year from today' },
];

function UploadState({ phase }: { phase: UploadPhase }) {
  const sending = phase.phase === 'sending';
  const pct = sending ? Math.round(phase.share * 100) : 100;
  return (
    <Stack gap={4} role="status" aria-live="polite">
      <Progress.Root>
        <Progress.Section value={pct} animated={!sending} striped={!sending} aria-label="Upload progress" />
      </Progress.Root>
      <Text size="xs" c="dimmed">
        {sending ? `Sending… ${pct}%` : 'Hashing, encrypting and recording…'}
      </Text>
    </Stack>
  );
}

export function EvidenceUploadForm({ controlIds = [], supersedes, onDone }: Props) {
  const upload = useUploadEvidence();
  const controls = useControls({ limit: 500 });
  const current = useEvidenceList({ limit: 500 });
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState(supersedes?.title ?? '');
  const [description, setDescription] = useState(supersedes?.description ?? '');
  const [linked, setLinked] = useState<string[]>(supersedes?.controls.map((c) => c.id) ?? controlIds);
  const [dates, setDates] = useState<Dates>({});
  const [supersedesId, setSupersedesId] = useState<string | null>(supersedes?.id ?? null);
  const [phase, setPhase] = useState<UploadPhase | null>(null);
  const err = (field: string) => fieldError(upload.error, field);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!file) return;
    upload.mutate(
      {
        file,
        title,
        description,
        controlIds: linked,
        ...dates,
        supersedesId: supersedesId ?? undefined,
        onProgress: setPhase,
      },
      { onSettled: () => setPhase(null), onSuccess: onDone },
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Upload evidence">
      <Grid gap="sm">
        <Grid.Col span={12}>
          <FileInput
            label="File"
            placeholder="Choose a file"
            required
            clearable
            value={file}
            onChange={setFile}
            error={err('file') ?? err('body')}
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <TextInput
            label="Title"
            required
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={err('title')}
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <Textarea
            label="Description"
            autosize
            minRows={2}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            error={err('description')}
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <MultiSelect
            label="Controls"
            description="The controls this evidence shows operating."
            searchable
            data={(controls.data?.items ?? []).map((c) => ({ value: c.id, label: `${c.code} ${c.title}` }))}
            value={linked}
            onChange={setLinked}
            error={err('controlIds')}
          />
        </Grid.Col>
        {DATES.map((d) => (
          <Grid.Col key={d.key} span={{ base: 12, sm: 4 }}>
            <TextInput
              type="date"
              label={d.label}
              description={d.description}
              value={dates[d.key] ?? ''}
              onChange={(e) => setDates({ ...dates, [d.key]: e.currentTarget.value || undefined })}
              error={err(d.key)}
            />
          </Grid.Col>
        ))}
        <Grid.Col span={12}>
          <Select
            label="Supersedes"
            description="For a correction or a renewal: the item this one replaces (kept, marked superseded)."
            placeholder="Nothing"
            clearable
            allowDeselect={false}
            clearButtonProps={{ 'aria-label': 'Clear supersedes' }}
            searchable
            data={(current.data?.items ?? []).map((i) => ({
              value: i.id,
              label: `${i.title} (${i.fileName})`,
            }))}
            value={supersedesId}
            onChange={setSupersedesId}
            error={err('supersedesId')}
          />
        </Grid.Col>
        {phase && (
          <Grid.Col span={12}>
            <UploadState phase={phase} />
          </Grid.Col>
        )}
        <Grid.Col span={12}>
          <Group justify="flex-end">
            <Button type="submit" loading={upload.isPending} disabled={!file || !title.trim()}>
              Upload evidence
            </Button>
          </Group>
        </Grid.Col>
      </Grid>
    </form>
  );
}
