/** Access reviews: the campaigns, and starting one over connected systems and uploaded user lists. */
import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Divider,
  FileInput,
  Grid,
  Group,
  Progress,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { Campaign } from '@vigil/api';
import { RECURRENCE_WORDS, type Recurrence, type ReviewerMode } from '@vigil/core/access-reviews';
import { can } from '@vigil/core/permissions';
import { type FormEvent, useState } from 'react';
import {
  useCampaigns,
  useCreateCampaign,
  useReviewSources,
  useStartCampaign,
  useUploadUserList,
} from '../api/access-review-hooks.ts';
import { useUsers } from '../api/admin-hooks.ts';
import { fieldError } from '../api/client.ts';
import { useSession } from '../api/hooks.ts';
import { AnchorLink } from '../components/anchor-link.tsx';
import { PageHeader, QueryState } from '../components/page-state.tsx';
import { ScrollTable } from '../components/scroll-table.tsx';

export const STATUS_WORDS = { scheduled: 'Scheduled', open: 'In review', closed: 'Closed' } as const;
const STATUS_COLOR = { scheduled: 'gray', open: 'blue', closed: 'green' } as const;

function CampaignRow({ c }: { c: Campaign }) {
  const start = useStartCampaign();
  const share = c.accounts ? Math.round((c.decided / c.accounts) * 100) : 0;
  return (
    <Table.Tr>
      <Table.Td>
        <AnchorLink to="/access-reviews/$campaignId" params={{ campaignId: c.id }} fw={500}>
          {c.name}
        </AnchorLink>
        <Text size="xs" c="dimmed">
          {c.systems.map((s) => s.name).join(', ')}
        </Text>
      </Table.Td>
      <Table.Td>
        <Badge color={STATUS_COLOR[c.status]} variant="light">
          {STATUS_WORDS[c.status]}
        </Badge>
      </Table.Td>
      <Table.Td>{c.dueDate}</Table.Td>
      <Table.Td>{RECURRENCE_WORDS[c.recurrence]}</Table.Td>
      <Table.Td miw={160}>
        {c.status === 'scheduled' ? (
          c.canManage && (
            <Button size="xs" loading={start.isPending} onClick={() => start.mutate(c.id)}>
              Start now
            </Button>
          )
        ) : (
          <Stack gap={4}>
            <Progress value={share} aria-label={`${c.name}: ${share}% decided`} />
            <Text size="xs">
              {c.decided} of {c.accounts} decided · {c.flagged} flagged
            </Text>
          </Stack>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

function UploadList() {
  const upload = useUploadUserList();
  const [systemName, setSystemName] = useState('');
  const [file, setFile] = useState<File | null>(null);
  function submit(e: FormEvent) {
    e.preventDefault();
    if (!file) return;
    upload.mutate(
      { systemName, file },
      {
        onSuccess: () => {
          setSystemName('');
          setFile(null);
        },
      },
    );
  }
  return (
    <form onSubmit={submit} aria-labelledby="upload-list-title">
      <Title order={3} size="h5" id="upload-list-title" mb={4}>
        Another system's user list
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        A CSV with a column of emails or user names, and optionally name, roles, last login, MFA and status.
      </Text>
      <Grid gap="sm" align="flex-end">
        <Grid.Col span={{ base: 12, sm: 5 }}>
          <TextInput
            label="System name"
            placeholder="e.g. HubSpot"
            required
            value={systemName}
            onChange={(e) => setSystemName(e.currentTarget.value)}
            error={fieldError(upload.error, 'systemName')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 5 }}>
          <FileInput
            label="User list (CSV)"
            placeholder="Choose a file"
            accept=".csv,text/csv"
            required
            value={file}
            onChange={setFile}
            error={fieldError(upload.error, 'file')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 2 }}>
          <Button type="submit" variant="light" loading={upload.isPending} fullWidth>
            Upload
          </Button>
        </Grid.Col>
      </Grid>
    </form>
  );
}

function inQuarter() {
  const d = new Date();
  d.setUTCMonth(d.getUTCMonth() + 1);
  return d.toISOString().slice(0, 10);
}

function NewCampaign({ onDone }: { onDone: () => void }) {
  const sources = useReviewSources();
  const users = useUsers();
  const create = useCreateCampaign();
  const [name, setName] = useState('Quarterly access review');
  const [dueDate, setDueDate] = useState(inQuarter());
  const [recurrence, setRecurrence] = useState<Recurrence>('quarterly');
  const [mode, setMode] = useState<ReviewerMode>('system_owner');
  const [picked, setPicked] = useState<Record<string, string | null>>({});
  const people = (users.data?.items ?? [])
    .filter((u) => u.role !== 'auditor')
    .map((u) => ({ value: u.id, label: u.name }));
  const systemsError = create.error && /^systems/.test((create.error as { field?: string }).field ?? '');

  function submit(e: FormEvent) {
    e.preventDefault();
    const systems = Object.entries(picked).map(([key, owner]) => {
      const [kind, id] = key.split(':') as ['connector' | 'upload', string];
      return kind === 'connector'
        ? { connectorId: id, ownerUserId: owner ?? '' }
        : { uploadId: id, ownerUserId: owner ?? '' };
    });
    create.mutate({ name, dueDate, recurrence, reviewerMode: mode, systems }, { onSuccess: onDone });
  }

  const toggle = (key: string, on: boolean) =>
    setPicked((p) => {
      const next = { ...p };
      if (on) next[key] = null;
      else delete next[key];
      return next;
    });

  const systemRow = (key: string, label: string, detail: string, problem: string | null) => (
    <Grid key={key} gap="sm" align="center">
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <Checkbox
          label={label}
          description={problem ?? detail}
          disabled={problem !== null}
          checked={key in picked}
          onChange={(e) => toggle(key, e.currentTarget.checked)}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        {key in picked && (
          <Select
            label={`Owner of ${label}`}
            placeholder="Pick the system owner"
            required
            data={people}
            value={picked[key] ?? null}
            onChange={(v) => setPicked((p) => ({ ...p, [key]: v }))}
          />
        )}
      </Grid.Col>
    </Grid>
  );

  return (
    <Card withBorder>
      <form onSubmit={submit} aria-labelledby="new-review-title">
        <Stack gap="md">
          <Title order={2} size="h4" id="new-review-title">
            Start an access review
          </Title>
          <Grid gap="sm">
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label="Name"
                required
                value={name}
                onChange={(e) => setName(e.currentTarget.value)}
                error={fieldError(create.error, 'name')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label="Due date"
                type="date"
                required
                value={dueDate}
                onChange={(e) => setDueDate(e.currentTarget.value)}
                error={fieldError(create.error, 'dueDate')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Select
                label="Repeats"
                data={Object.entries(RECURRENCE_WORDS).map(([value, label]) => ({ value, label }))}
                value={recurrence}
                onChange={(v) => v && setRecurrence(v as Recurrence)}
                allowDeselect={false}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Select
                label="Reviewers"
                data={[
                  { value: 'system_owner', label: 'The system owner reviews every account' },
                  { value: 'manager', label: "Each person's manager (the owner for the rest)" },
                ]}
                value={mode}
                onChange={(v) => v && setMode(v as ReviewerMode)}
                allowDeselect={false}
              />
            </Grid.Col>
          </Grid>
          <Stack gap="xs">
            <Title order={3} size="h5">
              Systems to review
            </Title>
            <QueryState query={sources} label="Loading systems…">
              {(s) => (
                <Stack gap="xs">
                  {s.connectors.length === 0 && s.uploads.length === 0 && (
                    <Text size="sm" c="dimmed">
                      No system with accounts yet: connect an identity provider or AWS under Integrations, or
                      upload a user list below.
                    </Text>
                  )}
                  {s.connectors.map((c) =>
                    systemRow(`connector:${c.connectorId}`, c.name, `${c.accounts} accounts`, c.problem),
                  )}
                  {s.uploads.map((u) =>
                    systemRow(
                      `upload:${u.id}`,
                      u.systemName,
                      `${u.accounts} accounts, uploaded ${u.createdAt.slice(0, 10)}`,
                      null,
                    ),
                  )}
                </Stack>
              )}
            </QueryState>
            {systemsError && (
              <Alert color="red" role="alert">
                {(create.error as Error).message.replace(/^systems\.\d+(\.\w+)?: /, '')}
              </Alert>
            )}
          </Stack>
          <Group>
            <Button type="submit" loading={create.isPending} disabled={Object.keys(picked).length === 0}>
              Take the snapshot and start
            </Button>
            <Button variant="default" onClick={onDone}>
              Cancel
            </Button>
          </Group>
        </Stack>
      </form>
      <Divider my="md" />
      <UploadList />
    </Card>
  );
}

export function AccessReviewsPage() {
  const session = useSession();
  const campaigns = useCampaigns();
  const [creating, setCreating] = useState(false);
  const role = session.data?.org?.role;
  const canManage = !!role && can(role, 'access_reviews.manage');
  return (
    <>
      <PageHeader
        title="Access reviews"
        description="Each quarter, the owners of every system confirm who should keep access; revocations are verified by the next sweep."
        actions={
          canManage && !creating && <Button onClick={() => setCreating(true)}>Start an access review</Button>
        }
      />
      <Stack gap="lg">
        {creating && <NewCampaign onDone={() => setCreating(false)} />}
        <QueryState query={campaigns} label="Loading access reviews…">
          {({ items }) =>
            items.length === 0 ? (
              <Text c="dimmed">No access review yet.</Text>
            ) : (
              <ScrollTable label="Access reviews" minWidth={720}>
                <Table verticalSpacing="sm">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Review</Table.Th>
                      <Table.Th>Status</Table.Th>
                      <Table.Th>Due</Table.Th>
                      <Table.Th>Repeats</Table.Th>
                      <Table.Th>Progress</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {items.map((c) => (
                      <CampaignRow key={c.id} c={c} />
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
