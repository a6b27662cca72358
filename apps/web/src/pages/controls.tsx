/** The organization's controls: search, filter by status, category and applicability, and page through. */
import {
  Button,
  Card,
  EmptyState,
  Group,
  Pagination,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { getRouteApi, Link } from '@tanstack/react-router';
import { CATEGORIES } from '@vigil/catalog/categories';
import { useState } from 'react';
import { useControls } from '../api/hooks.ts';
import { ControlsTable } from '../components/controls-table.tsx';
import { FilterPanel } from '../components/filter-panel.tsx';
import { FilterSelect } from '../components/filter-select.tsx';
import { PageHeader, QueryState } from '../components/page-state.tsx';
import { STATUS_OPTIONS } from '../components/status-badge.tsx';

const route = getRouteApi('/app/controls');
const PAGE_SIZE = 50;

export function ControlsPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const page = search.page ?? 1;
  const controls = useControls({
    q: search.q,
    status: search.status,
    category: search.category,
    applicable: search.applicable,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });
  const [q, setQ] = useState(search.q ?? '');
  const update = (patch: Partial<typeof search>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch, page: undefined }), replace: true });
  const setQuery = useDebouncedCallback((value: string) => update({ q: value.trim() || undefined }), 300);
  const filtered = !!(search.q || search.status || search.category || search.applicable);

  return (
    <>
      <PageHeader
        title="Controls"
        description="What your organization does to meet the criteria, who owns it, and how far along it is."
      />
      <Stack gap="md">
        <FilterPanel
          active={[search.q, search.status, search.category, search.applicable].filter(Boolean).length}
        >
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
            <TextInput
              label="Search"
              placeholder="Code, title or description"
              value={q}
              onChange={(e) => {
                setQ(e.currentTarget.value);
                setQuery(e.currentTarget.value);
              }}
            />
            <FilterSelect
              label="Status"
              placeholder="Any status"
              data={STATUS_OPTIONS}
              value={search.status}
              onChange={(v) => update({ status: v })}
            />
            <FilterSelect
              label="Category"
              placeholder="Any category"
              data={CATEGORIES.map((c) => ({ value: c.id, label: c.name }))}
              value={search.category}
              onChange={(v) => update({ category: v })}
            />
            <FilterSelect
              label="Applicability"
              placeholder="Applicable or not"
              data={[
                { value: 'true', label: 'Applicable' },
                { value: 'false', label: 'Not applicable' },
              ]}
              value={search.applicable}
              onChange={(v) => update({ applicable: v })}
            />
          </SimpleGrid>
        </FilterPanel>
        <QueryState query={controls} label="Loading controls…">
          {(data) =>
            data.items.length === 0 ? (
              <Card withBorder padding="xl">
                {filtered ? (
                  <EmptyState title="No controls match" description="Try fewer filters or another search.">
                    <EmptyState.Actions>
                      <Button
                        variant="light"
                        onClick={() => {
                          setQ('');
                          void navigate({ search: {} });
                        }}
                      >
                        Clear filters
                      </Button>
                    </EmptyState.Actions>
                  </EmptyState>
                ) : (
                  <EmptyState
                    title="No controls yet"
                    description="Adopt the control library for your scope to start with a set written for SaaS companies."
                  >
                    <EmptyState.Actions>
                      <Button component={Link} to="/scope">
                        Open the scoping wizard
                      </Button>
                    </EmptyState.Actions>
                  </EmptyState>
                )}
              </Card>
            ) : (
              <Stack gap="sm">
                <Text size="sm" c="dimmed" aria-live="polite">
                  {data.total} {data.total === 1 ? 'control' : 'controls'}
                </Text>
                <ControlsTable controls={data.items} />
                {data.total > PAGE_SIZE && (
                  <Group justify="center">
                    <Pagination
                      total={Math.ceil(data.total / PAGE_SIZE)}
                      value={page}
                      onChange={(p) =>
                        void navigate({ search: (prev) => ({ ...prev, page: p > 1 ? p : undefined }) })
                      }
                      getControlProps={(control) => ({ 'aria-label': `${control} page` })}
                    />
                  </Group>
                )}
              </Stack>
            )
          }
        </QueryState>
      </Stack>
    </>
  );
}
