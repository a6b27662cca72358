/** The latest audit events as sentences ("Sam Patel uploaded evidence …"), newest first, with a link to the full trail. */

import { Card, Group, Stack, Text, Title } from '@mantine/core';
import type { ActivityItem } from '@vigil/api';
import { AnchorLink } from './anchor-link.tsx';
import { formatDateTime } from './format.ts';

export function ActivityList({ items }: { items: ActivityItem[] }) {
  return (
    <Card withBorder padding="md">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h5">
          Recent activity
        </Title>
        <AnchorLink to="/audit" size="sm">
          Full audit trail
        </AnchorLink>
      </Group>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing has happened yet. Changes to scope, controls and people will show up here.
        </Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {items.map((e) => (
            <li key={e.seq}>
              <Text size="sm">{e.summary}</Text>
              <Text size="xs" c="dimmed">
                {formatDateTime(e.at)}
              </Text>
            </li>
          ))}
        </Stack>
      )}
    </Card>
  );
}
