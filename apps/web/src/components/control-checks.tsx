/** A control's automated checks: its monitoring status and each check's open results. */
import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { ControlMonitoring } from '@vigil/api';
import { useControlMonitoring } from '../api/monitoring-hooks.ts';
import { AnchorLink } from './anchor-link.tsx';
import { humanize } from './format.ts';
import { FeedBadge, HealthBadge, SeverityBadge } from './monitoring-badges.tsx';
import { QueryState } from './page-state.tsx';

const STATUS_COLOR: Record<ControlMonitoring['status'], string> = {
  passing: 'teal',
  failing: 'red',
  error: 'orange',
  no_checks: 'gray',
};

export function ControlChecks({ controlId }: { controlId: string }) {
  const monitoring = useControlMonitoring(controlId);
  return (
    <Card withBorder component="section" aria-label="Automated checks">
      <QueryState query={monitoring} label="Loading checks…">
        {(m) => (
          <Stack gap="sm">
            <Group justify="space-between">
              <Title order={2} size="h4">
                Automated checks
              </Title>
              <Group gap={6}>
                <FeedBadge feed={m.feed} />
                <Badge color={STATUS_COLOR[m.status]} variant="light">
                  {m.status === 'no_checks' ? 'No checks' : humanize(m.status)}
                </Badge>
              </Group>
            </Group>
            {m.checks.length === 0 ? (
              <Text size="sm" c="dimmed">
                No automated check tests this control; its evidence is uploaded by hand.
              </Text>
            ) : (
              <Stack gap={6}>
                {m.checks.map((c) => (
                  <Group key={c.id} justify="space-between" wrap="wrap" gap="xs">
                    <Stack gap={0} style={{ flex: '1 1 240px' }}>
                      <AnchorLink
                        to="/monitoring/checks/$checkId"
                        params={{ checkId: c.id }}
                        size="sm"
                        fw={500}
                      >
                        {c.title}
                      </AnchorLink>
                      <Text size="xs" c="dimmed">
                        {c.counts.pass} passing · {c.counts.fail} failing · {c.counts.error} in error
                      </Text>
                    </Stack>
                    <Group gap={6}>
                      <SeverityBadge severity={c.severity} />
                      <HealthBadge status={c.status} />
                      <FeedBadge feed={c.feed} />
                    </Group>
                  </Group>
                ))}
              </Stack>
            )}
          </Stack>
        )}
      </QueryState>
    </Card>
  );
}
