/** Edits when a connector runs: minutes between runs and, for importers, the file it reads on schedule. */
import { Button, Group, Modal, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import type { ConnectorView } from '@vigil/api';
import { type FormEvent, useState } from 'react';
import { fieldError } from '../api/client.ts';
import { useSetSchedule, useUpdateConnector } from '../api/integration-hooks.ts';

interface Props {
  connector: ConnectorView;
  live: boolean;
  onClose: () => void;
}

export function ScheduleModal({ connector: c, live, onClose }: Props) {
  const setSchedule = useSetSchedule();
  const update = useUpdateConnector();
  const [minutes, setMinutes] = useState<number | string>(c.scheduleMinutes ?? '');
  const initialPath = typeof c.config.path === 'string' ? c.config.path : '';
  const [path, setPath] = useState(initialPath);

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      if (!live && path.trim() !== initialPath) {
        const { path: _old, ...rest } = c.config;
        const config = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, String(v)]));
        await update.mutateAsync({
          id: c.id,
          config: path.trim() ? { ...config, path: path.trim() } : config,
        });
      }
      await setSchedule.mutateAsync({ id: c.id, scheduleMinutes: minutes === '' ? null : Number(minutes) });
      onClose();
    } catch {
      // The failing field shows its message below; anything else became a notification.
    }
  }

  return (
    <Modal opened onClose={onClose} title={`Schedule of ${c.name}`}>
      <form onSubmit={submit} noValidate aria-label="Edit schedule">
        <Stack gap="sm">
          <NumberInput
            label="Run every (minutes)"
            description="Empty: run only when someone uploads a file or presses Run now."
            min={5}
            max={44640}
            value={minutes}
            onChange={setMinutes}
            error={fieldError(setSchedule.error, 'scheduleMinutes')}
          />
          {!live && (
            <TextInput
              label="File to read on schedule"
              description="A path inside the server's import directory (VIGIL_IMPORT_DIR)."
              placeholder="e.g. trivy/latest.json"
              value={path}
              onChange={(e) => setPath(e.currentTarget.value)}
              error={fieldError(update.error, 'config')}
            />
          )}
          <Text size="xs" c="dimmed">
            Data older than twice the schedule is flagged stale.
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={setSchedule.isPending || update.isPending}>
              Save schedule
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
