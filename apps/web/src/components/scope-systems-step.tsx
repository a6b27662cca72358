/** Wizard step 2: the inventory of system components, and which of them the audit covers. */
import {
  Accordion,
  ActionIcon,
  Alert,
  Button,
  Group,
  List,
  Stack,
  Switch,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import type { System } from '@vigil/api';
import { can } from '@vigil/core/permissions';
import { useComponentKinds, useDeleteSystem, useSession, useSystems, useUpdateSystem } from '../api/hooks.ts';
import { QueryState } from './page-state.tsx';
import { ScrollTable } from './scroll-table.tsx';
import { SystemForm } from './system-form.tsx';

function SystemsTable({ systems, kindName }: { systems: System[]; kindName: (id: string) => string }) {
  const update = useUpdateSystem();
  const remove = useDeleteSystem();
  if (systems.length === 0) {
    return (
      <Alert color="blue" title="No systems yet">
        Add the infrastructure, software, data, people, procedures and vendors that deliver your service.
        Start with your production cloud account and your main application.
      </Alert>
    );
  }
  return (
    <ScrollTable label="Systems" minWidth={520}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Kind</Table.Th>
            <Table.Th>Owner</Table.Th>
            <Table.Th>In scope</Table.Th>
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {systems.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {s.name}
                </Text>
                {s.description && (
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {s.description}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{kindName(s.kind)}</Table.Td>
              <Table.Td>{s.ownerName ?? '—'}</Table.Td>
              <Table.Td>
                <Switch
                  aria-label={`${s.name} in scope`}
                  checked={s.inScope}
                  onChange={(e) => update.mutate({ id: s.id, inScope: e.currentTarget.checked })}
                />
              </Table.Td>
              <Table.Td>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={`Remove ${s.name}`}
                  onClick={() => remove.mutate(s.id)}
                >
                  ✕
                </ActionIcon>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

export function SystemsStep({ onDone, onBack }: { onDone: () => void; onBack: () => void }) {
  const kinds = useComponentKinds();
  const systems = useSystems();
  const session = useSession();
  const role = session.data?.org?.role;
  const inScope = systems.data?.items.filter((s) => s.inScope).length ?? 0;

  return (
    <Stack gap="md" mt="md">
      <Text>
        A SOC 2 system description covers six kinds of component. List the ones that deliver the service the
        report is about, and switch off anything you want to keep out of this audit.
      </Text>
      <QueryState query={kinds} label="Loading component kinds…">
        {(k) => (
          <>
            <Accordion variant="separated">
              {k.items.map((kind) => (
                <Accordion.Item key={kind.id} value={kind.id}>
                  <Accordion.Control>{kind.name}</Accordion.Control>
                  <Accordion.Panel>
                    <Text size="sm">{kind.description}</Text>
                    <List size="sm" mt="xs">
                      {kind.examples.map((ex) => (
                        <List.Item key={ex}>{ex}</List.Item>
                      ))}
                    </List>
                  </Accordion.Panel>
                </Accordion.Item>
              ))}
            </Accordion>
            <Title order={2} size="h4">
              Your systems
            </Title>
            <QueryState query={systems} label="Loading systems…">
              {(s) => (
                <SystemsTable
                  systems={s.items}
                  kindName={(id) => k.items.find((x) => x.id === id)?.name ?? id}
                />
              )}
            </QueryState>
            {role && can(role, 'systems.edit') && <SystemForm kinds={k.items} />}
          </>
        )}
      </QueryState>
      <Group justify="space-between">
        <Button variant="default" onClick={onBack}>
          Back
        </Button>
        <Group gap="sm">
          {inScope === 0 && (
            <Text size="sm" c="dimmed">
              Add at least one system in scope to continue.
            </Text>
          )}
          <Button onClick={onDone} disabled={inScope === 0}>
            Continue
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
