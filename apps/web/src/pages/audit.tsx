/** The audit trail: filter, page back in time, expand changes, export CSV and verify the hash chain. */
import {
  Alert,
  Anchor,
  Button,
  Card,
  EmptyState,
  Group,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { auditTrailRoutes, urlOf } from '@vigil/api';
import { AUDIT_OBJECT_TYPES, auditActionGroups } from '@vigil/core/audit-wording';
import { type FormEvent, useState } from 'react';
import type { AuditFilters } from '../api/admin-hooks.ts';
import { auditQuery, useAuditActors, useAuditEvents, useVerifyChain } from '../api/admin-hooks.ts';
import { AuditTable } from '../components/audit-table.tsx';
import { FilterSelect } from '../components/filter-select.tsx';
import { LoadError, Loading, PageHeader } from '../components/page-state.tsx';

const route = getRouteApi('/app/audit');
const ACTIONS = auditActionGroups();
const OBJECT_TYPES = Object.entries(AUDIT_OBJECT_TYPES)
  .map(([value, label]) => ({ value, label }))
  .sort((a, b) => a.label.localeCompare(b.label));

function Verify() {
  const verify = useVerifyChain();
  const r = verify.data;
  return (
    <Stack gap="xs" align="flex-start">
      <Button variant="light" onClick={() => verify.mutate()} loading={verify.isPending}>
        Verify chain
      </Button>
      {r?.ok && (
        <Alert color="teal" role="status" title="Chain verified" w="100%">
          OK: all {r.checked} entries are intact and in order.
        </Alert>
      )}
      {r && !r.ok && (
        <Alert color="red" role="alert" title="The chain is broken" w="100%">
          {r.break ? `Entry ${r.break.seq}: ${r.break.message}` : 'The chain did not verify.'} ({r.checked}{' '}
          checked)
        </Alert>
      )}
    </Stack>
  );
}

export function AuditPage() {
  const filters = route.useSearch();
  const navigate = route.useNavigate();
  const [draft, setDraft] = useState<AuditFilters>(filters);
  const events = useAuditEvents(filters);
  const actors = useAuditActors();
  const actorOptions = (actors.data?.items ?? []).map((a) => ({ value: a.label, label: a.name }));
  // A filter from a typed or older link stays choosable even when the list does not hold it.
  if (filters.actor && !actorOptions.some((o) => o.value === filters.actor))
    actorOptions.unshift({ value: filters.actor, label: filters.actor });
  const known = ACTIONS.some((g) => g.items.some((i) => i.value === filters.action));
  const actionOptions =
    filters.action && !known
      ? [
          ...ACTIONS,
          {
            group: 'From the link',
            items: [{ value: filters.action, label: `Starts with ${filters.action}` }],
          },
        ]
      : ACTIONS;
  const items = events.data?.pages.flatMap((p) => p.items) ?? [];

  function apply(e: FormEvent) {
    e.preventDefault();
    const clean = Object.fromEntries(Object.entries(draft).map(([k, v]) => [k, v?.trim() || undefined]));
    void navigate({ search: clean });
  }

  return (
    <>
      <PageHeader
        title="Audit trail"
        description="Every change to your compliance program, who made it and when. Each entry is hash-chained to the one before."
        actions={
          <Anchor href={urlOf(auditTrailRoutes.exportCsv, { query: auditQuery(filters) })} download>
            Export CSV
          </Anchor>
        }
      />
      <Stack gap="md">
        <Card withBorder>
          <form onSubmit={apply} aria-label="Filter the audit trail">
            <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="sm">
              <FilterSelect
                label="Action"
                placeholder="Any action"
                searchable
                data={actionOptions}
                value={draft.action}
                onChange={(v) => setDraft({ ...draft, action: v })}
              />
              <FilterSelect
                label="Who"
                placeholder="Anyone"
                searchable
                data={actorOptions}
                value={draft.actor}
                onChange={(v) => setDraft({ ...draft, actor: v })}
              />
              <FilterSelect
                label="Object"
                placeholder="Any object"
                searchable
                data={OBJECT_TYPES}
                value={draft.entityType}
                onChange={(v) => setDraft({ ...draft, entityType: v })}
              />
              {(['from', 'to'] as const).map((key) => (
                <TextInput
                  key={key}
                  label={key === 'from' ? 'From' : 'To'}
                  type="date"
                  value={draft[key] ?? ''}
                  onChange={(e) => setDraft({ ...draft, [key]: e.currentTarget.value })}
                />
              ))}
            </SimpleGrid>
            <Group mt="sm" gap="sm">
              <Button type="submit">Apply filters</Button>
              <Button
                variant="default"
                onClick={() => {
                  setDraft({});
                  void navigate({ search: {} });
                }}
              >
                Clear
              </Button>
            </Group>
          </form>
        </Card>
        <Verify />
        {events.error ? (
          <LoadError error={events.error} retry={() => void events.refetch()} />
        ) : events.isPending ? (
          <Loading label="Loading audit events…" />
        ) : items.length === 0 ? (
          <EmptyState
            title="No events"
            description="Nothing matches these filters. Clear them to see everything."
          />
        ) : (
          <Stack gap="sm">
            <AuditTable events={items} />
            <Group justify="center">
              {events.hasNextPage ? (
                <Button
                  variant="default"
                  onClick={() => void events.fetchNextPage()}
                  loading={events.isFetchingNextPage}
                >
                  Older
                </Button>
              ) : (
                <Text size="sm" c="dimmed">
                  That is the first event.
                </Text>
              )}
            </Group>
          </Stack>
        )}
      </Stack>
    </>
  );
}
