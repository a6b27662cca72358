/**
 * Operating effectiveness of an engagement: per control the share of the Type II window it
 * operated (worst first, as a chart and a table), the exception list, one control's timeline and
 * the CSV an auditor takes away. A Type I engagement shows the state at its as-of date.
 */

import {
  Anchor,
  Breadcrumbs,
  Card,
  Group,
  Pagination,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import type { EngagementEffectiveness } from '@vigil/api';
import { effectivenessRoutes, urlOf } from '@vigil/api';
import { can } from '@vigil/core/permissions';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useEngagements, useSession } from '../api/hooks.ts';
import { useEffectiveness } from '../api/monitoring-hooks.ts';
import { AnchorLink } from '../components/anchor-link.tsx';
import { ControlTimeline } from '../components/control-timeline.tsx';
import { EffectivenessTable, pct, worstFirst } from '../components/effectiveness-table.tsx';
import { EditEngagementButton } from '../components/engagement-edit.tsx';
import { type ControlException, ExceptionsTable } from '../components/exceptions-table.tsx';
import { formatDate, formatDateTime, REPORT_TYPE_LABEL } from '../components/format.ts';
import { PageHeader, QueryState } from '../components/page-state.tsx';

const EffectivenessChart = lazy(() => import('../components/effectiveness-chart.tsx'));
const route = getRouteApi('/app/engagements/$engagementId/effectiveness');
const CHART_MAX = 20;
const PAGE = 25;

function Stat({ label, value }: { label: string; value: string | number }) {
  return (
    <Card withBorder padding="sm">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fw={700} size="xl">
        {value}
      </Text>
    </Card>
  );
}

function Body({
  eff,
  selected,
  select,
}: {
  eff: EngagementEffectiveness;
  selected?: string;
  select: (id: string | undefined) => void;
}) {
  const typeOne = eff.reportType === 'type1';
  const sorted = useMemo(() => [...eff.controls].sort(worstFirst), [eff.controls]);
  const evaluated = sorted.filter((c) => c.state !== 'not_evaluated');
  const exceptions: ControlException[] = sorted
    .flatMap((c) => c.exceptions.map((e) => ({ ...e, controlCode: c.code })))
    .sort((a, b) => b.failedFrom.localeCompare(a.failedFrom));
  const timelineOf = sorted.find((c) => c.controlId === selected) ?? evaluated[0];
  const operating = evaluated.filter((c) => c.state === 'operating').length;
  const withChecks = sorted.filter((c) => c.checkIds.length > 0);
  const [showAll, setShowAll] = useState(false);
  const [page, setPage] = useState(1);
  const shown = showAll ? sorted : withChecks;

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <Stat label="Controls in scope" value={sorted.length} />
        <Stat label="Evaluated" value={evaluated.length} />
        <Stat label="Operating" value={operating} />
        <Stat label="Exceptions" value={exceptions.length} />
      </SimpleGrid>
      {!typeOne && (
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            Operating share of evaluated time, worst first
          </Title>
          {evaluated.length === 0 ? (
            <Text size="sm" c="dimmed">
              No check has evaluated an in-scope control during the window yet. Connect a system on the
              Integrations page.
            </Text>
          ) : (
            <Suspense fallback={<Skeleton h={200} />}>
              <EffectivenessChart controls={evaluated.slice(0, CHART_MAX)} />
            </Suspense>
          )}
          {evaluated.length > CHART_MAX && (
            <Text size="xs" c="dimmed" mt="xs">
              The {CHART_MAX} lowest of {evaluated.length} evaluated controls; the table lists all.
            </Text>
          )}
        </Card>
      )}
      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          Controls
        </Title>
        <Switch
          mb="sm"
          label={`Include controls no automated check tests (${sorted.length - withChecks.length})`}
          checked={showAll}
          onChange={(e) => {
            setShowAll(e.currentTarget.checked);
            setPage(1);
          }}
        />
        <EffectivenessTable
          controls={shown.slice((page - 1) * PAGE, page * PAGE)}
          typeOne={typeOne}
          onTimeline={select}
        />
        {shown.length > PAGE && (
          <Group justify="center" mt="sm">
            <Pagination
              total={Math.ceil(shown.length / PAGE)}
              value={page}
              onChange={setPage}
              getControlProps={(control) => ({ 'aria-label': `Controls: ${control} page` })}
            />
          </Group>
        )}
      </Card>
      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          Exceptions ({exceptions.length})
        </Title>
        {exceptions.length === 0 ? (
          <Text size="sm" c="dimmed">
            No resource failed a check of an in-scope control{' '}
            {typeOne ? 'at the as-of date' : 'during the window'}.
          </Text>
        ) : (
          <ExceptionsTable items={exceptions} />
        )}
      </Card>
      {timelineOf && (
        <Card withBorder>
          <Group justify="space-between" mb="sm" wrap="wrap">
            <Title order={2} size="h4">
              Timeline of {timelineOf.code}
              {!typeOne && ` · ${pct(timelineOf.operatingShare)} operating`}
            </Title>
            <Select
              label="Control"
              searchable
              allowDeselect={false}
              data={sorted.map((c) => ({ value: c.controlId, label: `${c.code} ${c.title}` }))}
              value={timelineOf.controlId}
              onChange={(v) => select(v ?? undefined)}
              w={300}
              maw="100%"
            />
          </Group>
          <ControlTimeline control={timelineOf} />
        </Card>
      )}
    </Stack>
  );
}

export function EffectivenessPage() {
  const { engagementId } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const eff = useEffectiveness(engagementId);
  const engagements = useEngagements();
  const engagement = engagements.data?.items.find((e) => e.id === engagementId);
  const role = useSession().data?.org?.role;
  const canManage = !!role && can(role, 'engagements.manage');
  const period = !eff.data
    ? ''
    : eff.data.reportType === 'type1'
      ? `State at ${formatDate(eff.data.asOfDate)}`
      : `${formatDate(eff.data.windowStart)} – ${formatDate(eff.data.windowEnd)}, evaluated until ${formatDateTime(eff.data.evaluatedUntil)}`;

  return (
    <>
      <Breadcrumbs mb="sm">
        <AnchorLink to="/">Dashboard</AnchorLink>
        <Text size="sm">{engagement?.name ?? 'Engagement'}</Text>
      </Breadcrumbs>
      <PageHeader
        title="Operating effectiveness"
        description={
          engagement && eff.data
            ? `${engagement.name} · SOC 2 ${REPORT_TYPE_LABEL[eff.data.reportType]} · ${period}`
            : period
        }
        actions={
          <Group gap="sm">
            {(engagements.data?.items.length ?? 0) > 1 && (
              <Select
                aria-label="Engagement"
                allowDeselect={false}
                data={(engagements.data?.items ?? []).map((e) => ({ value: e.id, label: e.name }))}
                value={engagementId}
                onChange={(v) => v && void navigate({ params: { engagementId: v }, search: {} })}
              />
            )}
            {engagement && canManage && <EditEngagementButton engagement={engagement} />}
            <Anchor href={urlOf(effectivenessRoutes.exportCsv, { params: { engagementId } })} download>
              Export exceptions (CSV)
            </Anchor>
          </Group>
        }
      />
      <QueryState query={eff} label="Computing effectiveness…">
        {(data) => (
          <Body
            eff={data}
            selected={search.control}
            select={(control) => void navigate({ search: { control }, resetScroll: false })}
          />
        )}
      </QueryState>
    </>
  );
}
