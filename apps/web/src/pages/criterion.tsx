/** One criterion: what it asks, its points of focus, and the controls mapped to it. */

import { Breadcrumbs, Card, List, Stack, Table, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import type { CriterionDetail } from '@vigil/api';
import { useCriterion } from '../api/hooks.ts';
import { AnchorLink } from '../components/anchor-link.tsx';
import { PageHeader, QueryState } from '../components/page-state.tsx';
import { ScrollTable } from '../components/scroll-table.tsx';
import { StatusBadge } from '../components/status-badge.tsx';

const route = getRouteApi('/app/criteria/$criterionId');

function Body({ data }: { data: CriterionDetail }) {
  const { criterion: c, controls } = data;
  return (
    <Stack gap="md">
      <Breadcrumbs>
        <AnchorLink to="/criteria" search={{ category: c.category }}>
          Criteria
        </AnchorLink>
        <Text size="sm">
          {c.groupId} {c.groupName}
        </Text>
      </Breadcrumbs>
      <PageHeader title={`${c.id} ${c.title}`} description={c.description} />
      <Card withBorder>
        <Title order={2} size="h4" mb="xs">
          Points of focus
        </Title>
        <List spacing={6} size="sm">
          {c.pointsOfFocus.map((p) => (
            <List.Item key={p}>{p}</List.Item>
          ))}
        </List>
      </Card>
      <Card withBorder>
        <Title order={2} size="h4" mb="xs">
          Your controls for {c.id}
        </Title>
        {controls.length === 0 ? (
          <Text size="sm" c="dimmed">
            No control covers this criterion yet. Adopt the control library from the scoping wizard, or map an
            existing control to {c.id} from its page.
          </Text>
        ) : (
          <ScrollTable label="Controls for this criterion" minWidth={480}>
            <Table highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Code</Table.Th>
                  <Table.Th>Control</Table.Th>
                  <Table.Th>Owner</Table.Th>
                  <Table.Th>Status</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {controls.map((ctl) => (
                  <Table.Tr key={ctl.id}>
                    <Table.Td ff="monospace">{ctl.code}</Table.Td>
                    <Table.Td>
                      <AnchorLink to="/controls/$controlId" params={{ controlId: ctl.id }} size="sm">
                        {ctl.title}
                      </AnchorLink>
                    </Table.Td>
                    <Table.Td>{ctl.ownerName ?? '—'}</Table.Td>
                    <Table.Td>
                      <StatusBadge control={ctl} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </Card>
    </Stack>
  );
}

export function CriterionPage() {
  const { criterionId } = route.useParams();
  const criterion = useCriterion(criterionId);
  return (
    <QueryState query={criterion} label="Loading criterion…">
      {(data) => <Body data={data} />}
    </QueryState>
  );
}
