/** One trust services category's readiness: score ring, criteria covered and control progress. */
import { Card, Group, Progress, RingProgress, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { CategoryReadiness } from '@vigil/api';

function scoreColor(score: number) {
  if (score >= 80) return 'teal';
  if (score >= 40) return 'yellow';
  return 'red';
}

export function CategoryCard({ readiness: r }: { readiness: CategoryReadiness }) {
  const implementedPct = r.controlsTotal ? (r.controlsImplemented / r.controlsTotal) * 100 : 0;
  const inProgressPct = r.controlsTotal ? (r.controlsInProgress / r.controlsTotal) * 100 : 0;
  return (
    <Card withBorder padding="md">
      <Group wrap="nowrap" align="flex-start" gap="md">
        <RingProgress
          size={84}
          thickness={8}
          roundCaps
          sections={[{ value: r.score, color: scoreColor(r.score) }]}
          label={
            <Text ta="center" fw={700} size="sm">
              {Math.round(r.score)}%
            </Text>
          }
          role="img"
          aria-label={`${r.name} readiness ${Math.round(r.score)} percent`}
        />
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Title order={3} size="h5">
            <Link to="/criteria" search={{ category: r.category }} style={{ color: 'inherit' }}>
              {r.name}
            </Link>
          </Title>
          <Text size="sm">
            {r.criteriaCovered} of {r.criteriaTotal} criteria covered, {r.criteriaMet} met
          </Text>
          <Progress.Root size="sm">
            <Progress.Section value={implementedPct} color="teal" aria-label={`${r.name}: implemented`} />
            <Progress.Section value={inProgressPct} color="yellow" aria-label={`${r.name}: in progress`} />
          </Progress.Root>
          <Text size="xs" c="dimmed">
            {r.controlsMet} met · {r.controlsImplemented} implemented · {r.controlsInProgress} in progress ·{' '}
            {r.controlsTotal} controls
            {r.controlsNotApplicable > 0 && ` · ${r.controlsNotApplicable} not applicable`}
          </Text>
          {r.uncoveredCriteria.length > 0 && (
            <Text size="xs" c="red.8">
              No control yet for {r.uncoveredCriteria.slice(0, 6).join(', ')}
              {r.uncoveredCriteria.length > 6 && ` and ${r.uncoveredCriteria.length - 6} more`}
            </Text>
          )}
        </Stack>
      </Group>
    </Card>
  );
}
