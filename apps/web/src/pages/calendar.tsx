/**
 * The activity calendar: the recurring work that proves controls, as a month grid or a list grouped
 * by month, filtered by owner and status; an occurrence opens in a dialog to edit or complete it.
 * Planned internal audits are listed under the activities. "Subscribe in your calendar" makes the secret address of the person's iCalendar feed.
 */
import {
  Alert,
  Button,
  Card,
  Code,
  CopyButton,
  EmptyState,
  Group,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import type { Activity, CalendarFeedCreated } from '@vigil/api';
import { can } from '@vigil/core/permissions';
import { useState } from 'react';
import {
  useActivities,
  useCalendarFeed,
  useCreateCalendarFeed,
  useScheduleActivities,
} from '../api/activity-hooks.ts';
import { useUsers } from '../api/admin-hooks.ts';
import { useSession } from '../api/hooks.ts';
import { ActivityDialog } from '../components/activity-dialog.tsx';
import { AnchorLink } from '../components/anchor-link.tsx';
import { CalendarAudits } from '../components/calendar-audits.tsx';
import { ActivityStatus, CalendarMonth, monthLabel } from '../components/calendar-month.tsx';
import { FilterPanel } from '../components/filter-panel.tsx';
import { FilterSelect } from '../components/filter-select.tsx';
import { formatDate, formatDateTime } from '../components/format.ts';
import { PageHeader, QueryState } from '../components/page-state.tsx';
import { ScrollTable } from '../components/scroll-table.tsx';

const route = getRouteApi('/app/calendar');

/** `2026-12` plus `n` months. */
function shiftMonth(month: string, n: number): string {
  const d = new Date(`${month}-01T00:00:00Z`);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1)).toISOString().slice(0, 7);
}
const lastDayOf = (month: string) =>
  new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);

const STATUS_OPTIONS = [
  { value: 'open', label: 'Open' },
  { value: 'overdue', label: 'Overdue' },
  { value: 'completed', label: 'Completed' },
];

function ActivityLink({ a }: { a: Activity }) {
  return (
    <AnchorLink from="/calendar" to="/calendar" search={(prev) => ({ ...prev, activity: a.id })}>
      {a.title} for {a.controlCode}
    </AnchorLink>
  );
}

/** Every occurrence, grouped under its month's heading. */
function ListView({ items }: { items: Activity[] }) {
  const months = new Map<string, Activity[]>();
  for (const a of items) months.set(a.dueDate.slice(0, 7), [...(months.get(a.dueDate.slice(0, 7)) ?? []), a]);
  return (
    <Stack gap="lg">
      {[...months].map(([month, list]) => (
        <section key={month} aria-labelledby={`month-${month}`}>
          <Title order={2} size="h4" id={`month-${month}`} mb="xs">
            {monthLabel(month)}
          </Title>
          <ScrollTable label={`Activities due in ${monthLabel(month)}`} minWidth={640}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Due</Table.Th>
                  <Table.Th>Activity</Table.Th>
                  <Table.Th>Control</Table.Th>
                  <Table.Th>Owner</Table.Th>
                  <Table.Th>Status</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Td>{formatDate(a.dueDate)}</Table.Td>
                    <Table.Td>
                      <ActivityLink a={a} />
                    </Table.Td>
                    <Table.Td>{a.controlTitle}</Table.Td>
                    <Table.Td>
                      {a.ownerName ?? (
                        <Text span c="dimmed" size="sm">
                          Unassigned
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <ActivityStatus a={a} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        </section>
      ))}
    </Stack>
  );
}

/** The secret feed address: shown once when made, like an API token; remaking it stops the old one. */
function Subscribe() {
  const feed = useCalendarFeed();
  const create = useCreateCalendarFeed();
  const [made, setMade] = useState<CalendarFeedCreated | null>(null);
  const active = feed.data?.active;
  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Title order={2} size="h4">
          Subscribe in your calendar
        </Title>
        <Text size="sm">
          Add the activities you own to Google Calendar, Outlook or Apple Calendar with a private address.
          Anyone with the address can read your activities, so keep it to yourself; make a new one if it
          leaks.
        </Text>
        {made ? (
          <Stack gap="xs">
            <Text size="sm" fw={500}>
              Your calendar address (shown only now):
            </Text>
            <Code block style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
              {made.url}
            </Code>
            <CopyButton value={made.url}>
              {({ copied, copy }) => (
                <Button variant="light" onClick={copy} w="fit-content">
                  {copied ? 'Copied' : 'Copy address'}
                </Button>
              )}
            </CopyButton>
          </Stack>
        ) : (
          active && (
            <Text size="sm" c="dimmed">
              You made a calendar address on {formatDateTime(feed.data?.createdAt)}. It is not shown again;
              make a new one to see an address (the old one then stops working).
            </Text>
          )
        )}
        {create.error && (
          <Alert color="red" role="alert">
            {create.error.message}
          </Alert>
        )}
        <Button
          variant={active ? 'default' : 'filled'}
          w="fit-content"
          loading={create.isPending}
          onClick={() => create.mutate(undefined, { onSuccess: setMade })}
        >
          {active ? 'Make a new address' : 'Make my calendar address'}
        </Button>
      </Stack>
    </Card>
  );
}

export function CalendarPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const session = useSession();
  const role = session.data?.org?.role;
  const canManage = !!role && can(role, 'activities.manage');
  const canSeeMembers = !!role && can(role, 'users.read');
  const users = useUsers(canSeeMembers);
  const view = search.view ?? 'month';
  const month = search.month ?? new Date().toISOString().slice(0, 7);
  const activities = useActivities({
    owner: search.owner,
    status: search.status,
    ...(view === 'month' ? { from: `${month}-01`, to: lastDayOf(month) } : {}),
  });
  const schedule = useScheduleActivities();
  const update = (patch: Partial<typeof search>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  const ownerOptions = [
    { value: 'me', label: 'Me' },
    { value: 'unassigned', label: 'Unassigned' },
    ...(users.data?.items ?? []).map((u) => ({ value: u.id, label: u.name })),
  ];

  return (
    <>
      <PageHeader
        title="Calendar"
        description="The recurring work that proves your controls operate: who does it, when it is due, and the evidence it left."
        actions={
          canManage && (
            <Button variant="default" loading={schedule.isPending} onClick={() => schedule.mutate(undefined)}>
              Schedule activities
            </Button>
          )
        }
      />
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <SegmentedControl
            aria-label="View"
            value={view}
            onChange={(v) => update({ view: v as 'month' | 'list' })}
            data={[
              { value: 'month', label: 'Month' },
              { value: 'list', label: 'List' },
            ]}
          />
          {view === 'month' && (
            <Group gap="xs">
              <Button variant="default" size="sm" onClick={() => update({ month: shiftMonth(month, -1) })}>
                Previous month
              </Button>
              <Text fw={600} aria-live="polite">
                {monthLabel(month)}
              </Text>
              <Button variant="default" size="sm" onClick={() => update({ month: shiftMonth(month, 1) })}>
                Next month
              </Button>
            </Group>
          )}
        </Group>
        <FilterPanel active={[search.owner, search.status].filter(Boolean).length}>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <FilterSelect
              label="Owner"
              placeholder="Anyone"
              data={ownerOptions}
              value={search.owner}
              onChange={(v) => update({ owner: v })}
              searchable
            />
            <FilterSelect
              label="Status"
              placeholder="Any status"
              data={STATUS_OPTIONS}
              value={search.status}
              onChange={(v) => update({ status: v as typeof search.status })}
            />
          </SimpleGrid>
        </FilterPanel>
        <QueryState query={activities} label="Loading activities…">
          {(data) =>
            view === 'month' ? (
              <CalendarMonth month={month} today={data.today} activities={data.items} />
            ) : data.items.length === 0 ? (
              <Card withBorder padding="xl">
                <EmptyState
                  title="No activities here"
                  description="Adopt controls from the library, or schedule activities for the ones you have, to fill the calendar."
                />
              </Card>
            ) : (
              <ListView items={data.items} />
            )
          }
        </QueryState>
        <CalendarAudits
          month={view === 'month' ? month : null}
          enabled={!!role && can(role, 'internal_audits.read')}
        />
        <Subscribe />
      </Stack>
      <ActivityDialog
        activityId={search.activity}
        canManage={canManage}
        canSeeMembers={canSeeMembers}
        onClose={() => update({ activity: undefined })}
      />
    </>
  );
}
