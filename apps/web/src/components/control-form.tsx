/** Edits a control and sends only the fields that changed; N/A needs a justification. */
import { Alert, Button, Grid, Group, MultiSelect, Select, Switch, Textarea } from '@mantine/core';
import type { Control, ControlStatus, ControlUpdate } from '@vigil/api';
import { FrequencySchema } from '@vigil/catalog/schemas';
import { type FormEvent, useMemo, useState } from 'react';
import { useUsers } from '../api/admin-hooks.ts';
import { fieldError } from '../api/client.ts';
import { useCriteria, useUpdateControl } from '../api/hooks.ts';
import { humanize } from './format.ts';
import { STATUS_OPTIONS } from './status-badge.tsx';

type FormState = Pick<Control, 'ownerId' | 'status' | 'frequency' | 'applicable' | 'notes' | 'criteria'> & {
  naJustification: string;
};

function initial(c: Control): FormState {
  return {
    ownerId: c.ownerId,
    status: c.status,
    frequency: c.frequency,
    applicable: c.applicable,
    naJustification: c.naJustification ?? '',
    notes: c.notes,
    criteria: c.criteria,
  };
}

/** The fields of `next` that differ from `control`, in the shape PATCH expects. */
function changes(control: Control, next: FormState): ControlUpdate {
  const out: ControlUpdate = {};
  if (next.ownerId !== control.ownerId) out.ownerId = next.ownerId;
  if (next.status !== control.status) out.status = next.status;
  if (next.frequency !== control.frequency) out.frequency = next.frequency;
  if (next.applicable !== control.applicable) out.applicable = next.applicable;
  const na = next.applicable ? null : next.naJustification.trim() || null;
  if (na !== control.naJustification) out.naJustification = na;
  if (next.notes !== control.notes) out.notes = next.notes;
  const sorted = (a: string[]) => [...a].sort().join(',');
  if (sorted(next.criteria) !== sorted(control.criteria)) out.criteria = next.criteria;
  return out;
}

export function ControlForm({ control }: { control: Control }) {
  const update = useUpdateControl(control.id);
  const users = useUsers();
  const criteria = useCriteria();
  const [form, setForm] = useState(() => initial(control));
  const [naMissing, setNaMissing] = useState(false);
  const diff = useMemo(() => changes(control, form), [control, form]);
  const dirty = Object.keys(diff).length > 0;
  const err = (field: string) => fieldError(update.error, field);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!form.applicable && !form.naJustification.trim()) {
      setNaMissing(true);
      return;
    }
    update.mutate(diff, { onSuccess: (saved) => setForm(initial(saved)) });
  }

  const criteriaOptions = (criteria.data?.items ?? []).map((c) => ({
    value: c.id,
    label: `${c.id} ${c.title}`,
  }));
  return (
    <form onSubmit={submit} noValidate aria-label="Edit control">
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Select
            label="Owner"
            placeholder="Unassigned"
            clearable
            allowDeselect={false}
            clearButtonProps={{ 'aria-label': 'Clear owner' }}
            searchable
            data={(users.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.email})` }))}
            value={form.ownerId}
            onChange={(v) => setForm({ ...form, ownerId: v })}
            error={err('ownerId')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 3 }}>
          <Select
            label="Status"
            allowDeselect={false}
            data={STATUS_OPTIONS}
            value={form.status}
            onChange={(v) => v && setForm({ ...form, status: v as ControlStatus })}
            error={err('status')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 3 }}>
          <Select
            label="Frequency"
            allowDeselect={false}
            data={FrequencySchema.options.map((f) => ({ value: f, label: humanize(f) }))}
            value={form.frequency}
            onChange={(v) => v && setForm({ ...form, frequency: v })}
            error={err('frequency')}
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <Switch
            label="Applicable to our system"
            description="Switch off to exclude the control from readiness; the auditor will read your reason."
            checked={form.applicable}
            onChange={(e) => setForm({ ...form, applicable: e.currentTarget.checked })}
            error={err('applicable')}
          />
        </Grid.Col>
        {!form.applicable && (
          <Grid.Col span={12}>
            <Textarea
              label="Why it does not apply"
              required
              autosize
              minRows={2}
              value={form.naJustification}
              onChange={(e) => {
                setNaMissing(false);
                setForm({ ...form, naJustification: e.currentTarget.value });
              }}
              error={
                err('naJustification') ?? (naMissing ? 'Explain why this control does not apply' : undefined)
              }
            />
          </Grid.Col>
        )}
        <Grid.Col span={12}>
          <MultiSelect
            label="Criteria"
            description="The trust services criteria this control helps meet."
            searchable
            data={criteriaOptions.length ? criteriaOptions : form.criteria}
            value={form.criteria}
            onChange={(v) => setForm({ ...form, criteria: v })}
            error={err('criteria')}
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <Textarea
            label="Notes"
            description="How you carry out this control, where the evidence lives, open questions."
            autosize
            minRows={3}
            value={form.notes}
            onChange={(e) => setForm({ ...form, notes: e.currentTarget.value })}
            error={err('notes')}
          />
        </Grid.Col>
        {form.status === 'implemented' && (control.checks === 'failing' || control.checks === 'error') && (
          <Grid.Col span={12}>
            <Alert
              color="red"
              variant="light"
              title="This control's automated checks are not passing"
              data-testid="failing-checks-warning"
            >
              {control.checks === 'failing'
                ? 'Some of the automated checks of this control are failing.'
                : 'Some of the automated checks of this control could not be evaluated.'}{' '}
              You can still mark it implemented, but it will not count toward readiness until its checks pass.
            </Alert>
          </Grid.Col>
        )}
        <Grid.Col span={12}>
          <Group justify="flex-end" gap="sm">
            <Button
              variant="default"
              disabled={!dirty || update.isPending}
              onClick={() => setForm(initial(control))}
            >
              Discard changes
            </Button>
            <Button type="submit" disabled={!dirty} loading={update.isPending}>
              Save
            </Button>
          </Group>
        </Grid.Col>
      </Grid>
    </form>
  );
}
