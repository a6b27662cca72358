/**
 * The request list of one engagement: what the auditor asked for, filtered by status, assignee or
 * overdue; importing the auditor's spreadsheet with its own column names, or opening one request per
 * control; and one request in full with its thread, the evidence given and the buttons of each side.
 */
import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  FileInput,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import type { AuditRequestSummary } from '@vigil/api';
import {
  type AuditRequestStatus,
  REQUEST_LIST_COLUMNS,
  type RequestListField,
  requestTransition,
} from '@vigil/core/audit-requests';
import { can } from '@vigil/core/permissions';
import { type FormEvent, useState } from 'react';
import { useUsers } from '../api/admin-hooks.ts';
import {
  type RequestFilters,
  useAuditRequest,
  useAuditRequests,
  useEngagement,
  useGenerateRequests,
  useImportRequests,
  useRequestActions,
} from '../api/audit-request-hooks.ts';
import { fieldError } from '../api/client.ts';
import { useEvidenceList, useUploadEvidence } from '../api/evidence-hooks.ts';
import { useSession } from '../api/hooks.ts';
import { AnchorLink } from '../components/anchor-link.tsx';
import { ChoiceField, DateField, NotesField, TextField } from '../components/form-fields.tsx';
import { formatDate } from '../components/format.ts';
import { PageHeader, QueryState } from '../components/page-state.tsx';
import { ScrollTable } from '../components/scroll-table.tsx';

const route = getRouteApi('/app/engagements/$engagementId/requests');

export const REQUEST_STATUS: Record<AuditRequestStatus, { label: string; color: string }> = {
  open: { label: 'Open', color: 'gray' },
  submitted: { label: 'Submitted', color: 'blue' },
  flagged: { label: 'Flagged', color: 'red' },
  accepted: { label: 'Accepted', color: 'teal' },
};
const STATUS_OPTIONS = (Object.keys(REQUEST_STATUS) as AuditRequestStatus[]).map((value) => ({
  value,
  label: REQUEST_STATUS[value].label,
}));

/** A file's bytes as base64, for a workbook sent inside JSON. */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

function ImportDialog({ engagementId, onClose }: { engagementId: string; onClose: () => void }) {
  const importList = useImportRequests(engagementId);
  const [file, setFile] = useState<File | null>(null);
  const [columns, setColumns] = useState<Partial<Record<RequestListField, string>>>({});
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    const xlsx = /\.xlsx$/i.test(file.name);
    const content = xlsx ? await base64Of(file) : await file.text();
    const chosen = Object.fromEntries(Object.entries(columns).filter(([, v]) => v?.trim()));
    importList.mutate(
      { fileName: file.name, content, encoding: xlsx ? 'base64' : 'text', columns: chosen },
      { onSuccess: onClose },
    );
  };
  const fileError = fieldError(importList.error, 'file');
  return (
    <form onSubmit={submit} aria-label="Import the request list">
      <Stack>
        <FileInput
          label="Request list (CSV or Excel workbook)"
          accept=".csv,.xlsx,text/csv"
          value={file}
          onChange={setFile}
          required
          clearable
        />
        <Text size="sm">
          Which column holds each detail? Leave a box empty when the column has its usual name.
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {REQUEST_LIST_COLUMNS.map((c) => (
            <TextField
              key={c.field}
              label={`Column for ${c.label}`}
              description={`Usually "${c.headers[0]}"${c.required ? '' : ' (optional)'}`}
              value={columns[c.field] ?? ''}
              onChange={(v) => setColumns((prev) => ({ ...prev, [c.field]: v }))}
            />
          ))}
        </SimpleGrid>
        {fileError && (
          <Alert color="red" title="The list was not imported">
            {fileError}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={importList.isPending} disabled={!file}>
            Import
          </Button>
          <Button variant="subtle" onClick={onClose}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function EvidenceGiver({ engagementId, requestId }: { engagementId: string; requestId: string }) {
  const actions = useRequestActions(engagementId, requestId);
  const library = useEvidenceList({ limit: 200 });
  const upload = useUploadEvidence();
  const [chosen, setChosen] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const uploadAndLink = (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    upload.mutate(
      { file, title: title.trim() || file.name, onProgress: () => {} },
      { onSuccess: (item) => actions.link.mutate(item.id, { onSuccess: () => setFile(null) }) },
    );
  };
  return (
    <Stack gap="xs">
      <form
        aria-label="Add evidence from the library"
        onSubmit={(e) => {
          e.preventDefault();
          if (chosen) actions.link.mutate(chosen);
        }}
      >
        <Group align="flex-end">
          <ChoiceField
            label="Evidence from the library"
            data={(library.data?.items ?? []).map((i) => ({ value: i.id, label: i.title }))}
            value={chosen}
            onChange={setChosen}
            clearable
            error={fieldError(actions.link.error, 'evidenceId')}
          />
          <Button type="submit" variant="light" disabled={!chosen} loading={actions.link.isPending}>
            Add
          </Button>
        </Group>
      </form>
      <form aria-label="Upload new evidence" onSubmit={uploadAndLink}>
        <Group align="flex-end">
          <FileInput label="Or upload a file" value={file} onChange={setFile} clearable />
          <TextField label="Title of the evidence" value={title} onChange={setTitle} />
          <Button type="submit" variant="light" disabled={!file} loading={upload.isPending}>
            Upload and add
          </Button>
        </Group>
      </form>
    </Stack>
  );
}

function RequestDetail({
  engagementId,
  requestId,
  members,
}: {
  engagementId: string;
  requestId: string;
  members: { value: string; label: string }[];
}) {
  const query = useAuditRequest(engagementId, requestId);
  const actions = useRequestActions(engagementId, requestId);
  const session = useSession();
  const role = session.data?.org?.role;
  const company = !!role && can(role, 'audit_work.respond');
  const auditor = !!role && can(role, 'audit_work.test');
  const commenter = !!role && can(role, 'audit_work.comment');
  const [reason, setReason] = useState('');
  const [comment, setComment] = useState('');
  return (
    <QueryState query={query} label="Loading the request…">
      {(r) => {
        const allowed = (step: 'submit' | 'accept' | 'flag') => 'to' in requestTransition(r.status, step);
        return (
          <Card withBorder padding="md" aria-label={`Request ${r.reference}`} component="section">
            <Stack>
              <Group justify="space-between">
                <Title order={2} size="h4">
                  {r.reference}
                </Title>
                <Badge color={REQUEST_STATUS[r.status].color}>{REQUEST_STATUS[r.status].label}</Badge>
              </Group>
              <Text>{r.description}</Text>
              {r.controls.length > 0 && (
                <Text size="sm">Controls: {r.controls.map((c) => `${c.code} ${c.title}`).join('; ')}</Text>
              )}
              {r.criteria.length > 0 && <Text size="sm">Criteria: {r.criteria.join(', ')}</Text>}
              {r.status === 'flagged' && r.flagReason && (
                <Alert color="red" title="The auditor flagged this request">
                  {r.flagReason}
                </Alert>
              )}
              {company && r.status !== 'accepted' && (
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <ChoiceField
                    label="Assignee"
                    data={members}
                    value={r.assigneeId}
                    onChange={(v) => actions.update.mutate({ assigneeId: v })}
                    clearable
                    error={fieldError(actions.update.error, 'assigneeId')}
                  />
                  <DateField
                    label="Due date"
                    value={r.dueDate ?? ''}
                    onChange={(v) => actions.update.mutate({ dueDate: v || null })}
                    error={fieldError(actions.update.error, 'dueDate')}
                  />
                </SimpleGrid>
              )}
              {!company && (
                <Text size="sm">
                  Assignee: {r.assigneeName ?? 'nobody yet'} · Due:{' '}
                  {r.dueDate ? formatDate(r.dueDate) : 'no date'}
                </Text>
              )}
              <Title order={3} size="h5">
                Evidence given
              </Title>
              {r.evidence.length === 0 ? (
                <Text size="sm">No evidence given yet.</Text>
              ) : (
                <Stack gap={2}>
                  {r.evidence.map((e) => (
                    <Text key={e.id} size="sm">
                      {e.title} ({e.fileName})
                    </Text>
                  ))}
                </Stack>
              )}
              {company && (r.status === 'open' || r.status === 'flagged') && (
                <EvidenceGiver engagementId={engagementId} requestId={r.id} />
              )}
              <Group>
                {company && allowed('submit') && (
                  <Button onClick={() => actions.submit.mutate(undefined)} loading={actions.submit.isPending}>
                    {r.status === 'flagged' ? 'Resubmit to the auditor' : 'Submit to the auditor'}
                  </Button>
                )}
                {auditor && allowed('accept') && (
                  <Button
                    color="teal"
                    onClick={() => actions.accept.mutate(undefined)}
                    loading={actions.accept.isPending}
                  >
                    Accept
                  </Button>
                )}
              </Group>
              {auditor && allowed('flag') && (
                <form
                  aria-label="Flag the request"
                  onSubmit={(e) => {
                    e.preventDefault();
                    actions.flag.mutate(reason, { onSuccess: () => setReason('') });
                  }}
                >
                  <Stack gap="xs">
                    <NotesField
                      label="What is missing or wrong"
                      value={reason}
                      onChange={setReason}
                      error={fieldError(actions.flag.error, 'reason')}
                    />
                    <Group>
                      <Button type="submit" color="red" variant="light" loading={actions.flag.isPending}>
                        Flag and send back
                      </Button>
                    </Group>
                  </Stack>
                </form>
              )}
              <Title order={3} size="h5">
                Conversation
              </Title>
              {r.comments.length === 0 && <Text size="sm">No comments yet.</Text>}
              {r.comments.map((c) => (
                <Card key={c.id} withBorder padding="xs">
                  <Text size="xs" c="dimmed">
                    {c.authorName ?? 'Former member'}
                    {c.fromAuditor ? ' (auditor)' : ''} · {new Date(c.createdAt).toLocaleString()}
                  </Text>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {c.body}
                  </Text>
                </Card>
              ))}
              {commenter && (
                <form
                  aria-label="Add a comment"
                  onSubmit={(e) => {
                    e.preventDefault();
                    actions.comment.mutate(comment, { onSuccess: () => setComment('') });
                  }}
                >
                  <Stack gap="xs">
                    <NotesField
                      label="Comment"
                      value={comment}
                      onChange={setComment}
                      error={fieldError(actions.comment.error, 'body')}
                    />
                    <Group>
                      <Button type="submit" variant="light" loading={actions.comment.isPending}>
                        Add comment
                      </Button>
                    </Group>
                  </Stack>
                </form>
              )}
              <Title order={3} size="h5">
                History
              </Title>
              <Stack gap={2}>
                {r.history.map((h) => (
                  <Text key={`${h.at}${h.sentence}`} size="sm">
                    {new Date(h.at).toLocaleString()}: {h.sentence}
                  </Text>
                ))}
              </Stack>
            </Stack>
          </Card>
        );
      }}
    </QueryState>
  );
}

function RequestTable({
  items,
  selected,
  onSelect,
}: {
  items: AuditRequestSummary[];
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  return (
    <ScrollTable label="Requests" minWidth={640}>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Reference</Table.Th>
            <Table.Th>Request</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Assignee</Table.Th>
            <Table.Th>Due</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((r) => (
            <Table.Tr key={r.id} aria-selected={selected === r.id}>
              <Table.Td>
                <Button variant="subtle" size="compact-sm" onClick={() => onSelect(r.id)}>
                  {r.reference}
                </Button>
              </Table.Td>
              <Table.Td>{r.description}</Table.Td>
              <Table.Td>
                <Badge color={REQUEST_STATUS[r.status].color}>{REQUEST_STATUS[r.status].label}</Badge>
              </Table.Td>
              <Table.Td>{r.assigneeName ?? '—'}</Table.Td>
              <Table.Td>
                {r.dueDate ? formatDate(r.dueDate) : '—'}
                {r.overdue && (
                  <Badge color="red" variant="light" ml={6}>
                    Overdue
                  </Badge>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

export function EngagementRequestsPage() {
  const { engagementId } = route.useParams();
  const engagement = useEngagement(engagementId);
  const session = useSession();
  const role = session.data?.org?.role;
  const company = !!role && can(role, 'audit_work.respond');
  const users = useUsers(company);
  const members = (users.data?.items ?? [])
    .filter((u) => u.role !== 'auditor' && u.role !== 'employee')
    .map((u) => ({ value: u.id, label: u.name }));
  const [status, setStatus] = useState<AuditRequestStatus | null>(null);
  const [assigneeId, setAssigneeId] = useState<string | null>(null);
  const [overdue, setOverdue] = useState(false);
  const filters: RequestFilters = {
    ...(status ? { status } : {}),
    ...(assigneeId ? { assigneeId } : {}),
    ...(overdue ? { overdue: 'true' as const } : {}),
  };
  const list = useAuditRequests(engagementId, filters);
  const generate = useGenerateRequests(engagementId);
  const [importing, setImporting] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <Stack>
      <PageHeader
        title={engagement.data ? `Requests: ${engagement.data.name}` : 'Requests'}
        description="What the auditor asked for, who answers it and where it stands."
        actions={
          company && (
            <>
              <Button onClick={() => setImporting(true)}>Import request list</Button>
              <Button variant="light" onClick={() => generate.mutate(undefined)} loading={generate.isPending}>
                Open one request per control
              </Button>
            </>
          )
        }
      />
      <AnchorLink to="/engagements/$engagementId" params={{ engagementId }}>
        Back to the audit workspace
      </AnchorLink>
      <Modal
        opened={importing}
        onClose={() => setImporting(false)}
        title="Import the auditor's request list"
        size="lg"
      >
        <ImportDialog engagementId={engagementId} onClose={() => setImporting(false)} />
      </Modal>
      <Group align="flex-end">
        <Select
          label="Status"
          data={STATUS_OPTIONS}
          value={status}
          onChange={(v) => setStatus(v as AuditRequestStatus | null)}
          clearable
          placeholder="Any status"
        />
        {company && (
          <Select
            label="Assignee"
            data={members}
            value={assigneeId}
            onChange={setAssigneeId}
            clearable
            placeholder="Anyone"
          />
        )}
        <Checkbox
          label="Overdue only"
          checked={overdue}
          onChange={(e) => setOverdue(e.currentTarget.checked)}
        />
      </Group>
      <QueryState query={list} label="Loading the requests…">
        {(data) =>
          data.items.length === 0 ? (
            <Text>No requests match.</Text>
          ) : (
            <RequestTable items={data.items} selected={selected} onSelect={setSelected} />
          )
        }
      </QueryState>
      {selected && <RequestDetail engagementId={engagementId} requestId={selected} members={members} />}
    </Stack>
  );
}
