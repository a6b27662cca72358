/**
 * Adds a connector: its kind (from the server's list), a name, an optional schedule and, for
 * importers, the file a scheduled run reads; live collectors take credentials, which are write-only.
 */
import {
  ActionIcon,
  Button,
  Grid,
  Group,
  NumberInput,
  PasswordInput,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { fieldError } from '../api/client.ts';
import { useConnectorKinds, useCreateConnector } from '../api/integration-hooks.ts';
import type { ConnectorsCreateReq } from '../api/monitoring-types.ts';

interface Secret {
  key: string;
  value: string;
}

function Credentials({
  rows,
  onChange,
  error,
}: {
  rows: Secret[];
  onChange: (r: Secret[]) => void;
  error?: string;
}) {
  const set = (i: number, patch: Partial<Secret>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        Credentials
      </Text>
      <Text size="xs" c="dimmed">
        Stored encrypted and never shown again; the connector will only say "credentials set".
      </Text>
      {rows.map((r, i) => (
        <Group key={i} gap="xs" align="flex-end" wrap="nowrap">
          <TextInput
            label={`Credential ${i + 1} name`}
            placeholder="e.g. token"
            value={r.key}
            onChange={(e) => set(i, { key: e.currentTarget.value })}
            style={{ flex: 1 }}
          />
          <PasswordInput
            label={`Credential ${i + 1} value`}
            value={r.value}
            onChange={(e) => set(i, { value: e.currentTarget.value })}
            style={{ flex: 2 }}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            aria-label={`Remove credential ${i + 1}`}
            onClick={() => onChange(rows.filter((_, j) => j !== i))}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      {error && (
        <Text size="xs" c="red">
          {error}
        </Text>
      )}
      <Group>
        <Button size="xs" variant="light" onClick={() => onChange([...rows, { key: '', value: '' }])}>
          Add credential
        </Button>
      </Group>
    </Stack>
  );
}

export function ConnectorForm({ onDone }: { onDone?: () => void }) {
  const kinds = useConnectorKinds();
  const create = useCreateConnector();
  const [kind, setKind] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [minutes, setMinutes] = useState<number | string>('');
  const [path, setPath] = useState('');
  const [secrets, setSecrets] = useState<Secret[]>([{ key: '', value: '' }]);
  const items = kinds.data?.items ?? [];
  const chosen = items.find((k) => k.id === kind);
  const live = chosen?.mode === 'live';
  const err = (field: string) => fieldError(create.error, field);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!kind) return;
    const body: ConnectorsCreateReq = {
      kind,
      name,
      scheduleMinutes: minutes === '' ? null : Number(minutes),
    };
    if (!live && path.trim()) body.config = { path: path.trim() };
    const creds = secrets.filter((s) => s.key.trim() && s.value);
    if (live && creds.length)
      body.credentials = Object.fromEntries(creds.map((s) => [s.key.trim(), s.value]));
    create.mutate(body, {
      onSuccess: () => {
        setName('');
        setPath('');
        setMinutes('');
        setSecrets([{ key: '', value: '' }]);
        onDone?.();
      },
    });
  }

  const group = (mode: 'file' | 'live', label: string) => ({
    group: label,
    items: items.filter((k) => k.mode === mode).map((k) => ({ value: k.id, label: k.title })),
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Add a connector">
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Select
            label="Kind"
            placeholder={kinds.isPending ? 'Loading…' : 'Choose what to connect'}
            searchable
            required
            data={[group('file', 'Import a file'), group('live', 'Live collectors')].filter(
              (g) => g.items.length,
            )}
            value={kind}
            onChange={(v) => {
              setKind(v);
              if (!name && v) setName(items.find((k) => k.id === v)?.title ?? '');
            }}
            description={chosen?.description}
            error={err('kind')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput
            label="Name"
            required
            placeholder="e.g. Production images"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={err('name')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <NumberInput
            label="Run every (minutes)"
            description={
              live ? 'Empty: run only when asked.' : 'Empty: import only when someone uploads a file.'
            }
            min={5}
            max={44640}
            value={minutes}
            onChange={setMinutes}
            error={err('scheduleMinutes')}
          />
        </Grid.Col>
        {!live && (
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput
              label="File to read on schedule"
              description="Optional; a path inside the server's import directory."
              value={path}
              onChange={(e) => setPath(e.currentTarget.value)}
              error={err('config')}
            />
          </Grid.Col>
        )}
        {live && (
          <Grid.Col span={12}>
            <Credentials rows={secrets} onChange={setSecrets} error={err('credentials')} />
          </Grid.Col>
        )}
        <Grid.Col span={12}>
          <Group justify="flex-end">
            <Button type="submit" loading={create.isPending} disabled={!kind || !name.trim()}>
              Add connector
            </Button>
          </Group>
        </Grid.Col>
      </Grid>
    </form>
  );
}
