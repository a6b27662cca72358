/** One control: what it is, the edit form (for editors), and its version history. */

import { Alert, Badge, Breadcrumbs, Card, Grid, Group, List, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import type { Control } from '@vigil/api';
import { can } from '@vigil/core/permissions';
import { useControl, useSession } from '../api/hooks.ts';
import { AnchorLink } from '../components/anchor-link.tsx';
import { ControlChecks } from '../components/control-checks.tsx';
import { ControlEvidence } from '../components/control-evidence.tsx';
import { ControlForm } from '../components/control-form.tsx';
import { ControlHistory } from '../components/control-history.tsx';
import { humanize } from '../components/format.ts';
import { PageHeader, QueryState } from '../components/page-state.tsx';
import { StatusBadge } from '../components/status-badge.tsx';

const route = getRouteApi('/app/controls/$controlId');

function Facts({ control: c }: { control: Control }) {
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Text size="sm">{c.description}</Text>
        <Group gap="xs">
          <StatusBadge control={c} />
          <Badge variant="outline">{humanize(c.frequency)}</Badge>
          <Badge variant="outline">{humanize(c.kind)}</Badge>
          {c.automatable && (
            <Badge variant="outline" color="grape">
              Automatable
            </Badge>
          )}
        </Group>
        <Text size="sm">
          Owner: {c.ownerName ?? 'unassigned'} · usually owned by {humanize(c.ownerRole)}
        </Text>
        {!c.applicable && c.naJustification && (
          <Text size="sm">Not applicable because: {c.naJustification}</Text>
        )}
        <Group gap={4}>
          <Text size="sm">Criteria:</Text>
          {c.criteria.map((id) => (
            <AnchorLink key={id} to="/criteria/$criterionId" params={{ criterionId: id }} size="sm">
              {id}
            </AnchorLink>
          ))}
        </Group>
        {c.suggestedEvidence.length > 0 && (
          <>
            <Text size="sm" fw={600}>
              Suggested evidence
            </Text>
            <List size="sm">
              {c.suggestedEvidence.map((e) => (
                <List.Item key={e}>{e}</List.Item>
              ))}
            </List>
          </>
        )}
        {c.notes && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            Notes: {c.notes}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

export function ControlDetailPage() {
  const { controlId } = route.useParams();
  const control = useControl(controlId);
  const session = useSession();
  const role = session.data?.org?.role;
  const canEdit = !!role && can(role, 'controls.edit');
  const canAddEvidence = !!role && can(role, 'evidence.add');

  return (
    <QueryState query={control} label="Loading control…">
      {(c) => (
        <Stack gap="md">
          <Breadcrumbs>
            <AnchorLink to="/controls">Controls</AnchorLink>
            <Text size="sm">{c.code}</Text>
          </Breadcrumbs>
          <PageHeader title={`${c.code} · ${c.title}`} />
          <Grid gap="md">
            <Grid.Col span={{ base: 12, lg: 8 }}>
              <Stack gap="md">
                <Facts control={c} />
                <ControlChecks controlId={c.id} />
                <ControlEvidence controlId={c.id} canAdd={canAddEvidence} />
                <Card withBorder>
                  <Title order={2} size="h4" mb="sm">
                    Edit
                  </Title>
                  {canEdit ? (
                    <ControlForm key={c.version} control={c} />
                  ) : (
                    <Alert color="blue" title="Read only">
                      Your role ({role}) can read this control but not change it.
                    </Alert>
                  )}
                </Card>
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 4 }}>
              <ControlHistory controlId={c.id} />
            </Grid.Col>
          </Grid>
        </Stack>
      )}
    </QueryState>
  );
}
