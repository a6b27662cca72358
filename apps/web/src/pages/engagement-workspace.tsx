/**
 * The audit workspace of one engagement: its requests counted by status, how many are overdue and
 * who they wait on, with the way to the request list, the populations and samples, testing and
 * exceptions, and the operating effectiveness page.
 */
import { Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useAuditWorkspace, useEngagement } from '../api/audit-request-hooks.ts';
import { useSession } from '../api/hooks.ts';
import { AnchorLink } from '../components/anchor-link.tsx';
import { PageHeader, QueryState } from '../components/page-state.tsx';

const route = getRouteApi('/app/engagements/$engagementId');

function Stat({ label, value, note }: { label: string; value: number; note?: string }) {
  return (
    <Card withBorder padding="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl">
        {value}
      </Text>
      {note && <Text size="xs">{note}</Text>}
    </Card>
  );
}

export function EngagementWorkspacePage() {
  const { engagementId } = route.useParams();
  const engagement = useEngagement(engagementId);
  const workspace = useAuditWorkspace(engagementId);
  const session = useSession();
  const auditor = session.data?.org?.role === 'auditor';
  return (
    <QueryState query={engagement} label="Loading the engagement…">
      {(e) => (
        <Stack>
          <PageHeader
            title={e.name}
            description="Everything the auditor asks for during this audit, and where each request stands."
          />
          <QueryState query={workspace} label="Loading the requests…">
            {(w) => (
              <Stack>
                <Title order={2} size="h4">
                  Requests
                </Title>
                {w.total === 0 ? (
                  <Text>No requests yet. Import the auditor's request list or open one per control.</Text>
                ) : (
                  <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }}>
                    <Stat label="All requests" value={w.total} />
                    <Stat label="Open" value={w.byStatus.open ?? 0} />
                    <Stat label="Submitted" value={w.byStatus.submitted ?? 0} />
                    <Stat label="Flagged" value={w.byStatus.flagged ?? 0} />
                    <Stat label="Accepted" value={w.byStatus.accepted ?? 0} />
                    <Stat label="Overdue" value={w.overdue} />
                  </SimpleGrid>
                )}
                <Text>
                  {auditor
                    ? `${w.waitingOnAuditor} waiting on your review, ${w.waitingOnCompany} waiting on the company.`
                    : `${w.waitingOnCompany} waiting on your team, ${w.waitingOnAuditor} with the auditor for review.`}
                </Text>
              </Stack>
            )}
          </QueryState>
          <Group>
            <AnchorLink to="/engagements/$engagementId/requests" params={{ engagementId }}>
              All requests
            </AnchorLink>
            <AnchorLink to="/engagements/$engagementId/samples" params={{ engagementId }}>
              Populations and samples
            </AnchorLink>
            <AnchorLink to="/engagements/$engagementId/testing" params={{ engagementId }}>
              Testing and exceptions
            </AnchorLink>
            <AnchorLink to="/engagements/$engagementId/effectiveness" params={{ engagementId }}>
              {e.reportType === 'type1' ? 'State at the as-of date' : 'Operating effectiveness'}
            </AnchorLink>
            <AnchorLink to="/engagements/$engagementId/description" params={{ engagementId }}>
              System description
            </AnchorLink>
            <AnchorLink to="/engagements/$engagementId/bridge-letter" params={{ engagementId }}>
              Bridge letter
            </AnchorLink>
          </Group>
        </Stack>
      )}
    </QueryState>
  );
}
