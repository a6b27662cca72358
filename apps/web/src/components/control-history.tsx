/** A control's saved versions, newest first: who changed what, from which value to which, and when. */
import { Card, Stack, Text, Timeline, Title } from '@mantine/core';
import type { ControlVersion } from '@vigil/api';
import { useControlVersions } from '../api/hooks.ts';
import { formatDateTime } from './format.ts';
import { QueryState } from './page-state.tsx';

/** "Owner: — → Sam Patel", one line per changed field. */
function Changes({ version: v }: { version: ControlVersion }) {
  if (v.changes.length === 0) return null;
  return (
    <Stack gap={2} mt={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {v.changes.map((c) => (
        <Text key={c.field} component="li" size="sm" style={{ overflowWrap: 'anywhere' }}>
          <Text span fw={600} size="sm">
            {c.label}:
          </Text>{' '}
          {c.from} → {c.to}
        </Text>
      ))}
    </Stack>
  );
}

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
                    {v.changedFields.includes('adopted')
                      ? 'Adopted'
                      : v.changedFields.includes('created')
                        ? 'Added'
                        : 'Changed'}{' '}
                    by {v.changedByName}
                  </Text>
                  <Changes version={v} />
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
