/**
 * Exercises: tabletop exercises (scenario, people, findings, follow-ups) and backup-restore or
 * failover tests with their recovery objectives and whether they were met. Editors change either
 * and mark follow-up actions done.
 */
import { Anchor, Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { type ExerciseActionSchema, exerciseRoutes, urlOf } from '@vigil/api';
import { can } from '@vigil/core/permissions';
import { useState } from 'react';
import type { z } from 'zod';
import { useUsers } from '../api/admin-hooks.ts';
import { useContinuityTests, useSetActionStatus, useTabletops } from '../api/exercise-hooks.ts';
import { useSession } from '../api/hooks.ts';
import { PageHeader, QueryState } from '../components/page-state.tsx';
import { ScrollTable } from '../components/scroll-table.tsx';
import {
  ContinuityEdit,
  ContinuityForm,
  KINDS,
  SCENARIOS,
  TabletopEdit,
  TabletopForm,
} from './exercise-forms.tsx';

type Action = z.infer<typeof ExerciseActionSchema>;

const scenarioLabel = (v: string) => SCENARIOS.find((s) => s.value === v)?.label ?? v;
const OUTCOME: Record<string, { label: string; color: string }> = {
  met: { label: 'Met', color: 'teal' },
  not_met: { label: 'Not met', color: 'red' },
  unknown: { label: 'Not measured', color: 'gray' },
};
const mins = (n: number | null) => (n === null ? '—' : `${n} min`);

function useMemberOptions(enabled: boolean) {
  const users = useUsers(enabled);
  return (users.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }));
}

/** Follow-ups with owner and due date; editors mark each done or reopen it. */
function FollowUps({ actions, canManage }: { actions: Action[]; canManage: boolean }) {
  const setStatus = useSetActionStatus();
  if (actions.length === 0) return <Text size="sm">—</Text>;
  return (
    <Stack gap={4}>
      {actions.map((a) => (
        <Group key={a.id} gap="xs" wrap="wrap" align="center">
          <Text size="sm" td={a.status === 'done' ? 'line-through' : undefined}>
            {a.title} — {a.ownerName ?? 'no owner'}
            {a.dueDate ? `, due ${a.dueDate}` : ''}
          </Text>
          {a.status === 'done' && (
            <Badge color="teal" variant="light">
              Done
            </Badge>
          )}
          {canManage && (
            <Button
              size="compact-xs"
              variant="subtle"
              aria-label={`${a.status === 'done' ? 'Reopen' : 'Mark done'}: ${a.title}`}
              loading={setStatus.isPending && setStatus.variables?.exerciseActionId === a.id}
              onClick={() =>
                setStatus.mutate({ exerciseActionId: a.id, status: a.status === 'done' ? 'open' : 'done' })
              }
            >
              {a.status === 'done' ? 'Reopen' : 'Mark done'}
            </Button>
          )}
        </Group>
      ))}
    </Stack>
  );
}

function EditButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button size="compact-sm" variant="light" aria-label={label} onClick={onClick}>
      Edit
    </Button>
  );
}

function Tabletops({ canManage }: { canManage: boolean }) {
  const members = useMemberOptions(canManage);
  const tabletops = useTabletops();
  const [editing, setEditing] = useState<string | null>(null);
  const current = tabletops.data?.items.find((t) => t.id === editing);
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        Tabletop exercises
      </Title>
      {canManage &&
        (current ? (
          <TabletopEdit key={current.id} t={current} members={members} onDone={() => setEditing(null)} />
        ) : (
          <TabletopForm members={members} />
        ))}
      <QueryState query={tabletops} label="tabletop exercises">
        {(data) =>
          data.items.length === 0 ? (
            <Text c="dimmed" mt="sm">
              No tabletop exercise recorded yet.
            </Text>
          ) : (
            <ScrollTable label="Tabletop exercises" minWidth={820}>
              <Table mt="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Held on</Table.Th>
                    <Table.Th>Scenario</Table.Th>
                    <Table.Th>Facilitator</Table.Th>
                    <Table.Th>Findings</Table.Th>
                    <Table.Th>Follow-ups</Table.Th>
                    {canManage && <Table.Th>Change</Table.Th>}
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
                        <FollowUps actions={t.actions} canManage={canManage} />
                      </Table.Td>
                      {canManage && (
                        <Table.Td>
                          <EditButton
                            label={`Edit the tabletop exercise of ${t.heldOn}`}
                            onClick={() => setEditing(t.id)}
                          />
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
    </Card>
  );
}

function ContinuityTests({ canManage }: { canManage: boolean }) {
  const tests = useContinuityTests();
  const [editing, setEditing] = useState<string | null>(null);
  const current = tests.data?.items.find((t) => t.id === editing);
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        Backup restores and failover tests
      </Title>
      {canManage &&
        (current ? (
          <ContinuityEdit key={current.id} t={current} onDone={() => setEditing(null)} />
        ) : (
          <ContinuityForm />
        ))}
      <QueryState query={tests} label="continuity tests">
        {(data) =>
          data.items.length === 0 ? (
            <Text c="dimmed" mt="sm">
              No test recorded yet.
            </Text>
          ) : (
            <ScrollTable label="Backup restores and failover tests" minWidth={900}>
              <Table mt="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Performed on</Table.Th>
                    <Table.Th>Test</Table.Th>
                    <Table.Th>RTO target / achieved</Table.Th>
                    <Table.Th>RPO target / achieved</Table.Th>
                    <Table.Th>Objectives</Table.Th>
                    <Table.Th>Follow-ups</Table.Th>
                    {canManage && <Table.Th>Change</Table.Th>}
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
                      <Table.Td>
                        <FollowUps actions={t.actions} canManage={canManage} />
                      </Table.Td>
                      {canManage && (
                        <Table.Td>
                          <EditButton
                            label={`Edit the test of ${t.subject} on ${t.performedOn}`}
                            onClick={() => setEditing(t.id)}
                          />
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
    </Card>
  );
}

export function ExercisesPage() {
  const session = useSession();
  const role = session.data?.org?.role;
  const canManage = !!role && can(role, 'exercises.manage');
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
        <Tabletops canManage={canManage} />
        <ContinuityTests canManage={canManage} />
      </Stack>
    </>
  );
}
