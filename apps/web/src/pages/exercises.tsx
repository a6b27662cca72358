/**
 * Exercises: tabletop exercises (scenario, people, findings, follow-ups) and backup-restore or
 * failover tests with their recovery objectives and whether they were met.
 */
import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { exerciseRoutes, urlOf } from '@vigil/api';
import { can } from '@vigil/core/permissions';
import { type FormEvent, useState } from 'react';
import { useUsers } from '../api/admin-hooks.ts';
import {
  useContinuityTests,
  useCreateContinuityTest,
  useCreateTabletop,
  useTabletops,
} from '../api/exercise-hooks.ts';
import { useSession } from '../api/hooks.ts';
import { PageHeader, QueryState } from '../components/page-state.tsx';
import { ScrollTable } from '../components/scroll-table.tsx';

const SCENARIOS = [
  { value: 'breach', label: 'Data breach' },
  { value: 'ransomware', label: 'Ransomware' },
  { value: 'insider', label: 'Insider threat' },
  { value: 'phishing', label: 'Phishing' },
  { value: 'outage', label: 'Outage' },
  { value: 'vendor_failure', label: 'Vendor failure' },
  { value: 'custom', label: 'Other (describe it)' },
];
const scenarioLabel = (v: string) => SCENARIOS.find((s) => s.value === v)?.label ?? v;
const KINDS = [
  { value: 'backup_restore', label: 'Backup restore' },
  { value: 'dr_failover', label: 'Disaster-recovery failover' },
];
const OUTCOME: Record<string, { label: string; color: string }> = {
  met: { label: 'Met', color: 'teal' },
  not_met: { label: 'Not met', color: 'red' },
  unknown: { label: 'Not measured', color: 'gray' },
};
const today = () => new Date().toISOString().slice(0, 10);
const minutes = (v: string | number) => (v === '' ? null : Number(v));
const mins = (n: number | null) => (n === null ? '—' : `${n} min`);

function useMemberOptions(enabled: boolean) {
  const users = useUsers(enabled);
  return (users.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }));
}

function TabletopForm({ members }: { members: { value: string; label: string }[] }) {
  const create = useCreateTabletop();
  const [scenario, setScenario] = useState<string | null>('ransomware');
  const [description, setDescription] = useState('');
  const [heldOn, setHeldOn] = useState(today());
  const [facilitatorId, setFacilitatorId] = useState<string | null>(null);
  const [findings, setFindings] = useState('');
  const [actionTitle, setActionTitle] = useState('');
  const [actionOwner, setActionOwner] = useState<string | null>(null);
  const [actionDue, setActionDue] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(
      {
        scenario: (scenario ?? 'custom') as 'custom',
        scenarioDescription: description,
        heldOn,
        facilitatorId,
        attendees: facilitatorId ? [{ userId: facilitatorId, role: 'Facilitator' }] : [],
        findings,
        actions: actionTitle
          ? [{ title: actionTitle, ownerId: actionOwner, dueDate: actionDue === '' ? null : actionDue }]
          : [],
      },
      {
        onSuccess: () => {
          setFindings('');
          setActionTitle('');
          setDescription('');
        },
      },
    );
  };
  return (
    <form onSubmit={submit} aria-label="Record a tabletop exercise">
      <Stack gap="xs">
        <Group grow wrap="wrap">
          <Select
            label="Scenario"
            data={SCENARIOS}
            value={scenario}
            onChange={setScenario}
            allowDeselect={false}
          />
          <TextInput
            label="Held on"
            type="date"
            value={heldOn}
            onChange={(e) => setHeldOn(e.currentTarget.value)}
            required
          />
          <Select
            label="Facilitator"
            data={members}
            value={facilitatorId}
            onChange={setFacilitatorId}
            clearable
          />
        </Group>
        {scenario === 'custom' && (
          <TextInput
            label="Scenario description"
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
          />
        )}
        <Textarea
          label="Findings"
          value={findings}
          onChange={(e) => setFindings(e.currentTarget.value)}
          autosize
          minRows={2}
        />
        <Group grow wrap="wrap">
          <TextInput
            label="Follow-up action"
            value={actionTitle}
            onChange={(e) => setActionTitle(e.currentTarget.value)}
          />
          <Select
            label="Action owner"
            data={members}
            value={actionOwner}
            onChange={setActionOwner}
            clearable
          />
          <TextInput
            label="Action due"
            type="date"
            value={actionDue}
            onChange={(e) => setActionDue(e.currentTarget.value)}
          />
        </Group>
        <Group>
          <Button type="submit" loading={create.isPending}>
            Record tabletop
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ContinuityForm() {
  const create = useCreateContinuityTest();
  const [kind, setKind] = useState<string | null>('backup_restore');
  const [performedOn, setPerformedOn] = useState(today());
  const [subject, setSubject] = useState('');
  const [targetRto, setTargetRto] = useState<string | number>('');
  const [achievedRto, setAchievedRto] = useState<string | number>('');
  const [targetRpo, setTargetRpo] = useState<string | number>('');
  const [achievedRpo, setAchievedRpo] = useState<string | number>('');
  const [result, setResult] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(
      {
        kind: (kind ?? 'backup_restore') as 'backup_restore',
        performedOn,
        subject,
        targetRtoMinutes: minutes(targetRto),
        achievedRtoMinutes: minutes(achievedRto),
        targetRpoMinutes: minutes(targetRpo),
        achievedRpoMinutes: minutes(achievedRpo),
        result,
      },
      { onSuccess: () => setSubject('') },
    );
  };
  return (
    <form onSubmit={submit} aria-label="Record a continuity test">
      <Stack gap="xs">
        <Group grow wrap="wrap">
          <Select label="Kind of test" data={KINDS} value={kind} onChange={setKind} allowDeselect={false} />
          <TextInput
            label="Performed on"
            type="date"
            value={performedOn}
            onChange={(e) => setPerformedOn(e.currentTarget.value)}
            required
          />
          <TextInput
            label="What was restored or failed over"
            value={subject}
            onChange={(e) => setSubject(e.currentTarget.value)}
          />
        </Group>
        <Group grow wrap="wrap">
          <NumberInput
            label="Target RTO (minutes)"
            min={0}
            allowDecimal={false}
            value={targetRto}
            onChange={setTargetRto}
          />
          <NumberInput
            label="Achieved RTO (minutes)"
            min={0}
            allowDecimal={false}
            value={achievedRto}
            onChange={setAchievedRto}
          />
          <NumberInput
            label="Target RPO (minutes)"
            min={0}
            allowDecimal={false}
            value={targetRpo}
            onChange={setTargetRpo}
          />
          <NumberInput
            label="Achieved RPO (minutes)"
            min={0}
            allowDecimal={false}
            value={achievedRpo}
            onChange={setAchievedRpo}
          />
        </Group>
        <Textarea
          label="Result"
          value={result}
          onChange={(e) => setResult(e.currentTarget.value)}
          autosize
          minRows={2}
        />
        <Group>
          <Button type="submit" loading={create.isPending}>
            Record test
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function ExercisesPage() {
  const session = useSession();
  const role = session.data?.org?.role;
  const canManage = !!role && can(role, 'exercises.manage');
  const members = useMemberOptions(canManage);
  const tabletops = useTabletops();
  const tests = useContinuityTests();
  return (
    <>
      <PageHeader
        title="Exercises"
        description="Tabletop exercises, backup restores and failover tests, with what they taught you."
        actions={
          <Anchor href={urlOf(exerciseRoutes.exportCsv, {})} download>
            Download as CSV
          </Anchor>
        }
      />
      <Stack gap="lg">
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            Tabletop exercises
          </Title>
          {canManage && <TabletopForm members={members} />}
          <QueryState query={tabletops} label="tabletop exercises">
            {(data) =>
              data.items.length === 0 ? (
                <Text c="dimmed" mt="sm">
                  No tabletop exercise recorded yet.
                </Text>
              ) : (
                <ScrollTable label="Tabletop exercises" minWidth={720}>
                  <Table mt="sm">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>Held on</Table.Th>
                        <Table.Th>Scenario</Table.Th>
                        <Table.Th>Facilitator</Table.Th>
                        <Table.Th>Findings</Table.Th>
                        <Table.Th>Follow-ups</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {data.items.map((t) => (
                        <Table.Tr key={t.id}>
                          <Table.Td>{t.heldOn}</Table.Td>
                          <Table.Td>
                            {t.scenario === 'custom' ? t.scenarioDescription : scenarioLabel(t.scenario)}
                          </Table.Td>
                          <Table.Td>{t.facilitatorName ?? '—'}</Table.Td>
                          <Table.Td>{t.findings || '—'}</Table.Td>
                          <Table.Td>
                            {t.actions.map((a) => (
                              <Text key={a.id} size="sm">
                                {a.title} — {a.ownerName ?? 'no owner'}
                                {a.dueDate ? `, due ${a.dueDate}` : ''}
                              </Text>
                            ))}
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
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            Backup restores and failover tests
          </Title>
          {canManage && <ContinuityForm />}
          <QueryState query={tests} label="continuity tests">
            {(data) =>
              data.items.length === 0 ? (
                <Text c="dimmed" mt="sm">
                  No test recorded yet.
                </Text>
              ) : (
                <ScrollTable label="Backup restores and failover tests" minWidth={720}>
                  <Table mt="sm">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>Performed on</Table.Th>
                        <Table.Th>Test</Table.Th>
                        <Table.Th>RTO target / achieved</Table.Th>
                        <Table.Th>RPO target / achieved</Table.Th>
                        <Table.Th>Objectives</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {data.items.map((t) => (
                        <Table.Tr key={t.id}>
                          <Table.Td>{t.performedOn}</Table.Td>
                          <Table.Td>
                            {KINDS.find((k) => k.value === t.kind)?.label}: {t.subject}
                          </Table.Td>
                          <Table.Td>
                            {mins(t.targetRtoMinutes)} / {mins(t.achievedRtoMinutes)}
                          </Table.Td>
                          <Table.Td>
                            {mins(t.targetRpoMinutes)} / {mins(t.achievedRpoMinutes)}
                          </Table.Td>
                          <Table.Td>
                            <Badge color={OUTCOME[t.outcome]!.color} variant="light">
                              {OUTCOME[t.outcome]!.label}
                            </Badge>
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
      </Stack>
    </>
  );
}
