/** Integrations: the connectors that feed monitoring, uploads of their exports, and recent runs. */
import { Alert, Button, Card, Collapse, EmptyState, SimpleGrid, Stack, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { can } from '@vigil/core/permissions';
import { useSession } from '../api/hooks.ts';
import { useConnectorKinds, useConnectors } from '../api/integration-hooks.ts';
import { useRuns } from '../api/monitoring-hooks.ts';
import { ConnectorCard } from '../components/connector-card.tsx';
import { ConnectorForm } from '../components/connector-form.tsx';
import { PageHeader, QueryState } from '../components/page-state.tsx';
import { RunsTable } from '../components/runs-table.tsx';

function Connectors({ canRun, canManage }: { canRun: boolean; canManage: boolean }) {
  const connectors = useConnectors();
  const kinds = useConnectorKinds();
  return (
    <QueryState query={connectors} label="Loading connectors…">
      {(data) =>
        data.items.length === 0 ? (
          <Card withBorder padding="xl">
            <EmptyState
              title="Nothing connected yet"
              description={
                canManage
                  ? 'Add a connector for a file your tools already export (Trivy, an IAM credential report, kubectl JSON …) or a live collector.'
                  : 'An owner or admin adds connectors; then you can upload their exports here.'
              }
            />
          </Card>
        ) : (
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
            {data.items.map((c) => (
              <ConnectorCard
                key={c.id}
                connector={c}
                kind={kinds.data?.items.find((k) => k.id === c.kind)}
                canRun={canRun}
                canManage={canManage}
              />
            ))}
          </SimpleGrid>
        )
      }
    </QueryState>
  );
}

function RecentRuns() {
  const runs = useRuns({ limit: 20 });
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        Recent runs
      </Title>
      <QueryState query={runs} label="Loading runs…">
        {(data) => <RunsTable runs={data.items} />}
      </QueryState>
    </Card>
  );
}

export function IntegrationsPage() {
  const session = useSession();
  const role = session.data?.org?.role;
  const canManage = !!role && can(role, 'integrations.manage');
  const canRun = !!role && can(role, 'integrations.run');
  const [adding, add] = useDisclosure(false);
  if (role && !can(role, 'integrations.read'))
    return (
      <>
        <PageHeader title="Integrations" />
        <Alert color="blue" title="Not available for your role">
          Your role ({role}) sees check results on the Monitoring page, not how systems are connected.
        </Alert>
      </>
    );
  return (
    <>
      <PageHeader
        title="Integrations"
        description="Where resources come from: exports you upload and collectors that run on a schedule."
        actions={
          canManage && (
            <Button onClick={add.toggle} variant={adding ? 'default' : 'filled'} aria-expanded={adding}>
              {adding ? 'Close' : 'Add connector'}
            </Button>
          )
        }
      />
      <Stack gap="md">
        {canManage && (
          <Collapse expanded={adding}>
            <Card withBorder>
              <Title order={2} size="h4" mb="sm">
                New connector
              </Title>
              <ConnectorForm onDone={add.close} />
            </Card>
          </Collapse>
        )}
        <Connectors canRun={canRun} canManage={canManage} />
        <RecentRuns />
      </Stack>
    </>
  );
}
