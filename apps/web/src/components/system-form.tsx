/** Adds a system component to the inventory: name, kind, description, owner, in scope. */
import { Button, Grid, Select, Switch, Textarea, TextInput, Title } from '@mantine/core';
import type { ComponentKind, ComponentKindInfo } from '@vigil/catalog';
import { type FormEvent, useState } from 'react';
import { useUsers } from '../api/admin-hooks.ts';
import { fieldError } from '../api/client.ts';
import { useCreateSystem } from '../api/hooks.ts';

const EMPTY = {
  name: '',
  kind: null as ComponentKind | null,
  description: '',
  ownerId: null as string | null,
  inScope: true,
};

export function SystemForm({ kinds }: { kinds: ComponentKindInfo[] }) {
  const create = useCreateSystem();
  const users = useUsers();
  const [form, setForm] = useState(EMPTY);
  const kind = kinds.find((k) => k.id === form.kind);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!form.kind) return;
    create.mutate(
      {
        name: form.name,
        kind: form.kind,
        description: form.description,
        ownerId: form.ownerId,
        inScope: form.inScope,
      },
      { onSuccess: () => setForm(EMPTY) },
    );
  }

  return (
    <form onSubmit={submit} aria-labelledby="add-system-title">
      <Title order={3} size="h5" id="add-system-title" mb="xs">
        Add a system
      </Title>
      <Grid gap="sm" align="flex-end">
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput
            label="System name"
            placeholder="e.g. Production AWS account"
            required
            value={form.name}
            onChange={(e) => setForm({ ...form, name: e.currentTarget.value })}
            error={fieldError(create.error, 'name')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Select
            label="Kind"
            placeholder="Pick a kind"
            required
            data={kinds.map((k) => ({ value: k.id, label: k.name }))}
            value={form.kind}
            onChange={(v) => setForm({ ...form, kind: v as ComponentKind | null })}
            description={kind ? `e.g. ${kind.examples.slice(0, 3).join(', ')}` : undefined}
            error={fieldError(create.error, 'kind')}
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <Textarea
            label="Description"
            autosize
            minRows={2}
            value={form.description}
            onChange={(e) => setForm({ ...form, description: e.currentTarget.value })}
            error={fieldError(create.error, 'description')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Select
            label="Owner"
            placeholder={users.error ? 'Could not load people' : 'Nobody yet'}
            clearable
            allowDeselect={false}
            clearButtonProps={{ 'aria-label': 'Clear owner' }}
            searchable
            data={(users.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))}
            value={form.ownerId}
            onChange={(v) => setForm({ ...form, ownerId: v })}
            error={fieldError(create.error, 'ownerId')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 3 }}>
          <Switch
            label="In scope"
            checked={form.inScope}
            onChange={(e) => setForm({ ...form, inScope: e.currentTarget.checked })}
            mb={8}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 3 }}>
          <Button
            type="submit"
            fullWidth
            loading={create.isPending}
            disabled={!form.name.trim() || !form.kind}
          >
            Add system
          </Button>
        </Grid.Col>
      </Grid>
    </form>
  );
}
