/**
 * Background checks, shown only to people with HR access (owners, and admins or members an owner
 * granted it): each person's status, result and report, and for owners who holds HR access.
 */
import {
  Alert,
  Badge,
  Button,
  Card,
  FileInput,
  Group,
  Modal,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type BackgroundCheck, backgroundCheckRoutes, urlOf } from '@vigil/api';
import type { BackgroundCheckResult, BackgroundCheckStatus } from '@vigil/core/training';
import { type FormEvent, useState } from 'react';
import { isFieldError } from '../api/client.ts';
import {
  useBackgroundChecks,
  useHrGrants,
  useSetHrGrant,
  useUpdateBackgroundCheck,
  useUploadReport,
} from '../api/training-hooks.ts';
import { QueryState } from './page-state.tsx';
import { ScrollTable } from './scroll-table.tsx';

const STATUS: Record<BackgroundCheckStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  complete: 'Complete',
};
const RESULT: Record<BackgroundCheckResult, string> = {
  clear: 'Clear',
  adjudicated: 'Adjudicated',
  exempt: 'Exempt',
};

function CheckForm({ check, onDone }: { check: BackgroundCheck; onDone: () => void }) {
  const save = useUpdateBackgroundCheck();
  const attach = useUploadReport();
  const [status, setStatus] = useState<BackgroundCheckStatus>(check.status);
  const [checkedOn, setCheckedOn] = useState(check.checkedOn ?? '');
  const [reference, setReference] = useState(check.providerReference ?? '');
  const [result, setResult] = useState<BackgroundCheckResult | null>(check.result);
  const [justification, setJustification] = useState(check.justification ?? '');
  const [file, setFile] = useState<File | null>(null);
  const err = (field: string) =>
    isFieldError(save.error, field) ? save.error.message.replace(/^[^:]+: /, '') : undefined;

  async function submit(e: FormEvent) {
    e.preventDefault();
    e.stopPropagation();
    await save.mutateAsync({
      personId: check.person.id,
      status,
      checkedOn: checkedOn || null,
      providerReference: reference || null,
      result: status === 'complete' ? result : null,
      justification: justification || null,
    });
    if (file) await attach.mutateAsync({ personId: check.person.id, file });
    onDone();
  }

  return (
    <form onSubmit={submit} noValidate aria-label={`Background check of ${check.person.name}`}>
      <Stack gap="sm">
        <Select
          label="Status"
          data={Object.entries(STATUS).map(([value, label]) => ({ value, label }))}
          value={status}
          onChange={(v) => setStatus((v as BackgroundCheckStatus) ?? 'not_started')}
          allowDeselect={false}
          error={err('status')}
        />
        <TextInput
          label="Date completed"
          type="date"
          value={checkedOn}
          onChange={(e) => setCheckedOn(e.currentTarget.value)}
          error={err('checkedOn')}
        />
        <TextInput
          label="Provider reference"
          value={reference}
          onChange={(e) => setReference(e.currentTarget.value)}
          error={err('providerReference')}
        />
        {status === 'complete' && (
          <Select
            label="Result"
            data={Object.entries(RESULT).map(([value, label]) => ({ value, label }))}
            value={result}
            onChange={(v) => setResult(v as BackgroundCheckResult | null)}
            error={err('result')}
          />
        )}
        {result === 'exempt' && status === 'complete' && (
          <Textarea
            label="Why this person is exempt"
            required
            value={justification}
            onChange={(e) => setJustification(e.currentTarget.value)}
            error={err('justification')}
          />
        )}
        <FileInput
          label="Provider's report"
          description="Only people with HR access can open it."
          placeholder="Choose a file"
          clearable
          value={file}
          onChange={setFile}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending || attach.isPending}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function GrantsCard() {
  const grants = useHrGrants(true);
  const set = useSetHrGrant();
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">
        Who has HR access
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Owners always have it. Grant it to the admins and members who handle screening.
      </Text>
      <QueryState query={grants} label="Loading members…">
        {(data) =>
          data.items.length === 0 ? (
            <Text size="sm">No admins or members yet.</Text>
          ) : (
            <Stack gap="xs">
              {data.items.map((g) => (
                <Switch
                  key={g.userId}
                  label={`${g.name} (${g.email})`}
                  checked={g.granted}
                  disabled={set.isPending}
                  onChange={(e) => set.mutate({ userId: g.userId, granted: e.currentTarget.checked })}
                />
              ))}
            </Stack>
          )
        }
      </QueryState>
    </Card>
  );
}

export function BackgroundChecksPanel({ canGrant }: { canGrant: boolean }) {
  const checks = useBackgroundChecks(true);
  const [editing, setEditing] = useState<BackgroundCheck | null>(null);
  return (
    <Stack gap="md">
      <Card withBorder>
        <Title order={2} size="h4" mb="xs">
          Background checks
        </Title>
        <Alert color="gray" mb="sm">
          Visible only to people with HR access. Reports are kept sealed and every change is in the audit
          trail.
        </Alert>
        <QueryState query={checks} label="Loading background checks…">
          {(data) =>
            data.items.length === 0 ? (
              <Text size="sm">Nobody is in the person register yet.</Text>
            ) : (
              <ScrollTable label="Background checks" minWidth={720}>
                <Table striped verticalSpacing="xs" aria-label="Background checks">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Person</Table.Th>
                      <Table.Th>Status</Table.Th>
                      <Table.Th>Result</Table.Th>
                      <Table.Th>Date</Table.Th>
                      <Table.Th>Report</Table.Th>
                      <Table.Th>Actions</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((c) => (
                      <Table.Tr key={c.person.id}>
                        <Table.Td>
                          <Text size="sm">{c.person.name}</Text>
                          <Text size="xs" c="dimmed">
                            {c.providerReference ? `Reference ${c.providerReference}` : c.person.email}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Badge
                            color={
                              c.status === 'complete' ? 'teal' : c.status === 'in_progress' ? 'blue' : 'gray'
                            }
                          >
                            {STATUS[c.status]}
                          </Badge>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{c.result ? RESULT[c.result] : '—'}</Text>
                          {c.justification && (
                            <Text size="xs" c="dimmed">
                              {c.justification}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>{c.checkedOn ?? '—'}</Table.Td>
                        <Table.Td>
                          {c.report ? (
                            <a
                              href={urlOf(backgroundCheckRoutes.report, {
                                params: { personId: c.person.id },
                              })}
                              download={c.report.fileName}
                            >
                              {c.report.fileName}
                            </a>
                          ) : (
                            '—'
                          )}
                        </Table.Td>
                        <Table.Td>
                          <Button
                            size="compact-xs"
                            variant="light"
                            onClick={() => setEditing(c)}
                            aria-label={`Record the background check of ${c.person.name}`}
                          >
                            Record
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollTable>
            )
          }
        </QueryState>
      </Card>
      {canGrant && <GrantsCard />}
      <Modal
        opened={!!editing}
        onClose={() => setEditing(null)}
        title={editing ? `Background check of ${editing.person.name}` : ''}
      >
        {editing && <CheckForm check={editing} onDone={() => setEditing(null)} />}
      </Modal>
    </Stack>
  );
}
