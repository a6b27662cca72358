/** One incident: its facts, status moves, notification deadlines, timeline and follow-up actions. */
import {
  Alert,
  Badge,
  Breadcrumbs,
  Button,
  Card,
  Checkbox,
  Group,
  List,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import type { Incident, IncidentFieldsInput } from '@vigil/api';
import { INCIDENT_SOURCE_LABELS, INCIDENT_STATUS_LABELS, type IncidentStatus } from '@vigil/core/incidents';
import { can } from '@vigil/core/permissions';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useUsers } from '../api/admin-hooks.ts';
import { fieldError } from '../api/client.ts';
import { useEvidenceList } from '../api/evidence-hooks.ts';
import { useControls, useSession, useSystems } from '../api/hooks.ts';
import {
  useAddFollowUp,
  useAddTimelineEntry,
  useCompleteFollowUp,
  useIncident,
  useMoveIncident,
  useUpdateIncident,
} from '../api/incident-hooks.ts';
import { AnchorLink } from '../components/anchor-link.tsx';
import { formatDate, formatDateTime } from '../components/format.ts';
import { IncidentRisks } from '../components/incident-risks.tsx';
import { SeverityBadge } from '../components/monitoring-badges.tsx';
import { PageHeader, QueryState } from '../components/page-state.tsx';
import { ScrollTable } from '../components/scroll-table.tsx';
import { IncidentStatusBadge, instantOf, localNow, SEVERITY_OPTIONS, SOURCE_OPTIONS } from './incidents.tsx';

const route = getRouteApi('/app/incidents/$incidentId');

/** The button's words for each move. */
const MOVE_LABEL: Record<IncidentStatus, string> = {
  new: 'Reopen',
  triaged: 'Mark triaged',
  contained: 'Mark contained',
  resolved: 'Mark resolved',
  closed: 'Close incident',
  dismissed: 'Dismiss as not an incident',
};

/** An instant as a `datetime-local` value in local time. */
const localOf = (iso: string | null) => {
  if (!iso) return '';
  const d = new Date(iso);
  d.setMinutes(d.getMinutes() - d.getTimezoneOffset());
  return d.toISOString().slice(0, 16);
};

/** The stored instant when the field still shows it (the field drops seconds), else the field's value. */
const keep = (stored: string | null, local: string) =>
  local === localOf(stored) ? stored : instantOf(local);

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </Stack>
  );
}

function Notification({ who, n }: { who: string; n: Incident['customers'] }) {
  if (!n.required) return <Fact label={`Notify ${who}`}>Not required</Fact>;
  return (
    <Fact label={`Notify ${who}`}>
      By {formatDateTime(n.deadline)}
      {n.notifiedAt ? `, notified ${formatDateTime(n.notifiedAt)}` : ', not notified yet'}{' '}
      {n.late && (
        <Badge color="red" variant="light">
          Late
        </Badge>
      )}
    </Fact>
  );
}

function Moves({ incident: i }: { incident: Incident }) {
  const move = useMoveIncident(i.id);
  const [reason, setReason] = useState('');
  const [lessons, setLessons] = useState(i.lessonsLearned ?? '');
  if (i.next.length === 0) return null;
  const go = (to: IncidentStatus) =>
    move.mutate({
      to,
      reason: to === 'dismissed' ? reason : null,
      lessonsLearned: to === 'closed' ? lessons : null,
    });
  const forward = i.next.filter((s) => s !== 'dismissed');
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        Next step
      </Title>
      <Stack gap="sm">
        {forward.includes('closed') && (
          <Textarea
            label="Lessons learned"
            description="Required to close: what changes so this does not happen again"
            autosize
            minRows={2}
            value={lessons}
            onChange={(e) => setLessons(e.currentTarget.value)}
            error={fieldError(move.error, 'lessonsLearned')}
          />
        )}
        <Group>
          {forward.map((to) => (
            <Button key={to} onClick={() => go(to)} loading={move.isPending}>
              {MOVE_LABEL[to]}
            </Button>
          ))}
        </Group>
        {i.next.includes('dismissed') && (
          <Group align="flex-end">
            <TextInput
              label="Why this is not an incident"
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={fieldError(move.error, 'reason')}
              style={{ flex: '1 1 240px' }}
            />
            <Button variant="default" onClick={() => go('dismissed')} loading={move.isPending}>
              {MOVE_LABEL.dismissed}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

function EditForm({ incident: i }: { incident: Incident }) {
  const update = useUpdateIncident(i.id);
  const systems = useSystems();
  const controls = useControls({ limit: 500 });
  const evidence = useEvidenceList({ limit: 500 });
  const [title, setTitle] = useState(i.title);
  const [severity, setSeverity] = useState<string | null>(i.severity);
  const [source, setSource] = useState<string | null>(i.source);
  const [occurredAt, setOccurredAt] = useState(localOf(i.occurredAt));
  const [detectedAt, setDetectedAt] = useState(localOf(i.detectedAt));
  const [reportedAt, setReportedAt] = useState(localOf(i.reportedAt));
  const [systemIds, setSystemIds] = useState(i.affectedSystems.map((s) => s.id));
  const [controlIds, setControlIds] = useState(i.controls.map((c) => c.id));
  const [evidenceIds, setEvidenceIds] = useState(i.evidence.map((e) => e.id));
  const [rootCause, setRootCause] = useState(i.rootCause ?? '');
  const [affectedData, setAffectedData] = useState(i.affectedData);
  const [significant, setSignificant] = useState(i.significant);
  const [customers, setCustomers] = useState({
    required: i.customers.required,
    deadline: localOf(i.customers.deadline),
    notifiedAt: localOf(i.customers.notifiedAt),
  });
  const [authorities, setAuthorities] = useState({
    required: i.authorities.required,
    deadline: localOf(i.authorities.deadline),
    notifiedAt: localOf(i.authorities.notifiedAt),
  });
  const notice = (n: typeof customers) => ({
    required: n.required,
    deadline: n.required ? instantOf(n.deadline) : null,
    notifiedAt: n.required ? instantOf(n.notifiedAt) : null,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body: IncidentFieldsInput = {
      title,
      description: i.description,
      severity: (severity ?? i.severity) as Incident['severity'],
      source: (source ?? i.source) as Incident['source'],
      occurredAt: keep(i.occurredAt, occurredAt),
      detectedAt: keep(i.detectedAt, detectedAt) ?? '',
      reportedAt: keep(i.reportedAt, reportedAt),
      affectedSystemIds: systemIds,
      affectedData,
      customers: notice(customers),
      authorities: notice(authorities),
      rootCause: rootCause || null,
      significant,
      controlIds,
      evidenceIds,
    };
    update.mutate(body);
  };
  const err = (f: string) => fieldError(update.error, f);
  const NoticeFields = ({
    who,
    field,
    n,
    set,
  }: {
    who: string;
    field: string;
    n: typeof customers;
    set: (n: typeof customers) => void;
  }) => (
    <Stack gap="xs">
      <Checkbox
        label={`${who} must be notified`}
        checked={n.required}
        onChange={(e) => set({ ...n, required: e.currentTarget.checked })}
      />
      {n.required && (
        <Group grow>
          <TextInput
            type="datetime-local"
            label={`Notify ${who.toLowerCase()} by`}
            value={n.deadline}
            onChange={(e) => set({ ...n, deadline: e.currentTarget.value })}
            error={err(`${field}.deadline`)}
          />
          <TextInput
            type="datetime-local"
            label={`${who} notified on`}
            value={n.notifiedAt}
            onChange={(e) => set({ ...n, notifiedAt: e.currentTarget.value })}
            error={err(`${field}.notifiedAt`)}
          />
        </Group>
      )}
    </Stack>
  );
  return (
    <Card withBorder>
      <form onSubmit={submit} aria-label="Analysis and notifications">
        <Stack gap="sm">
          <Title order={2} size="h4">
            Details, analysis and notifications
          </Title>
          <TextInput
            label="Title"
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={err('title')}
          />
          <Group grow>
            <Select
              label="Severity"
              data={SEVERITY_OPTIONS}
              value={severity}
              onChange={setSeverity}
              allowDeselect={false}
            />
            <Select
              label="Detected by"
              data={SOURCE_OPTIONS}
              value={source}
              onChange={setSource}
              allowDeselect={false}
            />
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput
              type="datetime-local"
              label="Occurred at"
              value={occurredAt}
              onChange={(e) => setOccurredAt(e.currentTarget.value)}
              error={err('occurredAt')}
            />
            <TextInput
              type="datetime-local"
              label="Detected at"
              value={detectedAt}
              onChange={(e) => setDetectedAt(e.currentTarget.value)}
              error={err('detectedAt')}
            />
            <TextInput
              type="datetime-local"
              label="Reported at"
              value={reportedAt}
              onChange={(e) => setReportedAt(e.currentTarget.value)}
              error={err('reportedAt')}
            />
          </SimpleGrid>
          <MultiSelect
            label="Affected systems"
            searchable
            data={(systems.data?.items ?? []).map((x) => ({ value: x.id, label: x.name }))}
            value={systemIds}
            onChange={setSystemIds}
            error={err('affectedSystemIds')}
          />
          <Textarea
            label="Affected data"
            autosize
            value={affectedData}
            onChange={(e) => setAffectedData(e.currentTarget.value)}
            error={err('affectedData')}
          />
          <Textarea
            label="Root cause"
            autosize
            minRows={2}
            value={rootCause}
            onChange={(e) => setRootCause(e.currentTarget.value)}
            error={err('rootCause')}
          />
          <MultiSelect
            label="Linked controls"
            searchable
            data={(controls.data?.items ?? []).map((c) => ({ value: c.id, label: `${c.code} ${c.title}` }))}
            value={controlIds}
            onChange={setControlIds}
            error={err('controlIds')}
          />
          <MultiSelect
            label="Linked evidence"
            searchable
            data={(evidence.data?.items ?? []).map((e) => ({ value: e.id, label: e.title }))}
            value={evidenceIds}
            onChange={setEvidenceIds}
            error={err('evidenceIds')}
          />
          {NoticeFields({ who: 'Customers', field: 'customers', n: customers, set: setCustomers })}
          {NoticeFields({ who: 'Authorities', field: 'authorities', n: authorities, set: setAuthorities })}
          <Switch
            label="Significant (named in the system description and the bridge letter)"
            checked={significant}
            onChange={(e) => setSignificant(e.currentTarget.checked)}
          />
          <Group justify="flex-end">
            <Button type="submit" variant="default" loading={update.isPending}>
              Save analysis
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function Timeline({ incident: i, mayManage }: { incident: Incident; mayManage: boolean }) {
  const add = useAddTimelineEntry(i.id);
  const [at, setAt] = useState(localNow());
  const [text, setText] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate({ at: instantOf(at) ?? '', text }, { onSuccess: () => setText('') });
  };
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        Timeline
      </Title>
      <List spacing="xs" aria-label="Timeline" listStyleType="none">
        {i.timeline.map((e) => (
          <List.Item key={e.id}>
            <Text size="sm">
              <Text span fw={600} size="sm">
                {formatDateTime(e.at)}
              </Text>{' '}
              · {e.who}: {e.text}
            </Text>
          </List.Item>
        ))}
      </List>
      {mayManage && (
        <form onSubmit={submit} aria-label="Add to the timeline">
          <Group align="flex-end" mt="sm">
            <TextInput
              type="datetime-local"
              label="When"
              value={at}
              onChange={(e) => setAt(e.currentTarget.value)}
              error={fieldError(add.error, 'at')}
            />
            <TextInput
              label="What happened"
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              error={fieldError(add.error, 'text')}
              style={{ flex: '1 1 240px' }}
            />
            <Button type="submit" variant="default" loading={add.isPending}>
              Add entry
            </Button>
          </Group>
        </form>
      )}
    </Card>
  );
}

function FollowUps({ incident: i, mayManage }: { incident: Incident; mayManage: boolean }) {
  const add = useAddFollowUp(i.id);
  const done = useCompleteFollowUp(i.id);
  const users = useUsers(mayManage);
  const [title, setTitle] = useState('');
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [dueDate, setDueDate] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate({ title, ownerId: ownerId ?? '', dueDate }, { onSuccess: () => setTitle('') });
  };
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        Follow-up actions
      </Title>
      {i.followUps.length === 0 ? (
        <Text size="sm" c="dimmed">
          No follow-up actions yet.
        </Text>
      ) : (
        <ScrollTable label="Follow-up actions" minWidth={560}>
          <Table aria-label="Follow-up actions">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Action</Table.Th>
                <Table.Th>Owner</Table.Th>
                <Table.Th>Due</Table.Th>
                <Table.Th>State</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {i.followUps.map((f) => (
                <Table.Tr key={f.id}>
                  <Table.Td>{f.title}</Table.Td>
                  <Table.Td>{f.ownerName ?? '—'}</Table.Td>
                  <Table.Td>{formatDate(f.dueDate)}</Table.Td>
                  <Table.Td>
                    {f.done ? (
                      <Badge color="green" variant="light">
                        Done
                      </Badge>
                    ) : mayManage ? (
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => done.mutate(f.id)}
                        aria-label={`Mark done: ${f.title}`}
                      >
                        Mark done
                      </Button>
                    ) : f.overdue ? (
                      <Badge color="red" variant="light">
                        Overdue
                      </Badge>
                    ) : (
                      'Open'
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      {mayManage && (
        <form onSubmit={submit} aria-label="Add a follow-up action">
          <Group align="flex-end" mt="sm">
            <TextInput
              label="Action"
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
              error={fieldError(add.error, 'title')}
              style={{ flex: '1 1 220px' }}
            />
            <Select
              label="Owner"
              data={(users.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))}
              value={ownerId}
              onChange={setOwnerId}
              error={fieldError(add.error, 'ownerId')}
            />
            <TextInput
              type="date"
              label="Due"
              value={dueDate}
              onChange={(e) => setDueDate(e.currentTarget.value)}
              error={fieldError(add.error, 'dueDate')}
            />
            <Button type="submit" variant="default" loading={add.isPending}>
              Add follow-up
            </Button>
          </Group>
        </form>
      )}
    </Card>
  );
}

export function IncidentDetailPage() {
  const { incidentId } = route.useParams();
  const incident = useIncident(incidentId);
  const session = useSession();
  const role = session.data?.org?.role;
  const mayManage = !!role && can(role, 'incidents.manage');
  return (
    <QueryState query={incident} label="Loading incident…">
      {(i) => (
        <Stack gap="md">
          <Breadcrumbs>
            <AnchorLink to="/incidents">Incidents</AnchorLink>
            <Text size="sm">{i.title}</Text>
          </Breadcrumbs>
          <PageHeader title={i.title} description={i.description || undefined} />
          <Card withBorder>
            <Stack gap="sm">
              <Group gap="xs">
                <IncidentStatusBadge status={i.status} />
                <SeverityBadge severity={i.severity} />
                {i.significant && (
                  <Badge color="grape" variant="light">
                    Significant
                  </Badge>
                )}
              </Group>
              <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
                <Fact label="Detected by">{INCIDENT_SOURCE_LABELS[i.source]}</Fact>
                <Fact label="Occurred">{i.occurredAt ? formatDateTime(i.occurredAt) : 'Unknown'}</Fact>
                <Fact label="Detected">{formatDateTime(i.detectedAt)}</Fact>
                <Fact label="Reported">{i.reportedAt ? formatDateTime(i.reportedAt) : '—'}</Fact>
                <Notification who="customers" n={i.customers} />
                <Notification who="authorities" n={i.authorities} />
                <Fact label="Affected systems">{i.affectedSystems.map((s) => s.name).join(', ') || '—'}</Fact>
                <Fact label="Affected data">{i.affectedData || '—'}</Fact>
                <Fact label="Controls">
                  {i.controls.length === 0
                    ? '—'
                    : i.controls.map((c) => (
                        <AnchorLink
                          key={c.id}
                          to="/controls/$controlId"
                          params={{ controlId: c.id }}
                          size="sm"
                          mr={6}
                        >
                          {c.code}
                        </AnchorLink>
                      ))}
                </Fact>
                <Fact label="Evidence">{i.evidence.map((e) => e.title).join(', ') || '—'}</Fact>
                {i.lessonsLearned && <Fact label="Lessons learned">{i.lessonsLearned}</Fact>}
                {i.dismissalReason && <Fact label="Why it is not an incident">{i.dismissalReason}</Fact>}
              </SimpleGrid>
              {i.status !== 'closed' &&
                i.status !== 'dismissed' &&
                (i.customers.late || i.authorities.late) && (
                  <Alert color="red" title="A notification deadline has passed">
                    Record when the notification was made, or make it now.
                  </Alert>
                )}
            </Stack>
          </Card>
          {i.promotedFrom && (
            <Card withBorder>
              <Title order={2} size="h4" mb="xs">
                From the failing check{' '}
                <AnchorLink to="/monitoring/checks/$checkId" params={{ checkId: i.promotedFrom.checkId }}>
                  {i.promotedFrom.title}
                </AnchorLink>
              </Title>
              <List size="sm" aria-label="Failing results when promoted">
                {i.promotedFrom.failing.map((f) => (
                  <List.Item key={`${f.source}-${f.resource}`}>
                    {f.resource} ({f.source}): {f.reason}, since {formatDateTime(f.since)}
                  </List.Item>
                ))}
              </List>
            </Card>
          )}
          {mayManage && <Moves key={`${i.status}`} incident={i} />}
          <Timeline incident={i} mayManage={mayManage} />
          <FollowUps incident={i} mayManage={mayManage} />
          <IncidentRisks incident={i} mayManage={mayManage} />
          {mayManage && i.status !== 'closed' && i.status !== 'dismissed' && (
            <EditForm key={i.id} incident={i} />
          )}
          {!mayManage && i.rootCause && (
            <Card withBorder>
              <Fact label="Root cause">{i.rootCause}</Fact>
            </Card>
          )}
          <Text size="xs" c="dimmed">
            Status: {INCIDENT_STATUS_LABELS[i.status]}
            {i.closedAt ? `, closed ${formatDateTime(i.closedAt)}` : ''}
          </Text>
        </Stack>
      )}
    </QueryState>
  );
}
