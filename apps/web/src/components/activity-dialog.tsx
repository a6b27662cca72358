/**
 * One activity occurrence in a dialog: what to do and what evidence completes it, its owner and
 * due date (editable while open), completion with an uploaded file or an existing evidence item,
 * and every earlier occurrence of the same activity.
 */
import {
  Alert,
  Button,
  FileInput,
  Group,
  Modal,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import type { ActivityDetail } from '@vigil/api';
import { type FormEvent, useState } from 'react';
import { useActivity, useCompleteActivity, useUpdateActivity } from '../api/activity-hooks.ts';
import { useUsers } from '../api/admin-hooks.ts';
import { fieldError } from '../api/client.ts';
import { useEvidenceList } from '../api/evidence-hooks.ts';
import { AnchorLink } from './anchor-link.tsx';
import { ActivityStatus } from './calendar-month.tsx';
import { formatDate, formatDateTime, humanize } from './format.ts';
import { QueryState } from './page-state.tsx';
import { ScrollTable } from './scroll-table.tsx';

function EditForm({ a, canSeeMembers }: { a: ActivityDetail; canSeeMembers: boolean }) {
  const users = useUsers(canSeeMembers);
  const update = useUpdateActivity();
  const [ownerId, setOwnerId] = useState(a.ownerId ?? '');
  const [dueDate, setDueDate] = useState(a.dueDate);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    update.mutate({ activityId: a.id, ownerId: ownerId || null, dueDate });
  };
  const options = [
    { value: '', label: 'Unassigned' },
    ...(users.data?.items ?? []).map((u) => ({ value: u.id, label: u.name })),
  ];
  if (a.ownerId && !options.some((o) => o.value === a.ownerId))
    options.push({ value: a.ownerId, label: a.ownerName ?? 'Current owner' });
  return (
    <form onSubmit={submit} aria-label="Owner and due date">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label="Owner"
          data={options}
          value={ownerId}
          onChange={(v) => setOwnerId(v ?? '')}
          allowDeselect={false}
          error={fieldError(update.error, 'ownerId')}
          style={{ flex: '1 1 200px' }}
        />
        <TextInput
          label="Due date"
          type="date"
          value={dueDate}
          onChange={(e) => setDueDate(e.currentTarget.value)}
          error={fieldError(update.error, 'dueDate')}
          style={{ flex: '1 1 160px' }}
        />
        <Button type="submit" variant="light" loading={update.isPending}>
          Save
        </Button>
      </Group>
    </form>
  );
}

function CompleteForm({ a }: { a: ActivityDetail }) {
  const complete = useCompleteActivity();
  const [source, setSource] = useState<'upload' | 'existing'>('upload');
  const evidence = useEvidenceList({ limit: 200, controlId: a.controlId });
  const [file, setFile] = useState<File | null>(null);
  const [evidenceId, setEvidenceId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // Once done, the dialog shows the completed record in place of this form.
    complete.mutate({
      activityId: a.id,
      controlId: a.controlId,
      evidenceTitle: `${a.title}, period ending ${a.periodEnd}`,
      file: source === 'upload' ? file : null,
      evidenceId: source === 'existing' ? evidenceId : null,
      note: note.trim() || undefined,
    });
  };
  const missing = fieldError(complete.error, 'evidenceId') ?? fieldError(complete.error, 'file');
  return (
    <form onSubmit={submit} aria-label="Complete the activity">
      <Stack gap="sm">
        <Title order={3} size="h5">
          Complete it
        </Title>
        <Text size="sm">Evidence that completes it: {a.evidenceHint}</Text>
        <SegmentedControl
          aria-label="Evidence"
          value={source}
          onChange={(v) => setSource(v as 'upload' | 'existing')}
          data={[
            { value: 'upload', label: 'Upload a file' },
            { value: 'existing', label: 'Choose existing evidence' },
          ]}
        />
        {source === 'upload' ? (
          <FileInput
            label="Evidence file"
            placeholder="Choose a file"
            value={file}
            onChange={setFile}
            clearable
            error={missing}
          />
        ) : (
          <Select
            label="Evidence item"
            placeholder={evidence.data?.items.length ? 'Choose an item' : 'No evidence for this control yet'}
            searchable
            data={(evidence.data?.items ?? []).map((e) => ({
              value: e.id,
              label: `${e.title} (${formatDate(e.createdAt.slice(0, 10))})`,
            }))}
            value={evidenceId}
            onChange={setEvidenceId}
            error={missing}
          />
        )}
        <Textarea
          label="Note"
          description="Optional: what was found or decided"
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          autosize
          minRows={2}
          error={fieldError(complete.error, 'note')}
        />
        {complete.error && !missing && (
          <Alert color="red" role="alert">
            {complete.error.message}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={complete.isPending}>
            Mark complete
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function History({ a }: { a: ActivityDetail }) {
  if (a.history.length <= 1) return null;
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        Every occurrence
      </Title>
      <ScrollTable label="Every occurrence" minWidth={520}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Period ending</Table.Th>
              <Table.Th>Due</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Completed</Table.Th>
              <Table.Th>Evidence</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {a.history.map((h) => (
              <Table.Tr key={h.id}>
                <Table.Td>{formatDate(h.periodEnd)}</Table.Td>
                <Table.Td>{formatDate(h.dueDate)}</Table.Td>
                <Table.Td>
                  <ActivityStatus a={h} />
                </Table.Td>
                <Table.Td>
                  {h.completedOn ? `${formatDate(h.completedOn)} by ${h.completedByName ?? 'someone'}` : '—'}
                </Table.Td>
                <Table.Td>
                  {h.evidenceId ? (
                    <AnchorLink to="/evidence" search={{ item: h.evidenceId }} size="sm">
                      {h.evidenceTitle ?? 'Evidence'}
                    </AnchorLink>
                  ) : (
                    '—'
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Stack>
  );
}

function Details({
  a,
  canManage,
  canSeeMembers,
}: {
  a: ActivityDetail;
  canManage: boolean;
  canSeeMembers: boolean;
}) {
  return (
    <Stack gap="md">
      <Group gap="xs">
        <ActivityStatus a={a} />
        <Text size="sm" c="dimmed">
          {humanize(a.frequency)}, for the period ending {formatDate(a.periodEnd)}
        </Text>
      </Group>
      <Text size="sm">
        Control:{' '}
        <AnchorLink to="/controls/$controlId" params={{ controlId: a.controlId }}>
          {a.controlCode} {a.controlTitle}
        </AnchorLink>
      </Text>
      <Text size="sm">
        Owner: {a.ownerName ?? 'Unassigned'} · Due {formatDate(a.dueDate)}
      </Text>
      {a.status === 'completed' ? (
        <Stack gap={4}>
          <Text size="sm">
            Completed on {formatDate(a.completedOn)} by {a.completedByName ?? 'someone'}
            {a.late ? ', after the due date' : ''} ({formatDateTime(a.completedAt)}).
          </Text>
          {a.evidenceId && (
            <Text size="sm">
              Evidence:{' '}
              <AnchorLink to="/evidence" search={{ item: a.evidenceId }}>
                {a.evidenceTitle ?? 'open'}
              </AnchorLink>
            </Text>
          )}
          {a.note && <Text size="sm">Note: {a.note}</Text>}
        </Stack>
      ) : (
        canManage && (
          <>
            <EditForm key={`${a.id}-${a.ownerId}-${a.dueDate}`} a={a} canSeeMembers={canSeeMembers} />
            <CompleteForm a={a} />
          </>
        )
      )}
      <History a={a} />
    </Stack>
  );
}

export function ActivityDialog({
  activityId,
  canManage,
  canSeeMembers,
  onClose,
}: {
  activityId: string | undefined;
  canManage: boolean;
  canSeeMembers: boolean;
  onClose: () => void;
}) {
  const activity = useActivity(activityId);
  return (
    <Modal
      opened={!!activityId}
      onClose={onClose}
      size="lg"
      title={activity.data ? `${activity.data.title} for ${activity.data.controlCode}` : 'Activity'}
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <QueryState query={activity} label="Loading activity…">
        {(a) => <Details a={a} canManage={canManage} canSeeMembers={canSeeMembers} />}
      </QueryState>
    </Modal>
  );
}
