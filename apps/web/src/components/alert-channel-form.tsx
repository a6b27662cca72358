/** Adds or edits an alert channel: kind, name, where it goes, and which events it hears about. */
import { Button, Checkbox, Grid, Group, Select, Switch, TextInput } from '@mantine/core';
import type { AlertKind, ChannelKind, ChannelView, ChannelWithSecret } from '@vigil/api';
import { type FormEvent, useState } from 'react';
import { useCreateChannel, useUpdateChannel } from '../api/alert-hooks.ts';
import { fieldError } from '../api/client.ts';

/** The events a channel can carry; keyed by the server's AlertKind, so a new kind needs a label here. */
export const EVENTS: Record<AlertKind, string> = {
  fail: 'A check starts failing',
  recovered: 'A check recovers',
  connector_error: 'A connector run fails',
  stale: 'Data goes stale',
  due_soon: 'A task is due soon (reminders to the person)',
  overdue: 'A task is overdue (escalation to its owner)',
};
type EventKind = AlertKind;
const EVENT_KINDS = Object.keys(EVENTS) as EventKind[];

const KINDS: Record<ChannelKind, { label: string; target: string; placeholder: string }> = {
  email: { label: 'Email', target: 'Addresses', placeholder: 'security@acme.test, cto@acme.test' },
  webhook: { label: 'Webhook (signed)', target: 'URL', placeholder: 'https://hooks.acme.test/vigil' },
  slack: {
    label: 'Slack',
    target: 'Incoming webhook URL',
    placeholder: 'https://hooks.slack.com/services/…',
  },
};

interface Props {
  channel?: ChannelView;
  onCreated?: (c: ChannelWithSecret) => void;
  onDone?: () => void;
}

export function AlertChannelForm({ channel, onCreated, onDone }: Props) {
  const create = useCreateChannel();
  const update = useUpdateChannel();
  const editing = !!channel;
  const mutation = editing ? update : create;
  const [kind, setKind] = useState<ChannelKind>(channel?.kind ?? 'email');
  const [name, setName] = useState(channel?.name ?? '');
  // Slack URLs come back shortened (they are credentials): an edit leaves them alone unless retyped.
  const [target, setTarget] = useState(channel && channel.kind !== 'slack' ? channel.target : '');
  const [events, setEvents] = useState<string[]>(channel?.events ?? EVENT_KINDS);
  const [enabled, setEnabled] = useState(channel?.enabled ?? true);
  const err = (field: string) => fieldError(mutation.error, field);

  function submit(e: FormEvent) {
    e.preventDefault();
    const chosen = events.filter((x): x is EventKind => x in EVENTS);
    if (channel) {
      update.mutate(
        { id: channel.id, name, events: chosen, enabled, ...(target.trim() ? { target } : {}) },
        { onSuccess: () => onDone?.() },
      );
    } else {
      create.mutate(
        { kind, name, target, events: chosen, enabled },
        {
          onSuccess: (c) => {
            setName('');
            setTarget('');
            onCreated?.(c);
          },
        },
      );
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-label={editing ? 'Edit alert channel' : 'Add an alert channel'}>
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <Select
            label="Kind"
            allowDeselect={false}
            disabled={editing}
            data={(Object.keys(KINDS) as ChannelKind[]).map((value) => ({
              value,
              label: KINDS[value].label,
            }))}
            value={kind}
            onChange={(v) => v && setKind(v as ChannelKind)}
            error={err('kind')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 8 }}>
          <TextInput
            label="Name"
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={err('name')}
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <TextInput
            label={KINDS[kind].target}
            required={!editing}
            placeholder={
              editing && channel?.kind === 'slack' ? `${channel.target} (unchanged)` : KINDS[kind].placeholder
            }
            description={
              kind === 'email' ? 'Control owners are added to each alert about their controls.' : undefined
            }
            value={target}
            onChange={(e) => setTarget(e.currentTarget.value)}
            error={err('target')}
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <Checkbox.Group label="Events" value={events} onChange={setEvents} error={err('events')}>
            <Group gap="md" mt={4}>
              {EVENT_KINDS.map((k) => (
                <Checkbox key={k} value={k} label={EVENTS[k]} />
              ))}
            </Group>
          </Checkbox.Group>
        </Grid.Col>
        <Grid.Col span={12}>
          <Group justify="space-between">
            <Switch label="Enabled" checked={enabled} onChange={(e) => setEnabled(e.currentTarget.checked)} />
            <Group gap="sm">
              {onDone && editing && (
                <Button variant="default" onClick={onDone}>
                  Cancel
                </Button>
              )}
              <Button
                type="submit"
                loading={mutation.isPending}
                disabled={!name.trim() || (!editing && !target.trim())}
              >
                {editing ? 'Save channel' : 'Add channel'}
              </Button>
            </Group>
          </Group>
        </Grid.Col>
      </Grid>
    </form>
  );
}
