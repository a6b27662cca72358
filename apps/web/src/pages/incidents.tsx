/** The incident register: every incident with its status and deadlines, a new one, and the periods attested to have had none. */
import {
  Anchor,
  Badge,
  Button,
  Card,
  EmptyState,
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
import { useNavigate } from '@tanstack/react-router';
import { incidentRoutes, type Severity, urlOf } from '@vigil/api';
import {
  INCIDENT_SOURCE_LABELS,
  INCIDENT_STATUS_LABELS,
  type IncidentSource,
  type IncidentStatus,
} from '@vigil/core/incidents';
import { can } from '@vigil/core/permissions';
import { type FormEvent, useState } from 'react';
import { fieldError } from '../api/client.ts';
import { useSession } from '../api/hooks.ts';
import {
  useAttestEmptyPeriod,
  useCreateIncident,
  useEmptyPeriods,
  useIncidents,
} from '../api/incident-hooks.ts';
import { AnchorLink } from '../components/anchor-link.tsx';
import { formatDate, formatDateTime } from '../components/format.ts';
import { SeverityBadge } from '../components/monitoring-badges.tsx';
import { PageHeader, QueryState } from '../components/page-state.tsx';
import { ScrollTable } from '../components/scroll-table.tsx';

export const SEVERITY_OPTIONS: { value: Severity; label: string }[] = [
  { value: 'low', label: 'Low' },
  { value: 'medium', label: 'Medium' },
  { value: 'high', label: 'High' },
  { value: 'critical', label: 'Critical' },
];
export const SOURCE_OPTIONS = (Object.keys(INCIDENT_SOURCE_LABELS) as IncidentSource[]).map((value) => ({
  value,
  label: INCIDENT_SOURCE_LABELS[value],
}));
const STATUS_COLOR: Record<IncidentStatus, string> = {
  new: 'red',
  triaged: 'orange',
  contained: 'yellow',
  resolved: 'blue',
  closed: 'green',
  dismissed: 'gray',
};

/** An incident's status as a badge in words. */
export function IncidentStatusBadge({ status }: { status: IncidentStatus }) {
  return (
    <Badge color={STATUS_COLOR[status]} variant="light">
      {INCIDENT_STATUS_LABELS[status]}
    </Badge>
  );
}

/** A `datetime-local` value (local time) as an instant, or null when empty. */
export const instantOf = (local: string) => (local ? new Date(local).toISOString() : null);
/** The current local time as a `datetime-local` value. */
export const localNow = () => {
  const d = new Date();
  d.setMinutes(d.getMinutes() - d.getTimezoneOffset());
  return d.toISOString().slice(0, 16);
};

function NewIncidentForm({ onDone }: { onDone: (id: string) => void }) {
  const create = useCreateIncident();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [severity, setSeverity] = useState<string | null>('medium');
  const [source, setSource] = useState<string | null>('internal');
  const [occurredAt, setOccurredAt] = useState('');
  const [detectedAt, setDetectedAt] = useState(localNow());
  const [significant, setSignificant] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(
      {
        title,
        description,
        severity: (severity ?? 'medium') as Severity,
        source: (source ?? 'internal') as IncidentSource,
        occurredAt: instantOf(occurredAt),
        detectedAt: instantOf(detectedAt) ?? '',
        reportedAt: new Date().toISOString(),
        significant,
      },
      { onSuccess: (i) => onDone(i.id) },
    );
  };
  const err = (f: string) => fieldError(create.error, f);
  return (
    <form onSubmit={submit} aria-label="New incident">
      <Stack>
        <TextInput
          label="Title"
          required
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={err('title')}
        />
        <Textarea
          label="What happened"
          autosize
          minRows={3}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={err('description')}
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
        <Group grow>
          <TextInput
            type="datetime-local"
            label="Occurred"
            description="Leave empty when unknown"
            value={occurredAt}
            onChange={(e) => setOccurredAt(e.currentTarget.value)}
            error={err('occurredAt')}
          />
          <TextInput
            type="datetime-local"
            label="Detected"
            required
            value={detectedAt}
            onChange={(e) => setDetectedAt(e.currentTarget.value)}
            error={err('detectedAt')}
          />
        </Group>
        <Switch
          label="Significant (named in the system description and the bridge letter)"
          checked={significant}
          onChange={(e) => setSignificant(e.currentTarget.checked)}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending}>
            Record incident
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function EmptyPeriodForm({ onDone }: { onDone: () => void }) {
  const attest = useAttestEmptyPeriod();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [note, setNote] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    attest.mutate({ from, to, note }, { onSuccess: onDone });
  };
  return (
    <form onSubmit={submit} aria-label="Period without incidents">
      <Stack>
        <Text size="sm">
          You attest that no incident happened in this period. Vigil refuses it when an incident is recorded
          in it.
        </Text>
        <Group grow>
          <TextInput
            type="date"
            label="From"
            required
            value={from}
            onChange={(e) => setFrom(e.currentTarget.value)}
            error={fieldError(attest.error, 'from')}
          />
          <TextInput
            type="date"
            label="To"
            required
            value={to}
            onChange={(e) => setTo(e.currentTarget.value)}
            error={fieldError(attest.error, 'to')}
          />
        </Group>
        <Textarea label="Note" value={note} onChange={(e) => setNote(e.currentTarget.value)} />
        <Group justify="flex-end">
          <Button type="submit" loading={attest.isPending}>
            Record period
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function IncidentsPage() {
  const incidents = useIncidents();
  const periods = useEmptyPeriods();
  const session = useSession();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const [attesting, setAttesting] = useState(false);
  const role = session.data?.org?.role;
  const mayManage = !!role && can(role, 'incidents.manage');

  return (
    <>
      <PageHeader
        title="Incidents"
        description="Security incidents from detection to lessons learned, with notification deadlines and follow-ups."
        actions={
          <Group gap="xs">
            <Anchor href={urlOf(incidentRoutes.csv)} download size="sm">
              Download CSV
            </Anchor>
            {mayManage && (
              <Button variant="default" onClick={() => setAttesting(true)}>
                Record a period without incidents
              </Button>
            )}
            {mayManage && <Button onClick={() => setCreating(true)}>New incident</Button>}
          </Group>
        }
      />
      <Modal opened={creating} onClose={() => setCreating(false)} title="New incident" size="lg">
        <NewIncidentForm
          onDone={(incidentId) => {
            setCreating(false);
            void navigate({ to: '/incidents/$incidentId', params: { incidentId } });
          }}
        />
      </Modal>
      <Modal opened={attesting} onClose={() => setAttesting(false)} title="Period without incidents">
        <EmptyPeriodForm onDone={() => setAttesting(false)} />
      </Modal>
      <Stack gap="lg">
        <QueryState query={incidents} label="Loading incidents…">
          {(data) =>
            data.items.length === 0 ? (
              <Card withBorder padding="xl">
                <EmptyState
                  title="No incidents recorded"
                  description="Record one here, or open one from a failing check on the monitoring page."
                />
              </Card>
            ) : (
              <ScrollTable label="Incidents" minWidth={760}>
                <Table aria-label="Incidents">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Incident</Table.Th>
                      <Table.Th>Status</Table.Th>
                      <Table.Th>Severity</Table.Th>
                      <Table.Th>Detected</Table.Th>
                      <Table.Th>Next notification due</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((i) => (
                      <Table.Tr key={i.id}>
                        <Table.Td>
                          <AnchorLink to="/incidents/$incidentId" params={{ incidentId: i.id }}>
                            {i.title}
                          </AnchorLink>
                          <Text size="xs" c="dimmed">
                            {INCIDENT_SOURCE_LABELS[i.source]}
                            {i.significant ? ' · significant' : ''}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <IncidentStatusBadge status={i.status} />
                        </Table.Td>
                        <Table.Td>
                          <SeverityBadge severity={i.severity} />
                        </Table.Td>
                        <Table.Td>{formatDateTime(i.detectedAt)}</Table.Td>
                        <Table.Td>{i.nextDeadline ? formatDateTime(i.nextDeadline) : '—'}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollTable>
            )
          }
        </QueryState>
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            Periods without incidents
          </Title>
          <QueryState query={periods} label="Loading periods…">
            {(data) =>
              data.items.length === 0 ? (
                <Text size="sm" c="dimmed">
                  No period has been attested yet.
                </Text>
              ) : (
                <Stack gap="xs">
                  {data.items.map((p) => (
                    <Text key={p.id} size="sm">
                      No incidents between {formatDate(p.from)} and {formatDate(p.to)}, attested by{' '}
                      {p.attestedBy} on {formatDate(p.attestedAt.slice(0, 10))}
                      {p.note ? ` — ${p.note}` : ''}
                    </Text>
                  ))}
                </Stack>
              )
            }
          </QueryState>
        </Card>
      </Stack>
    </>
  );
}
