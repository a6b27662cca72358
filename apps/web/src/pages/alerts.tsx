/** Alert channels (owners and admins): add, edit, delete, send a test; a webhook's secret is shown once. */
import {
  Alert,
  Badge,
  Button,
  Card,
  Code,
  CopyButton,
  Group,
  Modal,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import type { ChannelView, ChannelWithSecret } from '@vigil/api';
import { can } from '@vigil/core/permissions';
import { useState } from 'react';
import { useAlertChannels, useDeleteChannel, useRotateSecret, useTestChannel } from '../api/alert-hooks.ts';
import { useSession } from '../api/hooks.ts';
import { AlertChannelForm, EVENTS } from '../components/alert-channel-form.tsx';
import { PageHeader, QueryState } from '../components/page-state.tsx';
import { ScrollTable } from '../components/scroll-table.tsx';

function SecretModal({ channel, onClose }: { channel: ChannelWithSecret | null; onClose: () => void }) {
  return (
    <Modal
      opened={!!channel?.secret}
      onClose={onClose}
      title="Webhook signing secret"
      size="lg"
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <Stack gap="sm">
        <Alert color="yellow">
          Copy it now: it is shown only once. Verify each delivery's signature with it.
        </Alert>
        <Code block data-testid="webhook-secret" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
          {channel?.secret}
        </Code>
        <Group gap="sm">
          <CopyButton value={channel?.secret ?? ''}>
            {({ copied, copy }) => (
              <Button onClick={copy} color={copied ? 'teal' : undefined}>
                {copied ? 'Copied' : 'Copy secret'}
              </Button>
            )}
          </CopyButton>
          <Button variant="default" onClick={onClose}>
            Done
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function ChannelRow({
  c,
  canManage,
  onSecret,
}: {
  c: ChannelView;
  canManage: boolean;
  onSecret: (c: ChannelWithSecret) => void;
}) {
  const test = useTestChannel();
  const remove = useDeleteChannel();
  const rotate = useRotateSecret();
  const [editing, setEditing] = useState(false);
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={500}>
          {c.name} {!c.enabled && <Badge color="gray">Disabled</Badge>}
        </Text>
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {c.kind} · {c.target}
        </Text>
        {test.data && (
          <Text size="xs" c={test.data.ok ? 'teal.8' : 'red.8'} role="status">
            {test.data.ok ? 'Test sent' : `Test failed: ${test.data.error}`}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="xs">{c.events.map((e) => EVENTS[e as keyof typeof EVENTS] ?? e).join(' · ')}</Text>
      </Table.Td>
      {canManage && (
        <Table.Td>
          <Group gap={4} wrap="wrap">
            <Button
              size="compact-xs"
              variant="light"
              loading={test.isPending}
              onClick={() => test.mutate(c.id)}
            >
              Send test
            </Button>
            <Button size="compact-xs" variant="subtle" onClick={() => setEditing(true)}>
              Edit
            </Button>
            {c.kind === 'webhook' && (
              <Button
                size="compact-xs"
                variant="subtle"
                loading={rotate.isPending}
                onClick={() => rotate.mutate(c.id, { onSuccess: onSecret })}
              >
                New secret
              </Button>
            )}
            <Button
              size="compact-xs"
              variant="subtle"
              color="red"
              aria-label={`Delete ${c.name}`}
              onClick={() => remove.mutate(c.id)}
            >
              Delete
            </Button>
          </Group>
          <Modal opened={editing} onClose={() => setEditing(false)} title={`Edit ${c.name}`} size="lg">
            <AlertChannelForm channel={c} onDone={() => setEditing(false)} />
          </Modal>
        </Table.Td>
      )}
    </Table.Tr>
  );
}

export function AlertsPage() {
  const session = useSession();
  const role = session.data?.org?.role;
  const canRead = !!role && can(role, 'alerts.read');
  const canManage = !!role && can(role, 'alerts.manage');
  const channels = useAlertChannels();
  const [secret, setSecret] = useState<ChannelWithSecret | null>(null);
  if (role && !canRead)
    return (
      <>
        <PageHeader title="Alerts" />
        <Alert color="blue" title="Not available for your role">
          Only owners and admins manage where alerts go.
        </Alert>
      </>
    );
  return (
    <>
      <PageHeader
        title="Alerts"
        description="Where Vigil says so when a check fails, recovers, or a connector breaks."
      />
      <Stack gap="md">
        {canManage && (
          <Card withBorder>
            <Title order={2} size="h4" mb="sm">
              New channel
            </Title>
            <AlertChannelForm onCreated={(c) => c.secret && setSecret(c)} />
          </Card>
        )}
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            Channels
          </Title>
          <QueryState query={channels} label="Loading channels…">
            {(data) =>
              data.items.length === 0 ? (
                <Text size="sm" c="dimmed">
                  No channels yet: failures show only in Vigil until you add one.
                </Text>
              ) : (
                <ScrollTable label="Alert channels" minWidth={640}>
                  <Table striped verticalSpacing="xs" aria-label="Alert channels">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>Channel</Table.Th>
                        <Table.Th>Events</Table.Th>
                        {canManage && <Table.Th w={260}>Actions</Table.Th>}
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {data.items.map((c) => (
                        <ChannelRow key={c.id} c={c} canManage={canManage} onSecret={setSecret} />
                      ))}
                    </Table.Tbody>
                  </Table>
                </ScrollTable>
              )
            }
          </QueryState>
        </Card>
      </Stack>
      <SecretModal channel={secret} onClose={() => setSecret(null)} />
    </>
  );
}
