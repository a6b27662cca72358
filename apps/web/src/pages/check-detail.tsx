/** One check: what it tests and why, how to fix it, the resources failing now, and its history. */
import {
  Badge,
  Breadcrumbs,
  Button,
  Card,
  Group,
  Pagination,
  SimpleGrid,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import type { CheckDetail } from '@vigil/api';
import { can } from '@vigil/core/permissions';
import type { ReactNode } from 'react';
import { useSession } from '../api/hooks.ts';
import { usePromoteCheck } from '../api/incident-hooks.ts';
import { useCheckDetail, useControlStatuses } from '../api/monitoring-hooks.ts';
import { AnchorLink } from '../components/anchor-link.tsx';
import { CheckHistory } from '../components/check-history.tsx';
import { FailingResources } from '../components/failing-resources.tsx';
import { FeedBadge, HealthBadge, SeverityBadge, TrendBar } from '../components/monitoring-badges.tsx';
import { PageHeader, QueryState } from '../components/page-state.tsx';

const route = getRouteApi('/app/monitoring/checks/$checkId');
const PAGE = 25;

function Definition({ check: c }: { check: CheckDetail['check'] }) {
  const controls = useControlStatuses();
  const codeOf = new Map((controls.data?.items ?? []).map((k) => [k.controlId, k.code]));
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Group gap="xs">
          <HealthBadge status={c.status} />
          <FeedBadge feed={c.feed} />
          <SeverityBadge severity={c.severity} />
          <Tooltip label={c.resourceType}>
            <Badge variant="outline" color="gray" tt="none">
              {c.resourceTypeTitle}
            </Badge>
          </Tooltip>
          <TrendBar trend={c.trend} />
        </Group>
        <Text size="sm">{c.description}</Text>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              Why it matters
            </Text>
            <Text size="sm">{c.rationale}</Text>
          </Stack>
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              How to fix it
            </Text>
            <Text size="sm">{c.remediation}</Text>
          </Stack>
        </SimpleGrid>
        <Group gap={6}>
          <Text size="sm">Criteria:</Text>
          {c.criteria.map((id) => (
            <AnchorLink key={id} to="/criteria/$criterionId" params={{ criterionId: id }} size="sm">
              {id}
            </AnchorLink>
          ))}
        </Group>
        <Group gap={6}>
          <Text size="sm">Controls:</Text>
          {c.controlIds.length === 0 && (
            <Text size="sm" c="dimmed">
              {c.controls.join(', ') || 'none'} (not adopted)
            </Text>
          )}
          {c.controlIds.map((id) => (
            <AnchorLink key={id} to="/controls/$controlId" params={{ controlId: id }} size="sm">
              {codeOf.get(id) ?? 'control'}
            </AnchorLink>
          ))}
        </Group>
      </Stack>
    </Card>
  );
}

/** Opens an incident from a failing check in one click, then shows it. */
function PromoteButton({ checkId }: { checkId: string }) {
  const promote = usePromoteCheck();
  const navigate = useNavigate();
  const session = useSession();
  const role = session.data?.org?.role;
  if (!role || !can(role, 'incidents.manage')) return null;
  return (
    <Button
      color="red"
      loading={promote.isPending}
      onClick={() =>
        promote.mutate(checkId, {
          onSuccess: (i) => void navigate({ to: '/incidents/$incidentId', params: { incidentId: i.id } }),
        })
      }
    >
      Open an incident
    </Button>
  );
}

function Section({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {title} ({count})
      </Title>
      {children}
    </Card>
  );
}

function Pager({
  total,
  page,
  onChange,
  label,
}: {
  total: number;
  page: number;
  onChange: (p: number) => void;
  label: string;
}) {
  if (total <= PAGE) return null;
  return (
    <Group justify="center" mt="sm">
      <Pagination
        total={Math.ceil(total / PAGE)}
        value={page}
        onChange={onChange}
        getControlProps={(control) => ({ 'aria-label': `${label}: ${control} page` })}
      />
    </Group>
  );
}

export function CheckDetailPage() {
  const { checkId } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const page = search.page ?? 1;
  const historyPage = search.historyPage ?? 1;
  const detail = useCheckDetail(checkId, {
    limit: PAGE,
    offset: (page - 1) * PAGE,
    historyLimit: PAGE,
    historyOffset: (historyPage - 1) * PAGE,
  });
  const go = (patch: Partial<typeof search>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch }), resetScroll: false });

  return (
    <QueryState query={detail} label="Loading check…">
      {(d) => (
        <Stack gap="md">
          <Breadcrumbs>
            <AnchorLink to="/monitoring">Monitoring</AnchorLink>
            <Text size="sm">{d.check.title}</Text>
          </Breadcrumbs>
          <PageHeader
            title={d.check.title}
            actions={d.check.status === 'failing' && <PromoteButton checkId={d.check.id} />}
          />
          <Definition check={d.check} />

          <Section title="Failing now" count={d.failing.total}>
            {d.failing.total === 0 ? (
              <Text size="sm" c="dimmed">
                No resource fails this check right now.
              </Text>
            ) : (
              <FailingResources items={d.failing.items} typeTitle={d.check.resourceTypeTitle} />
            )}
            <Pager
              total={d.failing.total}
              page={page}
              onChange={(p) => go({ page: p > 1 ? p : undefined })}
              label="Failing"
            />
          </Section>
          <Section title="History" count={d.history.total}>
            {d.history.total === 0 ? (
              <Text size="sm" c="dimmed">
                This check has not evaluated any resource yet.
              </Text>
            ) : (
              <CheckHistory items={d.history.items} />
            )}
            <Pager
              total={d.history.total}
              page={historyPage}
              onChange={(p) => go({ historyPage: p > 1 ? p : undefined })}
              label="History"
            />
          </Section>
        </Stack>
      )}
    </QueryState>
  );
}
