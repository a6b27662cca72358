/** Adds a person by hand: who they are, their work, dates and scope (with a reason when out of scope). */
import { Button, Grid, Select, Switch, Textarea, TextInput, Title } from '@mantine/core';
import type { Person, PersonStatus, WorkerType } from '@vigil/api';
import { type FormEvent, useState } from 'react';
import { fieldError } from '../api/client.ts';
import { useCreatePerson } from '../api/people-hooks.ts';
import { PERSON_STATUS_OPTIONS, WORKER_TYPE_OPTIONS } from './people-labels.ts';

const EMPTY = {
  name: '',
  email: '',
  workerType: 'employee' as WorkerType,
  department: '',
  title: '',
  managerId: null as string | null,
  startDate: '',
  endDate: '',
  status: 'active' as PersonStatus,
  inScope: true,
  scopeJustification: '',
};

const orNull = (v: string) => (v.trim() ? v.trim() : null);

export function PersonForm({ people, onDone }: { people: Person[]; onDone?: () => void }) {
  const create = useCreatePerson();
  const [form, setForm] = useState(EMPTY);
  const err = (f: string) => fieldError(create.error, f);

  function submit(e: FormEvent) {
    e.preventDefault();
    create.mutate(
      {
        name: form.name,
        email: form.email,
        workerType: form.workerType,
        department: orNull(form.department),
        title: orNull(form.title),
        managerId: form.managerId,
        startDate: orNull(form.startDate),
        endDate: orNull(form.endDate),
        status: form.status,
        inScope: form.inScope,
        scopeJustification: form.inScope ? null : orNull(form.scopeJustification),
      },
      {
        onSuccess: () => {
          setForm(EMPTY);
          onDone?.();
        },
      },
    );
  }

  return (
    <form onSubmit={submit} aria-labelledby="add-person-title">
      <Title order={2} size="h4" id="add-person-title" mb="xs">
        Add a person
      </Title>
      <Grid gap="sm" align="flex-end">
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput
            label="Full name"
            required
            value={form.name}
            error={err('name')}
            onChange={(e) => setForm({ ...form, name: e.currentTarget.value })}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput
            label="Work email"
            type="email"
            required
            value={form.email}
            error={err('email')}
            onChange={(e) => setForm({ ...form, email: e.currentTarget.value })}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <Select
            label="Worker type"
            data={WORKER_TYPE_OPTIONS}
            allowDeselect={false}
            value={form.workerType}
            onChange={(v) => setForm({ ...form, workerType: (v as WorkerType) ?? 'employee' })}
            error={err('workerType')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput
            label="Department"
            value={form.department}
            error={err('department')}
            onChange={(e) => setForm({ ...form, department: e.currentTarget.value })}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput
            label="Job title"
            value={form.title}
            error={err('title')}
            onChange={(e) => setForm({ ...form, title: e.currentTarget.value })}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <Select
            label="Manager"
            placeholder="Nobody"
            clearable
            searchable
            data={people.map((p) => ({ value: p.id, label: p.name }))}
            value={form.managerId}
            onChange={(v) => setForm({ ...form, managerId: v })}
            error={err('managerId')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput
            label="Start date"
            type="date"
            value={form.startDate}
            error={err('startDate')}
            onChange={(e) => setForm({ ...form, startDate: e.currentTarget.value })}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput
            label="End date"
            type="date"
            value={form.endDate}
            error={err('endDate')}
            onChange={(e) => setForm({ ...form, endDate: e.currentTarget.value })}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <Select
            label="Status"
            data={PERSON_STATUS_OPTIONS}
            allowDeselect={false}
            value={form.status}
            onChange={(v) => setForm({ ...form, status: (v as PersonStatus) ?? 'active' })}
            error={err('status')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 8 }}>
          <Switch
            label="In scope of the audit"
            checked={form.inScope}
            onChange={(e) => setForm({ ...form, inScope: e.currentTarget.checked })}
          />
        </Grid.Col>
        {!form.inScope && (
          <Grid.Col span={12}>
            <Textarea
              label="Why this person is out of scope"
              required
              autosize
              minRows={2}
              value={form.scopeJustification}
              error={err('scopeJustification')}
              onChange={(e) => setForm({ ...form, scopeJustification: e.currentTarget.value })}
            />
          </Grid.Col>
        )}
        <Grid.Col span={12}>
          <Button type="submit" loading={create.isPending}>
            Add person
          </Button>
        </Grid.Col>
      </Grid>
    </form>
  );
}
