/** A control's saved versions, newest first: who changed which fields, and when. */
import { Badge, Card, Group, Text, Timeline, Title } from '@mantine/core';
import { useControlVersions } from '../api/hooks.ts';
import { formatDateTime, humanize } from './format.ts';
import { QueryState } from './page-state.tsx';

export function ControlHistory({ controlId }: { controlId: string }) {
  const versions = useControlVersions(controlId);
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        History
      </Title>
      <QueryState query={versions} label="Loading history…">
        {(data) => (
          <Timeline bulletSize={14} lineWidth={2} active={0}>
            {[...data.items]
              .sort((a, b) => b.version - a.version)
              .map((v) => (
                <Timeline.Item key={v.version} title={`Version ${v.version}`}>
                  <Text size="sm">
                    {v.version === 1 && v.changedFields.length === 0 ? 'Adopted' : 'Changed'} by {v.changedBy}
                  </Text>
                  {v.changedFields.length > 0 && (
                    <Group gap={4} mt={4}>
                      {v.changedFields.map((f) => (
                        <Badge key={f} size="xs" variant="outline" color="gray">
                          {f === 'ownerId' ? 'owner' : humanize(f)}
                        </Badge>
                      ))}
                    </Group>
                  )}
                  <Text size="xs" c="dimmed" mt={4}>
                    {formatDateTime(v.createdAt)}
                  </Text>
                </Timeline.Item>
              ))}
          </Timeline>
        )}
      </QueryState>
    </Card>
  );
}
