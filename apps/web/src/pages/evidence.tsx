/** The evidence library: search and filter, upload documents, download, verify hashes, follow versions. */
import {
  Button,
  Card,
  EmptyState,
  Group,
  Modal,
  Pagination,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedCallback, useDisclosure } from '@mantine/hooks';
import { getRouteApi } from '@tanstack/react-router';
import { can } from '@vigil/core/permissions';
import { useState } from 'react';
import { useEvidenceList } from '../api/evidence-hooks.ts';
import { useControls, useSession } from '../api/hooks.ts';
import { EvidenceDrawer } from '../components/evidence-drawer.tsx';
import { EvidenceTable } from '../components/evidence-table.tsx';
import { EvidenceUploadForm } from '../components/evidence-upload-form.tsx';
import { FilterSelect } from '../components/filter-select.tsx';
import { EVIDENCE_KIND, options } from '../components/monitoring-labels.ts';
import { PageHeader, QueryState } from '../components/page-state.tsx';

const route = getRouteApi('/app/evidence');
const PAGE_SIZE = 50;

export function EvidencePage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const session = useSession();
  const role = session.data?.org?.role;
  const canAdd = !!role && can(role, 'evidence.add');
  const page = search.page ?? 1;
  const list = useEvidenceList({
    q: search.q,
    controlId: search.controlId,
    kind: search.kind,
    expired: search.expired,
    includeSuperseded: search.superseded,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });
  const controls = useControls({ limit: 500 });
  const [uploading, upload] = useDisclosure(false);
  const [q, setQ] = useState(search.q ?? '');
  const update = (patch: Partial<typeof search>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch, page: undefined }), replace: true });
  const setQuery = useDebouncedCallback((value: string) => update({ q: value.trim() || undefined }), 300);
  const open = (item: string | undefined) => void navigate({ search: (prev) => ({ ...prev, item }) });
  const filtered = !!(search.q || search.controlId || search.kind || search.expired);

  return (
    <>
      <PageHeader
        title="Evidence"
        description="Every item is immutable and content-hashed; a correction is a new version that supersedes the old."
        actions={canAdd && <Button onClick={upload.open}>Upload evidence</Button>}
      />
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
          <TextInput
            label="Search"
            placeholder="Title, description or file name"
            value={q}
            onChange={(e) => {
              setQ(e.currentTarget.value);
              setQuery(e.currentTarget.value);
            }}
          />
          <FilterSelect
            label="Control"
            placeholder="Any control"
            searchable
            data={(controls.data?.items ?? []).map((c) => ({ value: c.id, label: `${c.code} ${c.title}` }))}
            value={search.controlId}
            onChange={(v) => update({ controlId: v })}
          />
          <FilterSelect
            label="Kind"
            placeholder="Any kind"
            data={options(EVIDENCE_KIND)}
            value={search.kind}
            onChange={(v) => update({ kind: v })}
          />
          <FilterSelect
            label="Renewal"
            placeholder="Expired or not"
            data={[
              { value: 'true', label: 'Expired' },
              { value: 'false', label: 'Not expired' },
            ]}
            value={search.expired}
            onChange={(v) => update({ expired: v })}
          />
        </SimpleGrid>
        <Switch
          label="Include superseded versions"
          checked={search.superseded === 'true'}
          onChange={(e) => update({ superseded: e.currentTarget.checked ? 'true' : undefined })}
        />
        <QueryState query={list} label="Loading evidence…">
          {(data) =>
            data.items.length === 0 ? (
              <Card withBorder padding="xl">
                <EmptyState
                  title={filtered ? 'No evidence matches' : 'No evidence yet'}
                  description={
                    filtered
                      ? 'Try fewer filters or another search.'
                      : 'Connector runs record what they collect here; upload policies, reviews and screenshots yourself.'
                  }
                >
                  <EmptyState.Actions>
                    {filtered ? (
                      <Button
                        variant="light"
                        onClick={() => {
                          setQ('');
                          void navigate({ search: {} });
                        }}
                      >
                        Clear filters
                      </Button>
                    ) : (
                      canAdd && <Button onClick={upload.open}>Upload evidence</Button>
                    )}
                  </EmptyState.Actions>
                </EmptyState>
              </Card>
            ) : (
              <Stack gap="sm">
                <Text size="sm" c="dimmed" aria-live="polite">
                  {data.total} {data.total === 1 ? 'item' : 'items'}
                </Text>
                <EvidenceTable items={data.items} onOpen={open} />
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
      <Modal
        opened={uploading}
        onClose={upload.close}
        title="Upload evidence"
        size="lg"
        closeButtonProps={{ 'aria-label': 'Close' }}
      >
        <EvidenceUploadForm
          controlIds={search.controlId ? [search.controlId] : []}
          onDone={(item) => {
            upload.close();
            open(item.id);
          }}
        />
      </Modal>
      <EvidenceDrawer id={search.item} canAdd={canAdd} onOpen={open} onClose={() => open(undefined)} />
    </>
  );
}
