/**
 * One internal audit: the result of each control in scope with its notes and evidence, the findings
 * followed from open to closed, and completion once every control is tested. A completed audit is
 * shown read-only, with a link to the next one planned from it.
 */
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import type { InternalAudit } from '@vigil/api';
import {
  type AuditControlResult,
  type AuditFindingStatus,
  findingTransitionAllowed,
  untestedControls,
} from '@vigil/core/internal-audits';
import { can } from '@vigil/core/permissions';
import { type FormEvent, useRef, useState } from 'react';
import { fieldError } from '../api/client.ts';
import { useEvidenceList } from '../api/evidence-hooks.ts';
import { useSession } from '../api/hooks.ts';
import {
  useAddAuditFinding,
  useCompleteInternalAudit,
  useInternalAudit,
  useRecordAuditResult,
  useUpdateAuditFinding,
} from '../api/internal-audit-hooks.ts';
import { AnchorLink } from '../components/anchor-link.tsx';
import { formatDate } from '../components/format.ts';
import { PageHeader, QueryState } from '../components/page-state.tsx';
import { ScrollTable } from '../components/scroll-table.tsx';
import { AUDIT_STATUS, useMemberOptions } from './internal-audits.tsx';

const RESULTS: { value: AuditControlResult; label: string; color: string }[] = [
  { value: 'not_tested', label: 'Not tested', color: 'gray' },
  { value: 'effective', label: 'Effective', color: 'teal' },
  { value: 'exception', label: 'Exception', color: 'red' },
];
const FINDING: Record<AuditFindingStatus, { label: string; color: string }> = {
  open: { label: 'Open', color: 'red' },
  remediated: { label: 'Remediated', color: 'yellow' },
  closed: { label: 'Closed', color: 'teal' },
};
/** The buttons that move a finding, each shown only when the finding rules allow that step. */
const MOVES: { to: AuditFindingStatus; label: string }[] = [
  { to: 'remediated', label: 'Mark remediated' },
  { to: 'closed', label: 'Close' },
  { to: 'open', label: 'Reopen' },
];

type Result = InternalAudit['results'][number];

function ResultForm({
  auditId,
  r,
  evidence,
  onAddFinding,
}: {
  auditId: string;
  r: Result;
  evidence: { value: string; label: string }[];
  onAddFinding: (controlId: string) => void;
}) {
  const record = useRecordAuditResult(auditId);
  const [result, setResult] = useState<string | null>(r.result);
  const [notes, setNotes] = useState(r.notes);
  const [evidenceIds, setEvidenceIds] = useState(r.evidence.map((e) => e.id));
  const err = (f: string) => fieldError(record.error, f);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    record.mutate({
      controlId: r.controlId,
      body: { result: (result ?? 'not_tested') as AuditControlResult, notes, evidenceIds },
    });
  };
  return (
    <form onSubmit={submit} aria-label={`Result for ${r.controlCode}`}>
      <Stack gap="xs">
        <Title order={3} size="h5">
          {r.controlCode} {r.controlTitle}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label="Result"
            data={RESULTS}
            value={result}
            onChange={setResult}
            allowDeselect={false}
            error={err('result')}
          />
          <MultiSelect
            label="Evidence looked at"
            searchable
            data={evidence}
            value={evidenceIds}
            onChange={setEvidenceIds}
            error={err('evidenceIds')}
          />
        </SimpleGrid>
        <Textarea
          label="Notes"
          autosize
          minRows={2}
          value={notes}
          onChange={(e) => setNotes(e.currentTarget.value)}
          error={err('notes')}
        />
        <Group>
          <Button type="submit" variant="light" loading={record.isPending}>
            Save result
          </Button>
          {r.result === 'exception' && (
            <Button variant="subtle" onClick={() => onAddFinding(r.controlId)}>
              Add a finding for this exception
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}

function ResultsTable({ audit }: { audit: InternalAudit }) {
  return (
    <ScrollTable label="Results by control" minWidth={640}>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Control</Table.Th>
            <Table.Th>Result</Table.Th>
            <Table.Th>Notes</Table.Th>
            <Table.Th>Evidence</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {audit.results.map((r) => {
            const word = RESULTS.find((x) => x.value === r.result)!;
            return (
              <Table.Tr key={r.controlId}>
                <Table.Td>
                  {r.controlCode} {r.controlTitle}
                </Table.Td>
                <Table.Td>
                  <Badge color={word.color} variant="light">
                    {word.label}
                  </Badge>
                </Table.Td>
                <Table.Td>{r.notes || '—'}</Table.Td>
                <Table.Td>{r.evidence.map((e) => e.title).join(', ') || '—'}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

function FindingForm({
  audit,
  controlId,
  setControlId,
  descriptionRef,
}: {
  audit: InternalAudit;
  controlId: string | null;
  setControlId: (v: string | null) => void;
  descriptionRef: React.RefObject<HTMLTextAreaElement | null>;
}) {
  const add = useAddAuditFinding(audit.id);
  const members = useMemberOptions(true);
  const [description, setDescription] = useState('');
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [dueDate, setDueDate] = useState('');
  const [remediation, setRemediation] = useState('');
  const err = (f: string) => fieldError(add.error, f);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate(
      { description, controlId, ownerId, dueDate: dueDate === '' ? null : dueDate, remediation },
      {
        onSuccess: () => {
          setDescription('');
          setRemediation('');
        },
      },
    );
  };
  return (
    <form onSubmit={submit} aria-label="Add a finding">
      <Stack gap="xs">
        <Title order={3} size="h5">
          Add a finding
        </Title>
        <Textarea
          ref={descriptionRef}
          label="Finding"
          autosize
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={err('description')}
          required
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label="Control"
            data={audit.results.map((r) => ({
              value: r.controlId,
              label: `${r.controlCode} ${r.controlTitle}`,
            }))}
            value={controlId}
            onChange={setControlId}
            error={err('controlId')}
            clearable
          />
          <Select
            label="Finding owner"
            data={members}
            value={ownerId}
            onChange={setOwnerId}
            error={err('ownerId')}
            searchable
            clearable
          />
          <TextInput
            label="Due date"
            type="date"
            value={dueDate}
            onChange={(e) => setDueDate(e.currentTarget.value)}
            error={err('dueDate')}
          />
        </SimpleGrid>
        <Textarea
          label="Remediation"
          autosize
          minRows={2}
          value={remediation}
          onChange={(e) => setRemediation(e.currentTarget.value)}
          error={err('remediation')}
        />
        <Group>
          <Button type="submit" loading={add.isPending}>
            Add finding
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function FindingsTable({ audit, editable }: { audit: InternalAudit; editable: boolean }) {
  const update = useUpdateAuditFinding(audit.id);
  if (audit.findings.length === 0) return <Text c="dimmed">No finding recorded.</Text>;
  return (
    <ScrollTable label="Findings" minWidth={760}>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Finding</Table.Th>
            <Table.Th>Control</Table.Th>
            <Table.Th>Owner</Table.Th>
            <Table.Th>Due</Table.Th>
            <Table.Th>Remediation</Table.Th>
            <Table.Th>Status</Table.Th>
            {editable && <Table.Th>Next step</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {audit.findings.map((f) => (
            <Table.Tr key={f.id}>
              <Table.Td>{f.description}</Table.Td>
              <Table.Td>{f.controlCode ?? '—'}</Table.Td>
              <Table.Td>{f.ownerName ?? 'No owner'}</Table.Td>
              <Table.Td>{f.dueDate ? formatDate(f.dueDate) : '—'}</Table.Td>
              <Table.Td>{f.remediation || '—'}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Badge color={FINDING[f.status].color} variant="light">
                  {FINDING[f.status].label}
                </Badge>
              </Table.Td>
              {editable && (
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    {MOVES.filter((m) => findingTransitionAllowed(f.status, m.to)).map((m) => (
                      <Button
                        key={m.to}
                        size="xs"
                        variant="light"
                        aria-label={`${m.label}: ${f.description}`}
                        loading={update.isPending && update.variables?.auditFindingId === f.id}
                        onClick={() => update.mutate({ auditFindingId: f.id, body: { status: m.to } })}
                      >
                        {m.label}
                      </Button>
                    ))}
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

function Complete({ audit }: { audit: InternalAudit }) {
  const complete = useCompleteInternalAudit(audit.id);
  const [summary, setSummary] = useState(audit.summary);
  const untested = untestedControls(audit.results);
  return (
    <form
      aria-label="Complete the audit"
      onSubmit={(e) => {
        e.preventDefault();
        complete.mutate({ summary });
      }}
    >
      <Stack gap="xs">
        <Textarea
          label="Conclusion"
          autosize
          minRows={2}
          value={summary}
          onChange={(e) => setSummary(e.currentTarget.value)}
        />
        {untested.length > 0 && (
          <Text size="sm">
            Still to test before completing:{' '}
            {untested.map((r) => `${r.controlCode} ${r.controlTitle}`).join(', ')}.
          </Text>
        )}
        <Text size="sm" c="dimmed">
          Completing locks the audit and plans the next one a year later with the same controls.
        </Text>
        <Group>
          <Button type="submit" loading={complete.isPending} disabled={untested.length > 0}>
            Complete audit
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function AuditBody({ audit, canManage }: { audit: InternalAudit; canManage: boolean }) {
  const editable = canManage && audit.status !== 'completed';
  const evidence = useEvidenceList({ limit: 500 });
  const evidenceOptions = (evidence.data?.items ?? []).map((e) => ({ value: e.id, label: e.title }));
  const [findingControl, setFindingControl] = useState<string | null>(null);
  const descriptionRef = useRef<HTMLTextAreaElement | null>(null);
  const addFindingFor = (controlId: string) => {
    setFindingControl(controlId);
    descriptionRef.current?.focus();
  };
  return (
    <Stack gap="lg">
      {audit.status === 'completed' && (
        <Alert color="teal" title="Completed">
          <Stack gap={4}>
            <Text size="sm">
              This audit was completed
              {audit.completedAt ? ` on ${formatDate(audit.completedAt.slice(0, 10))}` : ''}: its results can
              no longer be changed. Its findings are followed up here until they are closed.
            </Text>
            {audit.summary && <Text size="sm">Conclusion: {audit.summary}</Text>}
            {audit.nextAuditId && (
              <AnchorLink
                to="/internal-audits/$internalAuditId"
                params={{ internalAuditId: audit.nextAuditId }}
                size="sm"
              >
                Open the next audit, planned from this one
              </AnchorLink>
            )}
          </Stack>
        </Alert>
      )}
      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          Results by control
        </Title>
        {editable ? (
          <Stack gap="lg">
            {audit.results.map((r) => (
              <ResultForm
                key={`${r.controlId}-${r.result}`}
                auditId={audit.id}
                r={r}
                evidence={evidenceOptions}
                onAddFinding={addFindingFor}
              />
            ))}
          </Stack>
        ) : (
          <ResultsTable audit={audit} />
        )}
      </Card>
      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          Findings
        </Title>
        <Stack gap="md">
          <FindingsTable audit={audit} editable={canManage} />
          {editable && (
            <FindingForm
              audit={audit}
              controlId={findingControl}
              setControlId={setFindingControl}
              descriptionRef={descriptionRef}
            />
          )}
        </Stack>
      </Card>
      {editable && (
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            Complete the audit
          </Title>
          <Complete audit={audit} />
        </Card>
      )}
    </Stack>
  );
}

export function InternalAuditDetailPage() {
  const { internalAuditId } = useParams({ strict: false }) as { internalAuditId: string };
  const session = useSession();
  const role = session.data?.org?.role;
  const canManage = !!role && can(role, 'internal_audits.manage');
  const audit = useInternalAudit(internalAuditId);
  return (
    <QueryState query={audit} label="internal audit">
      {(a) => (
        <>
          <PageHeader
            title={a.title}
            description={
              <>
                <Badge color={AUDIT_STATUS[a.status].color} variant="light" mr="xs">
                  {AUDIT_STATUS[a.status].label}
                </Badge>
                Planned for {formatDate(a.plannedDate)}
                {a.auditorName ? ` with ${a.auditorName} as lead auditor` : ''}; covers{' '}
                {formatDate(a.periodStart)} to {formatDate(a.periodEnd)}.{' '}
                <AnchorLink to="/internal-audits" underline="always">
                  All internal audits
                </AnchorLink>
              </>
            }
          />
          <AuditBody audit={a} canManage={canManage} />
        </>
      )}
    </QueryState>
  );
}
