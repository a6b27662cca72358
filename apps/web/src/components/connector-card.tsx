/** One connector: what it is, its schedule and last run, its last error up front, and its actions. */
import { Alert, Badge, Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ConnectorKind, ConnectorView, Run } from '@vigil/api';
import { useId } from 'react';
import { useDeleteConnector, useRunConnector } from '../api/integration-hooks.ts';
import { CollectorSettingsModal } from './collector-settings-modal.tsx';
import { ColumnMappingModal } from './column-mapping-modal.tsx';
import { ExportUpload } from './export-upload.tsx';
import { formatDateTime, humanize } from './format.ts';
import { formatSchedule } from './monitoring-labels.ts';
import { ScheduleModal } from './schedule-modal.tsx';

function LastRun({ c }: { c: ConnectorView }) {
  if (!c.lastRunAt)
    return (
      <Text size="sm" c="dimmed">
        Never run
      </Text>
    );
  const ok = c.lastStatus === 'ok';
  return (
    <Group gap="xs">
      <Badge color={ok ? 'teal' : 'red'} variant="light">
        {ok ? 'Succeeded' : humanize(c.lastStatus ?? 'unknown')}
      </Badge>
      <Text size="sm">{formatDateTime(c.lastRunAt)}</Text>
      {c.stale && (
        <Badge color="yellow" variant="outline">
          Stale
        </Badge>
      )}
    </Group>
  );
}

/** What "Run now" returned: the finished run, or that a worker will pick it up. */
function RunResult({ result }: { result: Run | { queued: boolean } }) {
  if (!('status' in result))
    return (
      <Text size="sm" role="status">
        {result.queued ? 'Queued: a worker will run it shortly.' : 'Already waiting to run.'}
      </Text>
    );
  return (
    <Text size="sm" role="status" c={result.status === 'failed' ? 'red' : undefined}>
      {result.status === 'succeeded'
        ? `Run succeeded: ${result.resourcesSeen} resources, ${result.transitions} changes.`
        : `Run failed: ${result.error ?? 'unknown error'}`}
    </Text>
  );
}

interface Props {
  connector: ConnectorView;
  kind: ConnectorKind | undefined;
  canRun: boolean;
  canManage: boolean;
}

export function ConnectorCard({ connector: c, kind, canRun, canManage }: Props) {
  const titleId = useId();
  const run = useRunConnector();
  const remove = useDeleteConnector();
  const [scheduleOpen, schedule] = useDisclosure(false);
  const [deleteOpen, confirmDelete] = useDisclosure(false);
  const [settingsOpen, settings] = useDisclosure(false);
  const [columnsOpen, columns] = useDisclosure(false);
  const live = kind?.mode === 'live';
  const csv = !live && kind !== undefined && kind.columns.length > 0;
  const runnable = live || typeof c.config.path === 'string';

  return (
    <Card withBorder component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Title order={3} size="h5" id={titleId}>
              {c.name}
            </Title>
            <Text size="sm" c="dimmed">
              {c.kindTitle}
            </Text>
          </div>
          {!c.enabled && <Badge color="gray">Disabled</Badge>}
        </Group>
        <Group gap="lg" wrap="wrap">
          <Stack gap={2}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              Schedule
            </Text>
            <Text size="sm">
              {live && c.scheduleMinutes === null ? 'On demand (Run now)' : formatSchedule(c.scheduleMinutes)}
            </Text>
          </Stack>
          <Stack gap={2}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              Last run
            </Text>
            <LastRun c={c} />
          </Stack>
          {live && (
            <Stack gap={2}>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                Credentials
              </Text>
              <Text size="sm">{c.hasCredentials ? 'Credentials set' : 'No credentials'}</Text>
            </Stack>
          )}
        </Group>
        {c.lastError && (
          <Alert color="red" title="Last run failed" role="alert">
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {c.lastError}
            </Text>
          </Alert>
        )}
        {c.producesTitles.length > 0 && (
          <Text size="xs" c="dimmed">
            Reads: {c.producesTitles.join(', ')}
          </Text>
        )}
        {canRun && !live && <ExportUpload connector={c} kind={canManage && csv ? kind : undefined} />}
        {run.data && <RunResult result={run.data} />}
        {(canRun || canManage) && (
          <Group gap="xs">
            {canRun && runnable && (
              <Button size="xs" variant="light" loading={run.isPending} onClick={() => run.mutate(c.id)}>
                Run now
              </Button>
            )}
            {canManage && live && kind && (
              <Button size="xs" variant="default" onClick={settings.open}>
                Settings and credentials
              </Button>
            )}
            {canManage && csv && (
              <Button size="xs" variant="default" onClick={columns.open}>
                Choose columns
              </Button>
            )}
            {canManage && (
              <Button size="xs" variant="default" onClick={schedule.open}>
                Edit schedule
              </Button>
            )}
            {canManage && (
              <Button size="xs" variant="subtle" color="red" onClick={confirmDelete.open}>
                Delete
              </Button>
            )}
          </Group>
        )}
      </Stack>
      {settingsOpen && kind && <CollectorSettingsModal connector={c} kind={kind} onClose={settings.close} />}
      {columnsOpen && kind && <ColumnMappingModal connector={c} kind={kind} onClose={columns.close} />}
      {scheduleOpen && <ScheduleModal connector={c} live={live} onClose={schedule.close} />}
      <Modal opened={deleteOpen} onClose={confirmDelete.close} title={`Delete ${c.name}?`}>
        <Stack gap="sm">
          <Text size="sm">
            Its schedule and credentials go. Runs, check history and the evidence it collected stay; the
            resources it collected are marked gone now, and their results stop counting for your controls.
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={confirmDelete.close}>
              Cancel
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() => remove.mutate(c.id, { onSuccess: confirmDelete.close })}
            >
              Delete connector
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
