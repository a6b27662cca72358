/**
 * Testing and exceptions of one engagement: per control (grouped by criterion) the attributes the
 * auditor tests, the procedure and the conclusion, with its exceptions; the exceptions register
 * with management's responses and remediation, filterable, and downloadable as CSV or spreadsheet.
 * The auditor writes tests and exceptions; the company writes responses and remediation.
 */
import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { type AuditException, auditTestingRoutes, type ControlTest, urlOf } from '@vigil/api';
import {
  CONCLUSION_WORDS,
  type ControlTestConclusion,
  EXCEPTION_CONCLUSION_WORDS,
  type ExceptionConclusion,
  REMEDIATION_WORDS,
  type RemediationStatus,
} from '@vigil/core/audit-testing';
import { can } from '@vigil/core/permissions';
import { type FormEvent, useState } from 'react';
import {
  useEngagementTesting,
  useExceptionsRegister,
  useManagementResponse,
  useRecordAuditException,
  useRecordControlTest,
  useUpdateAuditException,
} from '../api/audit-testing-hooks.ts';
import { fieldError } from '../api/client.ts';
import { useSession } from '../api/hooks.ts';
import { ChoiceField, DateField, FormActions, NotesField, TextField } from '../components/form-fields.tsx';
import { formatDate } from '../components/format.ts';
import { PageHeader, QueryState } from '../components/page-state.tsx';
import { ScrollTable } from '../components/scroll-table.tsx';
import { useMemberOptions } from './internal-audits.tsx';

const CONCLUSION_COLOR: Record<ControlTestConclusion, string> = {
  not_tested: 'gray',
  no_exceptions: 'teal',
  exceptions_noted: 'red',
};
const REMEDIATION_COLOR: Record<RemediationStatus, string> = {
  open: 'red',
  in_progress: 'yellow',
  remediated: 'teal',
};
const sentence = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const options = <T extends string>(words: Record<T, string>) =>
  (Object.keys(words) as T[]).map((value) => ({ value, label: sentence(words[value]) }));

function ConclusionBadge({ conclusion }: { conclusion: ControlTestConclusion }) {
  return (
    <Badge color={CONCLUSION_COLOR[conclusion]} variant="light">
      {sentence(CONCLUSION_WORDS[conclusion])}
    </Badge>
  );
}

function RemediationBadge({ status }: { status: RemediationStatus }) {
  return (
    <Badge color={REMEDIATION_COLOR[status]} variant="light">
      {sentence(REMEDIATION_WORDS[status])}
    </Badge>
  );
}

/** The auditor's test of one control: attributes in order, procedure, conclusion. */
function TestForm({ engagementId, control }: { engagementId: string; control: ControlTest }) {
  const record = useRecordControlTest(engagementId);
  const [attributes, setAttributes] = useState<string[]>(
    control.attributes.length > 0 ? control.attributes : [''],
  );
  const [procedure, setProcedure] = useState(control.procedure);
  const [conclusion, setConclusion] = useState<ControlTestConclusion | null>(control.conclusion);
  const err = (f: string) => fieldError(record.error, f);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    record.mutate({
      controlId: control.controlId,
      body: { attributes, procedure, conclusion: conclusion ?? 'not_tested' },
    });
  };
  return (
    <form onSubmit={submit} aria-label={`Test of ${control.controlCode}`}>
      <Stack gap="xs">
        <Text fw={600} size="sm">
          Attributes tested
        </Text>
        {attributes.map((a, i) => (
          <Group key={i} align="end" wrap="nowrap">
            <div style={{ flex: 1 }}>
              <TextField
                label={`Attribute ${i + 1}`}
                value={a}
                onChange={(v) => setAttributes(attributes.map((x, j) => (j === i ? v : x)))}
              />
            </div>
            <Button
              variant="subtle"
              color="red"
              onClick={() => setAttributes(attributes.filter((_, j) => j !== i))}
              aria-label={`Remove attribute ${i + 1}`}
            >
              Remove
            </Button>
          </Group>
        ))}
        <Group>
          <Button variant="light" size="xs" onClick={() => setAttributes([...attributes, ''])}>
            Add an attribute
          </Button>
        </Group>
        <NotesField
          label="Procedure and notes"
          value={procedure}
          onChange={setProcedure}
          error={err('procedure')}
        />
        <ChoiceField
          label="Conclusion"
          data={options(CONCLUSION_WORDS)}
          value={conclusion}
          onChange={setConclusion}
          error={err('conclusion')}
        />
        <FormActions label="Save the test" pending={record.isPending} variant="light" />
      </Stack>
    </form>
  );
}

/** The auditor records an exception found while testing the control. */
function ExceptionForm({ engagementId, control }: { engagementId: string; control: ControlTest }) {
  const record = useRecordAuditException(engagementId);
  const [criterionId, setCriterionId] = useState<string | null>(control.criteria[0] ?? null);
  const [sampleLabel, setSampleLabel] = useState('');
  const [description, setDescription] = useState('');
  const [cause, setCause] = useState('');
  const [conclusion, setConclusion] = useState<ExceptionConclusion | null>('deviation');
  const err = (f: string) => fieldError(record.error, f);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    record.mutate(
      {
        controlId: control.controlId,
        criterionId: criterionId ?? '',
        sampleLabel,
        description,
        cause,
        conclusion: conclusion ?? 'deviation',
      },
      {
        onSuccess: () => {
          setSampleLabel('');
          setDescription('');
          setCause('');
        },
      },
    );
  };
  return (
    <form onSubmit={submit} aria-label={`Record an exception for ${control.controlCode}`}>
      <Stack gap="xs">
        <Title order={4} size="h6">
          Record an exception
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <ChoiceField
            label="Criterion"
            data={control.criteria.map((c) => ({ value: c, label: c }))}
            value={criterionId}
            onChange={setCriterionId}
            error={err('criterionId')}
          />
          <TextField
            label="Sample item"
            description="Which item of the sample, if any"
            value={sampleLabel}
            onChange={setSampleLabel}
            error={err('sampleLabel')}
          />
          <ChoiceField
            label="Auditor's conclusion"
            data={options(EXCEPTION_CONCLUSION_WORDS)}
            value={conclusion}
            onChange={setConclusion}
            error={err('conclusion')}
          />
        </SimpleGrid>
        <NotesField
          label="What was found"
          value={description}
          onChange={setDescription}
          error={err('description')}
        />
        <NotesField label="Cause" value={cause} onChange={setCause} error={err('cause')} />
        <FormActions label="Record the exception" pending={record.isPending} variant="light" />
      </Stack>
    </form>
  );
}

function ControlDetail({
  engagementId,
  control,
  canTest,
}: {
  engagementId: string;
  control: ControlTest;
  canTest: boolean;
}) {
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {control.controlCode} {control.controlTitle}
        </Title>
        <Group gap="xs">
          <ConclusionBadge conclusion={control.conclusion} />
          <Text size="sm" c="dimmed">
            Criteria: {control.criteria.join(', ')}
            {control.testedByName && control.testedAt
              ? `; tested by ${control.testedByName} on ${formatDate(control.testedAt)}`
              : ''}
          </Text>
        </Group>
        {canTest ? (
          <TestForm
            key={`${control.controlId}-${control.conclusion}`}
            engagementId={engagementId}
            control={control}
          />
        ) : (
          <Stack gap={4}>
            <Text fw={600} size="sm">
              Attributes tested
            </Text>
            {control.attributes.length === 0 ? (
              <Text size="sm">None recorded yet.</Text>
            ) : (
              <ol style={{ margin: 0 }}>
                {control.attributes.map((a) => (
                  <li key={a}>
                    <Text size="sm">{a}</Text>
                  </li>
                ))}
              </ol>
            )}
            {control.procedure && <Text size="sm">Procedure: {control.procedure}</Text>}
          </Stack>
        )}
        <Title order={3} size="h5">
          Exceptions for this control
        </Title>
        {control.exceptions.length === 0 ? (
          <Text size="sm">No exceptions recorded.</Text>
        ) : (
          <Stack gap={4}>
            {control.exceptions.map((e) => (
              <Group key={e.id} gap="xs">
                <Text size="sm">
                  {e.number}. {e.description}
                </Text>
                <RemediationBadge status={e.remediationStatus} />
              </Group>
            ))}
          </Stack>
        )}
        {canTest && <ExceptionForm engagementId={engagementId} control={control} />}
      </Stack>
    </Card>
  );
}

/** Every control in the engagement under its first criterion, with its conclusion. */
function ControlsTable({
  controls,
  selected,
  select,
}: {
  controls: ControlTest[];
  selected: string | null;
  select: (id: string) => void;
}) {
  const groups = new Map<string, ControlTest[]>();
  for (const c of controls) {
    const key = c.criteria[0] ?? '';
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return (
    <ScrollTable label="Controls by criterion" minWidth={560}>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Control</Table.Th>
            <Table.Th>Conclusion</Table.Th>
            <Table.Th>Exceptions</Table.Th>
            <Table.Th>
              <VisuallyHidden>Open</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...groups].map(([criterion, rows]) => [
            <Table.Tr key={`h-${criterion}`}>
              <Table.Th colSpan={4} scope="colgroup">
                {criterion}
              </Table.Th>
            </Table.Tr>,
            ...rows.map((c) => (
              <Table.Tr key={c.controlId} aria-current={selected === c.controlId ? 'true' : undefined}>
                <Table.Td>
                  {c.controlCode} {c.controlTitle}
                </Table.Td>
                <Table.Td>
                  <ConclusionBadge conclusion={c.conclusion} />
                </Table.Td>
                <Table.Td>{c.exceptions.length}</Table.Td>
                <Table.Td>
                  <Button size="xs" variant="subtle" onClick={() => select(c.controlId)}>
                    Open {c.controlCode}
                  </Button>
                </Table.Td>
              </Table.Tr>
            )),
          ])}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

/** The company writes management's response and follows the remediation. */
function ResponseForm({
  engagementId,
  exception,
  onDone,
}: {
  engagementId: string;
  exception: AuditException;
  onDone: () => void;
}) {
  const respond = useManagementResponse(engagementId);
  const members = useMemberOptions(true);
  const [managementResponse, setResponse] = useState(exception.managementResponse);
  const [ownerId, setOwnerId] = useState<string | null>(exception.remediationOwnerId);
  const [date, setDate] = useState(exception.remediationDate ?? '');
  const [status, setStatus] = useState<RemediationStatus | null>(exception.remediationStatus);
  const err = (f: string) => fieldError(respond.error, f);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    respond.mutate(
      {
        auditExceptionId: exception.id,
        body: {
          managementResponse,
          remediationOwnerId: ownerId,
          remediationDate: date || null,
          remediationStatus: status ?? 'open',
        },
      },
      { onSuccess: onDone },
    );
  };
  return (
    <form onSubmit={submit} aria-label={`Management's response to exception ${exception.number}`}>
      <Stack gap="xs">
        <Title order={3} size="h5">
          Management's response to exception {exception.number}
        </Title>
        <Text size="sm">{exception.description}</Text>
        <NotesField
          label="Management's response"
          description="This text goes into the report"
          value={managementResponse}
          onChange={setResponse}
          error={err('managementResponse')}
          minRows={3}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <ChoiceField
            label="Remediation owner"
            data={members}
            value={ownerId}
            onChange={setOwnerId}
            clearable
            error={err('remediationOwnerId')}
          />
          <DateField
            label="Remediation date"
            value={date}
            onChange={setDate}
            error={err('remediationDate')}
          />
          <ChoiceField
            label="Remediation"
            data={options(REMEDIATION_WORDS)}
            value={status}
            onChange={setStatus}
            error={err('remediationStatus')}
          />
        </SimpleGrid>
        <FormActions label="Save the response" pending={respond.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}

/** The auditor rewords an exception: what was found, its cause and the conclusion. */
function ExceptionWordingForm({
  engagementId,
  exception,
  onDone,
}: {
  engagementId: string;
  exception: AuditException;
  onDone: () => void;
}) {
  const update = useUpdateAuditException(engagementId);
  const [description, setDescription] = useState(exception.description);
  const [cause, setCause] = useState(exception.cause);
  const [conclusion, setConclusion] = useState<ExceptionConclusion | null>(exception.conclusion);
  const err = (f: string) => fieldError(update.error, f);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    update.mutate(
      {
        auditExceptionId: exception.id,
        body: { description, cause, conclusion: conclusion ?? exception.conclusion },
      },
      { onSuccess: onDone },
    );
  };
  return (
    <form onSubmit={submit} aria-label={`Edit exception ${exception.number}`}>
      <Stack gap="xs">
        <Title order={3} size="h5">
          Edit exception {exception.number}
        </Title>
        <NotesField
          label="What was found"
          value={description}
          onChange={setDescription}
          error={err('description')}
        />
        <NotesField label="Cause" value={cause} onChange={setCause} error={err('cause')} />
        <ChoiceField
          label="Auditor's conclusion"
          data={options(EXCEPTION_CONCLUSION_WORDS)}
          value={conclusion}
          onChange={setConclusion}
          error={err('conclusion')}
        />
        <FormActions label="Save the exception" pending={update.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}

function Register({
  engagementId,
  controls,
  canRespond,
  canEdit,
}: {
  engagementId: string;
  controls: ControlTest[];
  canRespond: boolean;
  canEdit: boolean;
}) {
  const [status, setStatus] = useState<'all' | 'open' | 'remediated' | null>('all');
  const [controlId, setControlId] = useState<string | null>(null);
  const [responding, setResponding] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const register = useExceptionsRegister(engagementId, {
    status: status ?? 'all',
    ...(controlId ? { controlId } : {}),
  });
  const withExceptions = controls.filter((c) => c.exceptions.length > 0);
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            Exceptions register
          </Title>
          <Group gap="sm">
            <Anchor href={urlOf(auditTestingRoutes.exceptionsCsv, { params: { engagementId } })} download>
              Download CSV
            </Anchor>
            <Anchor href={urlOf(auditTestingRoutes.exceptionsXlsx, { params: { engagementId } })} download>
              Download spreadsheet
            </Anchor>
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <ChoiceField
            label="Show"
            data={[
              { value: 'all', label: 'All exceptions' },
              { value: 'open', label: 'Not yet remediated' },
              { value: 'remediated', label: 'Remediated' },
            ]}
            value={status}
            onChange={setStatus}
          />
          <ChoiceField
            label="Control"
            placeholder="All controls"
            clearable
            data={withExceptions.map((c) => ({
              value: c.controlId,
              label: `${c.controlCode} ${c.controlTitle}`,
            }))}
            value={controlId}
            onChange={setControlId}
          />
        </SimpleGrid>
        <QueryState query={register} label="exceptions register">
          {({ items }) =>
            items.length === 0 ? (
              <Text size="sm">No exceptions match.</Text>
            ) : (
              <ScrollTable label="Exceptions register" minWidth={900}>
                <Table>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>No.</Table.Th>
                      <Table.Th>Control</Table.Th>
                      <Table.Th>Exception</Table.Th>
                      <Table.Th>Auditor's conclusion</Table.Th>
                      <Table.Th>Management's response</Table.Th>
                      <Table.Th>Remediation</Table.Th>
                      {(canRespond || canEdit) && (
                        <Table.Th>
                          <VisuallyHidden>{canEdit ? 'Edit' : 'Respond'}</VisuallyHidden>
                        </Table.Th>
                      )}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {items.map((e) => (
                      <Table.Tr key={e.id}>
                        <Table.Td>{e.number}</Table.Td>
                        <Table.Td>
                          {e.controlCode} ({e.criterionId})
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{e.description}</Text>
                          {e.sampleLabel && (
                            <Text size="xs" c="dimmed">
                              {/* The label names the item in words; its key (an id) is for the CSV. */}
                              Sample: {e.sampleLabel}
                            </Text>
                          )}
                          {e.cause && (
                            <Text size="xs" c="dimmed">
                              Cause: {e.cause}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>{sentence(EXCEPTION_CONCLUSION_WORDS[e.conclusion])}</Table.Td>
                        <Table.Td>{e.managementResponse || 'Not written yet'}</Table.Td>
                        <Table.Td>
                          <RemediationBadge status={e.remediationStatus} />
                          <Text size="xs">
                            {e.remediationOwnerName ?? 'No owner'}
                            {e.remediationDate ? `, ${formatDate(e.remediationDate)}` : ''}
                          </Text>
                        </Table.Td>
                        {(canRespond || canEdit) && (
                          <Table.Td>
                            {canRespond && (
                              <Button size="xs" variant="light" onClick={() => setResponding(e.id)}>
                                Respond to exception {e.number}
                              </Button>
                            )}
                            {canEdit && (
                              <Button size="xs" variant="light" onClick={() => setEditing(e.id)}>
                                Edit exception {e.number}
                              </Button>
                            )}
                          </Table.Td>
                        )}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollTable>
            )
          }
        </QueryState>
        {canRespond &&
          responding &&
          register.data?.items
            .filter((e) => e.id === responding)
            .map((e) => (
              <ResponseForm
                key={e.id}
                engagementId={engagementId}
                exception={e}
                onDone={() => setResponding(null)}
              />
            ))}
        {canEdit &&
          editing &&
          register.data?.items
            .filter((e) => e.id === editing)
            .map((e) => (
              <ExceptionWordingForm
                key={e.id}
                engagementId={engagementId}
                exception={e}
                onDone={() => setEditing(null)}
              />
            ))}
      </Stack>
    </Card>
  );
}

export function AuditTestingPage() {
  const { engagementId } = useParams({ strict: false }) as { engagementId: string };
  const session = useSession();
  const role = session.data?.org?.role;
  const canTest = !!role && can(role, 'audit_work.test');
  const canRespond = !!role && can(role, 'audit_work.respond');
  const testing = useEngagementTesting(engagementId);
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <>
      <PageHeader
        title="Testing and exceptions"
        description={
          testing.data ? `The auditor's tests of each control in ${testing.data.engagementName}` : undefined
        }
      />
      <QueryState query={testing} label="testing">
        {(t) => {
          const control = t.controls.find((c) => c.controlId === selected);
          return (
            <Stack gap="md">
              {control && <ControlDetail engagementId={engagementId} control={control} canTest={canTest} />}
              <Card withBorder>
                <Title order={2} size="h4" mb="sm">
                  Controls by criterion
                </Title>
                <ControlsTable controls={t.controls} selected={selected} select={setSelected} />
              </Card>
              <Register
                engagementId={engagementId}
                controls={t.controls}
                canRespond={canRespond}
                canEdit={canTest}
              />
            </Stack>
          );
        }}
      </QueryState>
    </>
  );
}
