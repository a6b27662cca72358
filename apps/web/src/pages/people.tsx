/** The person register: everyone who works here, filtered by status, worker type and scope; orphan accounts; the offboarding deadline. */
import {
  Badge,
  Button,
  Card,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { getRouteApi } from '@tanstack/react-router';
import type { PersonStatus, WorkerType } from '@vigil/api';
import { can } from '@vigil/core/permissions';
import { type FormEvent, useEffect, useState } from 'react';
import { fieldError } from '../api/client.ts';
import { useSession } from '../api/hooks.ts';
import { useOrphans, usePeople, usePeopleSettings, useUpdatePeopleSettings } from '../api/people-hooks.ts';
import { AnchorLink } from '../components/anchor-link.tsx';
import { FilterPanel } from '../components/filter-panel.tsx';
import { FilterSelect } from '../components/filter-select.tsx';
import { formatDate } from '../components/format.ts';
import { PageHeader, QueryState } from '../components/page-state.tsx';
import {
  PERSON_STATUS_COLOR,
  PERSON_STATUS_LABEL,
  PERSON_STATUS_OPTIONS,
  WORKER_TYPE_LABEL,
  WORKER_TYPE_OPTIONS,
} from '../components/people-labels.ts';
import { PersonForm } from '../components/person-form.tsx';
import { ScrollTable } from '../components/scroll-table.tsx';

const route = getRouteApi('/app/people');

export interface PeopleSearch {
  q?: string;
  status?: PersonStatus;
  workerType?: WorkerType;
  inScope?: 'true' | 'false';
}

function SlaCard({ manage }: { manage: boolean }) {
  const settings = usePeopleSettings();
  const save = useUpdatePeopleSettings();
  const [days, setDays] = useState<number | string>('');
  useEffect(() => {
    if (settings.data) setDays(settings.data.offboardingSlaBusinessDays);
  }, [settings.data]);
  function submit(e: FormEvent) {
    e.preventDefault();
    save.mutate(Number(days));
  }
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">
        Offboarding deadline
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        How many business days a leaver's accounts may stay active after their end date. A change applies to
        terminations from now on; open offboardings keep the deadline they started with.
      </Text>
      {manage ? (
        <form onSubmit={submit}>
          <Group align="flex-end">
            <NumberInput
              label="Business days"
              min={0}
              max={30}
              value={days}
              onChange={setDays}
              w={160}
              error={fieldError(save.error, 'offboardingSlaBusinessDays')}
            />
            <Button type="submit" loading={save.isPending}>
              Save deadline
            </Button>
          </Group>
        </form>
      ) : (
        <Text>{settings.data ? `${settings.data.offboardingSlaBusinessDays} business day(s)` : '…'}</Text>
      )}
    </Card>
  );
}

function Orphans() {
  const orphans = useOrphans();
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs" id="orphans-title">
        Accounts that match nobody
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Accounts in connected systems whose email matches no one in the register. Link each one to its owner
        from the person's page, or remove it in the system.
      </Text>
      <QueryState query={orphans} label="Loading accounts…">
        {(data) =>
          data.items.length === 0 ? (
            <Text size="sm">Every account belongs to someone in the register.</Text>
          ) : (
            <ScrollTable label="Accounts that match nobody" minWidth={480}>
              <Table aria-labelledby="orphans-title">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>System</Table.Th>
                    <Table.Th>Account</Table.Th>
                    <Table.Th>State</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((a) => (
                    <Table.Tr key={a.resourceId}>
                      <Table.Td>{a.system}</Table.Td>
                      <Table.Td>{a.account}</Table.Td>
                      <Table.Td>
                        {a.active === true ? 'Active' : a.active === false ? 'Disabled' : 'Unknown'}
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
  );
}

export function PeoplePage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const session = useSession();
  const role = session.data?.org?.role;
  const manage = !!role && can(role, 'people.manage');
  const people = usePeople(search);
  const everyone = usePeople({});
  const [q, setQ] = useState(search.q ?? '');
  const [adding, setAdding] = useState(false);
  const update = (patch: Partial<PeopleSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  const setQuery = useDebouncedCallback((value: string) => update({ q: value.trim() || undefined }), 300);

  return (
    <>
      <PageHeader
        title="People"
        description="Everyone who works here, from your HR system and added by hand: their accounts, onboarding and offboarding."
        actions={
          manage && (
            <Button onClick={() => setAdding((a) => !a)} aria-expanded={adding}>
              {adding ? 'Close the form' : 'Add a person'}
            </Button>
          )
        }
      />
      <Stack gap="md">
        {adding && (
          <Card withBorder>
            <PersonForm people={everyone.data?.items ?? []} onDone={() => setAdding(false)} />
          </Card>
        )}
        <FilterPanel
          active={[search.q, search.status, search.workerType, search.inScope].filter(Boolean).length}
        >
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
            <TextInput
              label="Search"
              placeholder="Name, email or department"
              value={q}
              onChange={(e) => {
                setQ(e.currentTarget.value);
                setQuery(e.currentTarget.value);
              }}
            />
            <FilterSelect
              label="Status"
              placeholder="Any status"
              data={PERSON_STATUS_OPTIONS}
              value={search.status}
              onChange={(v) => update({ status: v })}
            />
            <FilterSelect
              label="Worker type"
              placeholder="Employees and contractors"
              data={WORKER_TYPE_OPTIONS}
              value={search.workerType}
              onChange={(v) => update({ workerType: v })}
            />
            <FilterSelect
              label="Scope"
              placeholder="In or out of scope"
              data={[
                { value: 'true', label: 'In scope' },
                { value: 'false', label: 'Out of scope' },
              ]}
              value={search.inScope}
              onChange={(v) => update({ inScope: v })}
            />
          </SimpleGrid>
        </FilterPanel>
        <QueryState query={people} label="Loading people…">
          {(data) =>
            data.items.length === 0 ? (
              <Card withBorder padding="xl">
                <Text>
                  No one here yet. Upload your HR roster on the Integrations page, or add a person by hand.
                </Text>
              </Card>
            ) : (
              <Stack gap="xs">
                <Text size="sm" c="dimmed" aria-live="polite">
                  {data.items.length} {data.items.length === 1 ? 'person' : 'people'}
                </Text>
                <ScrollTable label="People" minWidth={760}>
                  <Table striped highlightOnHover verticalSpacing="xs">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>Name</Table.Th>
                        <Table.Th>Worker type</Table.Th>
                        <Table.Th>Department</Table.Th>
                        <Table.Th>Manager</Table.Th>
                        <Table.Th>Dates</Table.Th>
                        <Table.Th>Status</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {data.items.map((p) => (
                        <Table.Tr key={p.id}>
                          <Table.Td>
                            <AnchorLink to="/people/$personId" params={{ personId: p.id }} size="sm" fw={500}>
                              {p.name}
                            </AnchorLink>
                            <Text size="xs" c="dimmed">
                              {p.email}
                            </Text>
                          </Table.Td>
                          <Table.Td>{WORKER_TYPE_LABEL[p.workerType]}</Table.Td>
                          <Table.Td>{p.department ?? '—'}</Table.Td>
                          <Table.Td>{p.managerName ?? '—'}</Table.Td>
                          <Table.Td>
                            {formatDate(p.startDate)}
                            {p.endDate ? ` to ${formatDate(p.endDate)}` : ''}
                          </Table.Td>
                          <Table.Td>
                            <Group gap={4}>
                              <Badge variant="light" color={PERSON_STATUS_COLOR[p.status]}>
                                {PERSON_STATUS_LABEL[p.status]}
                              </Badge>
                              {!p.inScope && (
                                <Badge variant="outline" color="gray">
                                  Out of scope
                                </Badge>
                              )}
                              {p.exceptions > 0 && (
                                <Badge variant="filled" color="red">
                                  {p.exceptions} active {p.exceptions === 1 ? 'account' : 'accounts'}
                                </Badge>
                              )}
                              {p.accountsDue > 0 && (
                                <Badge variant="light" color="yellow">
                                  {p.accountsDue} {p.accountsDue === 1 ? 'account' : 'accounts'} due for
                                  removal
                                </Badge>
                              )}
                            </Group>
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </ScrollTable>
              </Stack>
            )
          }
        </QueryState>
        <Orphans />
        <SlaCard manage={manage} />
      </Stack>
    </>
  );
}
