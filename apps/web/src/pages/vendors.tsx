/** The vendor register: every vendor with its tier and next review, and adding one through the questionnaire. */
import { Anchor, Badge, Button, Card, Grid, Group, Stack, Table, Text, Title } from '@mantine/core';
import { can } from '@vigil/core/permissions';
import { type FormEvent, useState } from 'react';
import { useUsers } from '../api/admin-hooks.ts';
import { fieldError } from '../api/client.ts';
import { useSession } from '../api/hooks.ts';
import { useCreateVendor, useVendors } from '../api/vendor-hooks.ts';
import { AnchorLink } from '../components/anchor-link.tsx';
import { ChoiceField, FormActions, TextField } from '../components/form-fields.tsx';
import { PageHeader, QueryState } from '../components/page-state.tsx';
import { ScrollTable } from '../components/scroll-table.tsx';
import { type Answers, TierQuestionnaire } from './vendor-questionnaire.tsx';
import { LEVEL_WORDS, STATUS_WORDS, TIER_COLOR } from './vendor-words.ts';

function NewVendor({ onDone }: { onDone: (id: string) => void }) {
  const create = useCreateVendor();
  const users = useUsers();
  const [name, setName] = useState('');
  const [services, setServices] = useState('');
  const [answers, setAnswers] = useState<Answers>({
    dataAccess: 'low',
    businessImpact: 'low',
    partOfSystem: false,
    subProcessor: false,
  });
  const [ownerUserId, setOwner] = useState<string | null>(null);
  const people = (users.data?.items ?? [])
    .filter((u) => u.role !== 'auditor')
    .map((u) => ({ value: u.id, label: u.name }));
  function submit(e: FormEvent) {
    e.preventDefault();
    create.mutate(
      { name, services, ...answers, ownerUserId, status: 'active' },
      { onSuccess: (v) => onDone(v.id) },
    );
  }
  return (
    <Card withBorder>
      <form onSubmit={submit} aria-labelledby="new-vendor-title">
        <Stack gap="sm">
          <Title order={2} size="h4" id="new-vendor-title">
            Add a vendor
          </Title>
          <Text size="sm" c="dimmed">
            The tier follows from the answers: the higher of data access and business impact, one step higher
            for a vendor that is part of your system or processes personal data for you.
          </Text>
          <Grid gap="sm">
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <TextField
                label="Name"
                required
                value={name}
                onChange={setName}
                error={fieldError(create.error, 'name')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <TextField label="Services provided" value={services} onChange={setServices} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <ChoiceField
                label="Owner"
                placeholder="Pick a member"
                data={people}
                value={ownerUserId}
                onChange={setOwner}
                clearable
                error={fieldError(create.error, 'ownerUserId')}
              />
            </Grid.Col>
          </Grid>
          <TierQuestionnaire
            answers={answers}
            onChange={(p) => setAnswers((a) => ({ ...a, ...p }))}
            error={create.error}
          />
          <FormActions label="Add vendor" pending={create.isPending} />
        </Stack>
      </form>
    </Card>
  );
}

export function VendorsPage() {
  const vendors = useVendors();
  const session = useSession();
  const role = session.data?.org?.role;
  const mayManage = !!role && can(role, 'vendors.manage');
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  return (
    <>
      <PageHeader
        title="Vendors"
        description="Who you rely on, what they can reach, their reports and reviews."
        actions={
          <Group>
            <Anchor href="/api/vendors/export.csv" download>
              Download CSV
            </Anchor>
            {mayManage && (
              <Button onClick={() => setAdding((a) => !a)} variant={adding ? 'default' : 'filled'}>
                {adding ? 'Cancel' : 'Add vendor'}
              </Button>
            )}
          </Group>
        }
      />
      <Stack gap="md">
        {adding && (
          <NewVendor
            onDone={(id) => {
              setAdding(false);
              setAdded(id);
            }}
          />
        )}
        <QueryState query={vendors} label="Loading vendors…">
          {(data) =>
            data.items.length === 0 ? (
              <Text c="dimmed">No vendors yet.</Text>
            ) : (
              <ScrollTable label="Vendors" minWidth={640}>
                <Table striped aria-label="Vendors">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Vendor</Table.Th>
                      <Table.Th>Tier</Table.Th>
                      <Table.Th>Status</Table.Th>
                      <Table.Th>Owner</Table.Th>
                      <Table.Th>Next review</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((v) => (
                      <Table.Tr key={v.id} aria-current={v.id === added ? 'true' : undefined}>
                        <Table.Td>
                          <AnchorLink to="/vendors/$vendorId" params={{ vendorId: v.id }} fw={500}>
                            {v.name}
                          </AnchorLink>
                          <Text size="xs" c="dimmed">
                            {v.services}
                            {v.subProcessor ? ' · sub-processor' : ''}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Badge color={TIER_COLOR[v.tier]} variant="light">
                            {LEVEL_WORDS[v.tier]}
                          </Badge>
                        </Table.Td>
                        <Table.Td>{STATUS_WORDS[v.status]}</Table.Td>
                        <Table.Td>{v.owner?.name ?? '—'}</Table.Td>
                        <Table.Td>{v.nextReviewDue ?? '—'}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollTable>
            )
          }
        </QueryState>
      </Stack>
    </>
  );
}
