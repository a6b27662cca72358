/** Readiness at a glance: the getting-started checklist, per-category scores, monitoring health, the current engagement and recent activity. */
import {
  Anchor,
  Button,
  Card,
  EmptyState,
  Grid,
  Group,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { Dashboard } from '@vigil/api';
import { can } from '@vigil/core/permissions';
import { lazy, Suspense } from 'react';
import { useDashboard, useSession } from '../api/hooks.ts';
import { useOverdueAreas } from '../api/task-hooks.ts';
import { ActivityList } from '../components/activity-list.tsx';
import { AnchorLink } from '../components/anchor-link.tsx';
import { CategoryCard } from '../components/category-card.tsx';
import { EngagementCard } from '../components/engagement-card.tsx';
import { GettingStartedChecklist } from '../components/getting-started.tsx';
import { PageHeader, QueryState } from '../components/page-state.tsx';
import { TASK_AREA_LABEL } from '../components/task-labels.ts';

const ReadinessChart = lazy(() => import('../components/readiness-chart.tsx'));

function Stat({ label, value }: { label: string; value: number | string }) {
  return (
    <Card withBorder padding="sm">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fw={700} size="xl" data-testid={`stat-${label.toLowerCase().replaceAll(' ', '-')}`}>
        {value}
      </Text>
    </Card>
  );
}

const SEVERITY_LABELS = [
  ['critical', 'Critical'],
  ['high', 'High'],
  ['medium', 'Medium'],
  ['low', 'Low'],
] as const;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Failing checks by severity, failing connectors and evidence due for renewal, each linking to its list. */
function MonitoringPanel({ monitoring: m }: { monitoring: Dashboard['monitoring'] }) {
  const failing = SEVERITY_LABELS.reduce((s, [k]) => s + m.failingChecks[k], 0);
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="monitoring-panel-title">
      <Title order={2} size="h5" mb="sm" id="monitoring-panel-title">
        Monitoring
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <Stack gap={4}>
          <Text fw={600} size="sm">
            Failing checks
          </Text>
          {failing === 0 ? (
            <Text size="sm">No check is failing.</Text>
          ) : (
            <Stack gap={2} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {SEVERITY_LABELS.filter(([k]) => m.failingChecks[k] > 0).map(([k, label]) => (
                <li key={k}>
                  <AnchorLink to="/monitoring" search={{ status: 'failing', severity: k }} size="sm">
                    {label}: {plural(m.failingChecks[k], 'check', 'checks')}
                  </AnchorLink>
                </li>
              ))}
            </Stack>
          )}
          {m.erroringChecks > 0 && (
            <AnchorLink to="/monitoring" search={{ status: 'error' }} size="sm">
              {plural(m.erroringChecks, 'check', 'checks')} could not be evaluated
            </AnchorLink>
          )}
        </Stack>
        <Stack gap={4}>
          <Text fw={600} size="sm">
            Connectors
          </Text>
          {m.failingConnectors.length === 0 ? (
            <Text size="sm">Every connector's last run succeeded.</Text>
          ) : (
            <AnchorLink to="/integrations" size="sm">
              {plural(m.failingConnectors.length, 'connector', 'connectors')} failed on the last run:{' '}
              {m.failingConnectors
                .slice(0, 3)
                .map((c) => c.name)
                .join(', ')}
              {m.failingConnectors.length > 3 && ` and ${m.failingConnectors.length - 3} more`}
            </AnchorLink>
          )}
        </Stack>
        <Stack gap={4}>
          <Text fw={600} size="sm">
            Evidence
          </Text>
          {m.evidenceExpired === 0 ? (
            <Text size="sm">No evidence has expired.</Text>
          ) : (
            <AnchorLink to="/evidence" search={{ expired: 'true' }} size="sm">
              {plural(m.evidenceExpired, 'item has', 'items have')} expired
            </AnchorLink>
          )}
          {m.evidenceExpiringSoon === 0 ? (
            <Text size="sm">Nothing is due for renewal in the next {m.expiringDays} days.</Text>
          ) : (
            <AnchorLink to="/evidence" search={{ expired: 'false' }} size="sm">
              {plural(m.evidenceExpiringSoon, 'item is', 'items are')} due for renewal in the next{' '}
              {m.expiringDays} days
            </AnchorLink>
          )}
        </Stack>
      </SimpleGrid>
    </Card>
  );
}

/** Overdue work of the human side (policies, training, reviews, activities), one line per area with any. */
function OverduePanel() {
  const overdue = useOverdueAreas();
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="overdue-panel-title">
      <Title order={2} size="h5" mb="sm" id="overdue-panel-title">
        Overdue work
      </Title>
      <QueryState query={overdue} label="Loading overdue work…">
        {(data) =>
          data.areas.length === 0 ? (
            <Text size="sm">Nothing is overdue.</Text>
          ) : (
            <Stack gap={2} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {data.areas.map((a) => (
                <li key={a.area}>
                  <Anchor component={Link} to={a.link} size="sm">
                    {TASK_AREA_LABEL[a.area]}: {plural(a.overdue, 'item', 'items')} overdue
                  </Anchor>
                </li>
              ))}
            </Stack>
          )
        }
      </QueryState>
    </Card>
  );
}

/** For people who cannot set the scope themselves: who can, and that they have not yet. */
function NotScopedYet() {
  return (
    <Card withBorder padding="xl">
      <EmptyState
        title="No controls adopted yet"
        description="An owner or admin of your organization has not set the audit scope yet."
      />
    </Card>
  );
}

/** What waits on whom in the current engagement's requests: the auditor's reviews, or the company's overdue answers. */
function AuditRequestsCard({
  engagementId,
  counts,
  auditor,
}: {
  engagementId: string;
  counts: NonNullable<Dashboard['auditRequests']>;
  auditor: boolean;
}) {
  return (
    <Card withBorder padding="md">
      <Title order={3} size="h5">
        Audit requests
      </Title>
      {auditor ? (
        <Text size="sm">
          {counts.waitingOnAuditor} submitted and waiting on your review; {counts.waitingOnCompany} waiting on
          the company.
        </Text>
      ) : (
        <Text size="sm">
          {counts.overdue} overdue; {counts.waitingOnCompany} waiting on your team; {counts.waitingOnAuditor}{' '}
          with the auditor.
        </Text>
      )}
      <AnchorLink to="/engagements/$engagementId/requests" params={{ engagementId }} size="sm">
        {auditor ? 'Review requests' : 'Answer requests'}
      </AnchorLink>
    </Card>
  );
}

function DashboardBody({
  data,
  canScope,
  canEdit,
  role,
}: {
  data: Dashboard;
  canScope: boolean;
  canEdit: boolean;
  role: string | undefined;
}) {
  const { overall } = data;
  const adopted = overall.controlsTotal + overall.notApplicable > 0;
  return (
    <Stack gap="lg">
      {!adopted && !canScope && <NotScopedYet />}
      {/* The steps are work for the organization's people; an auditor or viewer has none of them to do. */}
      {canEdit && <GettingStartedChecklist steps={data.gettingStarted} />}
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm">
        <Stat label="Readiness" value={`${Math.round(overall.score)}%`} />
        <Stat label="Met" value={overall.met} />
        <Stat label="Implemented" value={overall.implemented} />
        <Stat label="In progress" value={overall.inProgress} />
        <Stat label="Not started" value={overall.notStarted} />
        <Stat label="Not applicable" value={overall.notApplicable} />
      </SimpleGrid>
      <Text size="sm" data-testid="readiness-rule">
        Readiness is the share of your applicable controls that are met. A control is met when it is
        implemented, has current evidence or passing checks, and none of its checks is failing; mapping a
        control to criteria earns nothing by itself.
        {overall.implementedFailing > 0 &&
          ` ${plural(overall.implementedFailing, 'implemented control does', 'implemented controls do')} not count because a check is failing.`}
      </Text>
      <MonitoringPanel monitoring={data.monitoring} />
      <OverduePanel />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Card withBorder padding="md" h="100%">
            <Title order={2} size="h5" mb="sm">
              Readiness by category
            </Title>
            <Suspense fallback={<Skeleton h={240} />}>
              <ReadinessChart categories={data.categories} />
            </Suspense>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md" h="100%">
            {data.engagement ? (
              <>
                <EngagementCard engagement={data.engagement} />
                {data.auditRequests && (
                  <AuditRequestsCard
                    engagementId={data.engagement.id}
                    counts={data.auditRequests}
                    auditor={role === 'auditor'}
                  />
                )}
              </>
            ) : (
              <Card withBorder padding="md">
                <Title order={3} size="h5">
                  No engagement yet
                </Title>
                <Text size="sm" c="dimmed" mb="sm">
                  An engagement fixes the report type and the date or window the auditor will test.
                </Text>
                {canScope && (
                  <Group>
                    <Button component={Link} to="/scope" variant="light" size="xs">
                      Plan an engagement
                    </Button>
                  </Group>
                )}
              </Card>
            )}
            <ActivityList items={data.recentActivity} />
          </Stack>
        </Grid.Col>
      </Grid>
      <Title order={2} size="h4">
        Categories in scope
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, xl: 3 }} spacing="md">
        {data.categories.map((c) => (
          <CategoryCard key={c.category} readiness={c} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}

export function DashboardPage() {
  const dashboard = useDashboard();
  const session = useSession();
  const role = session.data?.org?.role;
  const canScope = !!role && can(role, 'scope.edit');
  const canEdit = !!role && can(role, 'controls.edit');
  return (
    <>
      <PageHeader title="Dashboard" description="How close each trust services category is to audit-ready." />
      <QueryState query={dashboard} label="Loading readiness…">
        {(data) => <DashboardBody data={data} canScope={canScope} canEdit={canEdit} role={role} />}
      </QueryState>
    </>
  );
}
