/** A person's onboarding checklist (due dates, done by hand with evidence or seen by Vigil) and offboarding (accounts, deadline, lag). */
import {
  Badge,
  Button,
  Card,
  Grid,
  Group,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import type { OnboardingItem, OnboardingTask, PersonDetail } from '@vigil/api';
import { lagInWords } from '@vigil/core/people';
import { type FormEvent, useState } from 'react';
import { fieldError } from '../api/client.ts';
import { useEvidenceList } from '../api/evidence-hooks.ts';
import { useAttestAccount, useCompleteOnboarding } from '../api/people-hooks.ts';
import { formatDate, formatDateTime } from './format.ts';
import { OFFBOARDING_STATE } from './people-labels.ts';
import { ScrollTable } from './scroll-table.tsx';

function CompleteForm({
  personId,
  task,
  onDone,
}: {
  personId: string;
  task: OnboardingTask;
  onDone: () => void;
}) {
  const complete = useCompleteOnboarding(personId);
  const evidence = useEvidenceList({ limit: 200 });
  const [evidenceId, setEvidenceId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  function submit(e: FormEvent) {
    e.preventDefault();
    if (!evidenceId) return;
    complete.mutate(
      { item: task.item as OnboardingItem, evidenceId, note: note.trim() || null },
      { onSuccess: onDone },
    );
  }
  return (
    <form onSubmit={submit} aria-label={`Mark done: ${task.title}`}>
      <Grid gap="xs" align="flex-end">
        <Grid.Col span={{ base: 12, sm: 5 }}>
          <Select
            label="Evidence that shows it done"
            required
            searchable
            placeholder="Choose an evidence item"
            data={(evidence.data?.items ?? []).map((i) => ({ value: i.id, label: i.title }))}
            value={evidenceId}
            onChange={setEvidenceId}
            error={fieldError(complete.error, 'evidenceId')}
            nothingFoundMessage="No evidence yet: upload it on the Evidence page"
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 5 }}>
          <TextInput label="Note" value={note} onChange={(e) => setNote(e.currentTarget.value)} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 2 }}>
          <Button type="submit" disabled={!evidenceId} loading={complete.isPending}>
            Mark done
          </Button>
        </Grid.Col>
      </Grid>
    </form>
  );
}

export function OnboardingCard({ person, manage }: { person: PersonDetail; manage: boolean }) {
  const [open, setOpen] = useState<string | null>(null);
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">
        Onboarding
      </Title>
      {person.onboarding.length === 0 ? (
        <Text size="sm">
          No onboarding checklist: {person.name} was not a new hire when added to the register.
        </Text>
      ) : (
        <Stack gap="xs">
          {person.onboarding.map((t) => (
            <div key={t.id}>
              <Group justify="space-between" wrap="wrap" gap="xs">
                <div>
                  <Text size="sm" fw={500}>
                    {t.title}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t.doneAt
                      ? `Done ${formatDateTime(t.doneAt)} ${t.doneByName ? `by ${t.doneByName}` : 'as Vigil saw it'}${t.note ? `: ${t.note}` : ''}`
                      : `Due ${formatDate(t.dueDate)}`}
                  </Text>
                </div>
                <Group gap="xs">
                  <Badge variant="light" color={t.doneAt ? 'teal' : t.overdue ? 'red' : 'gray'}>
                    {t.doneAt ? 'Done' : t.overdue ? 'Overdue' : 'Open'}
                  </Badge>
                  {manage && !t.doneAt && (
                    <Button
                      size="xs"
                      variant="light"
                      aria-expanded={open === t.id}
                      onClick={() => setOpen(open === t.id ? null : t.id)}
                      aria-label={`Mark done: ${t.title}`}
                    >
                      Mark done
                    </Button>
                  )}
                </Group>
              </Group>
              {open === t.id && <CompleteForm personId={person.id} task={t} onDone={() => setOpen(null)} />}
            </div>
          ))}
        </Stack>
      )}
    </Card>
  );
}

function AttestForm({ personId }: { personId: string }) {
  const attest = useAttestAccount(personId);
  const [form, setForm] = useState({ system: '', account: '', reason: '' });
  function submit(e: FormEvent) {
    e.preventDefault();
    attest.mutate(form, { onSuccess: () => setForm({ system: '', account: '', reason: '' }) });
  }
  return (
    <form onSubmit={submit} aria-labelledby="attest-title">
      <Title order={3} size="h5" id="attest-title" mt="md" mb="xs">
        Attest an account in a system Vigil does not watch
      </Title>
      <Grid gap="xs" align="flex-end">
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput
            label="System"
            required
            value={form.system}
            error={fieldError(attest.error, 'system')}
            onChange={(e) => setForm({ ...form, system: e.currentTarget.value })}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput
            label="Account"
            required
            value={form.account}
            error={fieldError(attest.error, 'account')}
            onChange={(e) => setForm({ ...form, account: e.currentTarget.value })}
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <Textarea
            label="How it was removed"
            required
            autosize
            minRows={2}
            value={form.reason}
            error={fieldError(attest.error, 'reason')}
            onChange={(e) => setForm({ ...form, reason: e.currentTarget.value })}
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <Button type="submit" variant="light" loading={attest.isPending}>
            Record the attestation
          </Button>
        </Grid.Col>
      </Grid>
    </form>
  );
}

export function OffboardingCard({ person, manage }: { person: PersonDetail; manage: boolean }) {
  const o = person.offboarding;
  if (!o) return null;
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs" id="offboarding-title">
        Offboarding
      </Title>
      <Text size="sm" mb="sm">
        Left on {formatDate(o.endDate)}. Every account had to be off within {o.slaBusinessDays} business{' '}
        {o.slaBusinessDays === 1 ? 'day' : 'days'}: by the end of{' '}
        {formatDate(new Date(Date.parse(o.deadline) - 1).toISOString().slice(0, 10))} (UTC).
      </Text>
      {o.accounts.length === 0 ? (
        <Text size="sm">No account to remove was found in the connected systems.</Text>
      ) : (
        <ScrollTable label="Offboarding accounts" minWidth={760}>
          <Table aria-labelledby="offboarding-title">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>System</Table.Th>
                <Table.Th>Account</Table.Th>
                <Table.Th>Last seen active</Table.Th>
                <Table.Th>Seen off</Table.Th>
                <Table.Th>Lag</Table.Th>
                <Table.Th>Result</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {o.accounts.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>{a.system}</Table.Td>
                  <Table.Td>
                    {a.account}
                    {a.attestedByName && (
                      <Text size="xs" c="dimmed">
                        Attested by {a.attestedByName}: {a.attestedReason}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {a.lastSeenActiveAt ? formatDateTime(a.lastSeenActiveAt) : 'Not after the end date'}
                  </Table.Td>
                  <Table.Td>{a.closedAt ? formatDateTime(a.closedAt) : 'Not yet'}</Table.Td>
                  <Table.Td>{lagInWords(a.lagMs)}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={OFFBOARDING_STATE[a.state].color}>
                      {OFFBOARDING_STATE[a.state].label}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      {manage && <AttestForm personId={person.id} />}
    </Card>
  );
}
