/**
 * Adds a connector: its kind (from the server's list), a name, an optional schedule and, for
 * importers, the file a scheduled run reads; live collectors get a form generated from their kind's
 * fields, whose secrets are write-only.
 */
import { Button, Grid, Group, NumberInput, Select, TextInput } from '@mantine/core';
import type { ConnectorsCreateReq } from '@vigil/api';
import { type FormEvent, useState } from 'react';
import { fieldError } from '../api/client.ts';
import { useConnectorKinds, useCreateConnector } from '../api/integration-hooks.ts';
import { CollectorFields, collectorBody, type FieldValues } from './collector-fields.tsx';

export function ConnectorForm({ onDone }: { onDone?: () => void }) {
  const kinds = useConnectorKinds();
  const create = useCreateConnector();
  const [kind, setKind] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [minutes, setMinutes] = useState<number | string>('');
  const [path, setPath] = useState('');
  const [accountId, setAccountId] = useState('');
  const [values, setValues] = useState<FieldValues>({});
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
    if (!live) {
      const config = {
        ...(path.trim() ? { path: path.trim() } : {}),
        ...(chosen?.account && accountId.trim() ? { accountId: accountId.trim() } : {}),
      };
      if (Object.keys(config).length > 0) body.config = config;
    }
    if (live && chosen) {
      const { config, credentials } = collectorBody(chosen.fields, values);
      body.config = config;
      if (Object.keys(credentials).length) body.credentials = credentials;
    }
    create.mutate(body, {
      onSuccess: () => {
        setName('');
        setPath('');
        setAccountId('');
        setMinutes('');
        setValues({});
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
              setValues({});
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
              error={err('config.path')}
            />
          </Grid.Col>
        )}
        {!live && chosen?.account && (
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput
              label={`${chosen.account} ID`}
              description="Optional; for files that do not say which account they describe, such as a password policy."
              inputMode="numeric"
              placeholder="123456789012"
              value={accountId}
              onChange={(e) => setAccountId(e.currentTarget.value)}
              error={err('config.accountId')}
            />
          </Grid.Col>
        )}
        {live && chosen && (
          <Grid.Col span={12}>
            <CollectorFields
              fields={chosen.fields}
              values={values}
              onChange={setValues}
              error={create.error}
            />
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
