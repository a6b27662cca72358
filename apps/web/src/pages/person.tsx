/** One person: details and scope, linked accounts, onboarding and offboarding checklists with deadlines and lag. */
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import type { PersonDetail } from '@vigil/api';
import { can } from '@vigil/core/permissions';
import { type FormEvent, useState } from 'react';
import { fieldError } from '../api/client.ts';
import { useSession } from '../api/hooks.ts';
import {
  useLinkAccount,
  useOrphans,
  usePerson,
  useUnlinkAccount,
  useUpdatePerson,
} from '../api/people-hooks.ts';
import { formatDate } from '../components/format.ts';
import { PageHeader, QueryState } from '../components/page-state.tsx';
import { leaverExceptionText, PERSON_STATUS_LABEL, WORKER_TYPE_LABEL } from '../components/people-labels.ts';
import { OffboardingCard, OnboardingCard } from '../components/person-checklists.tsx';
import { ScrollTable } from '../components/scroll-table.tsx';

const route = getRouteApi('/app/people/$personId');

function Fact({ label, value }: { label: string; value: string | null }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value ?? '—'}</Text>
    </div>
  );
}

function ScopeForm({ person }: { person: PersonDetail }) {
  const save = useUpdatePerson(person.id);
  const [inScope, setInScope] = useState(person.inScope);
  const [why, setWhy] = useState(person.scopeJustification ?? '');
  function submit(e: FormEvent) {
    e.preventDefault();
    save.mutate({ inScope, scopeJustification: inScope ? null : why });
  }
  return (
    <form onSubmit={submit} aria-label="Scope">
      <Stack gap="xs">
        <Switch
          label="In scope of the audit"
          checked={inScope}
          onChange={(e) => setInScope(e.currentTarget.checked)}
        />
        {!inScope && (
          <Textarea
            label="Why this person is out of scope"
            required
            autosize
            minRows={2}
            value={why}
            onChange={(e) => setWhy(e.currentTarget.value)}
            error={fieldError(save.error, 'scopeJustification')}
          />
        )}
        <Group>
          <Button type="submit" variant="light" loading={save.isPending}>
            Save scope
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Accounts({ person, manage }: { person: PersonDetail; manage: boolean }) {
  const orphans = useOrphans();
  const link = useLinkAccount(person.id);
  const unlink = useUnlinkAccount(person.id);
  const [choice, setChoice] = useState<string | null>(null);
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs" id="accounts-title">
        Accounts
      </Title>
      {person.accounts.length === 0 ? (
        <Text size="sm" mb="sm">
          No account in a connected system matches this person's email or aliases.
        </Text>
      ) : (
        <ScrollTable label="Accounts" minWidth={560}>
          <Table aria-labelledby="accounts-title">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>System</Table.Th>
                <Table.Th>Account</Table.Th>
                <Table.Th>State</Table.Th>
                <Table.Th>Matched by</Table.Th>
                {manage && <Table.Th>Action</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {person.accounts.map((a) => (
                <Table.Tr key={a.resourceId}>
                  <Table.Td>{a.system}</Table.Td>
                  <Table.Td>{a.account}</Table.Td>
                  <Table.Td>
                    {a.active === true
                      ? 'Active'
                      : a.active === false
                        ? `Disabled${a.state ? ` (${a.state})` : ''}`
                        : 'Unknown'}
                  </Table.Td>
                  <Table.Td>{a.match === 'manual' ? 'Linked by hand' : 'Email or alias'}</Table.Td>
                  {manage && (
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        onClick={() => unlink.mutate(a.resourceId)}
                        aria-label={`Unlink ${a.system} account ${a.account}`}
                      >
                        Unlink
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      {manage && (
        <Group align="flex-end" mt="sm">
          <Select
            label="Link an account that matches nobody"
            placeholder="Choose an account"
            searchable
            data={(orphans.data?.items ?? []).map((o) => ({
              value: o.resourceId,
              label: `${o.system}: ${o.account}`,
            }))}
            value={choice}
            onChange={setChoice}
            error={fieldError(link.error, 'resourceId')}
            w={320}
          />
          <Button
            disabled={!choice}
            loading={link.isPending}
            onClick={() => choice && link.mutate(choice, { onSuccess: () => setChoice(null) })}
          >
            Link account
          </Button>
        </Group>
      )}
    </Card>
  );
}

export function PersonPage() {
  const { personId } = route.useParams();
  const person = usePerson(personId);
  const session = useSession();
  const role = session.data?.org?.role;
  const manage = !!role && can(role, 'people.manage');
  return (
    <QueryState query={person} label="Loading the person…">
      {(p) => (
        <>
          <PageHeader
            title={p.name}
            description={`${WORKER_TYPE_LABEL[p.workerType]} · ${PERSON_STATUS_LABEL[p.status]}`}
          />
          <Stack gap="md">
            {p.exceptions > 0 && (
              <Alert color="red" title="Terminated with active accounts">
                {leaverExceptionText(p)}
              </Alert>
            )}
            <Card withBorder>
              <Title order={2} size="h4" mb="sm">
                Details
              </Title>
              <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" mb="md">
                <Fact label="Work email" value={p.email} />
                <Fact label="Department" value={p.department} />
                <Fact label="Job title" value={p.title} />
                <Fact label="Manager" value={p.managerName} />
                <Fact label="Start date" value={p.startDate ? formatDate(p.startDate) : null} />
                <Fact label="End date" value={p.endDate ? formatDate(p.endDate) : null} />
                <Fact label="Source" value={p.source === 'roster' ? 'HR roster' : 'Added by hand'} />
                <Fact label="Aliases" value={p.aliases.length ? p.aliases.join(', ') : null} />
              </SimpleGrid>
              {p.source === 'roster' && (
                <Text size="sm" c="dimmed" mb="sm">
                  Dates, status, department and manager come from your HR system; change them there.
                </Text>
              )}
              <Group gap="xs" mb="xs">
                <Text size="sm" fw={500}>
                  Scope:
                </Text>
                <Badge variant="light" color={p.inScope ? 'teal' : 'gray'}>
                  {p.inScope ? 'In scope' : 'Out of scope'}
                </Badge>
                {!p.inScope && <Text size="sm">{p.scopeJustification}</Text>}
              </Group>
              {manage && <ScopeForm key={`${p.inScope}-${p.scopeJustification}`} person={p} />}
            </Card>
            <Accounts person={p} manage={manage} />
            <OnboardingCard person={p} manage={manage} />
            <OffboardingCard person={p} manage={manage} />
          </Stack>
        </>
      )}
    </QueryState>
  );
}
