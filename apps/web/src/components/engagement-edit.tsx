/** Editing an engagement: name, status, audit firm and its as-of date or observation window. */
import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import type { Engagement, EngagementUpdate } from '@vigil/api';
import { type FormEvent, useState } from 'react';
import { fieldError } from '../api/client.ts';
import { useUpdateEngagement } from '../api/hooks.ts';

const STATUSES: { value: Engagement['status']; label: string }[] = [
  { value: 'planning', label: 'Planning' },
  { value: 'fieldwork', label: 'Fieldwork' },
  { value: 'reporting', label: 'Reporting' },
  { value: 'closed', label: 'Closed' },
];

function EngagementForm({ engagement, onDone }: { engagement: Engagement; onDone: () => void }) {
  const update = useUpdateEngagement(engagement.id);
  const [name, setName] = useState(engagement.name);
  const [status, setStatus] = useState(engagement.status);
  const [auditFirm, setAuditFirm] = useState(engagement.auditFirm);
  const [asOfDate, setAsOfDate] = useState(engagement.asOfDate ?? '');
  const [windowStart, setWindowStart] = useState(engagement.windowStart ?? '');
  const [windowEnd, setWindowEnd] = useState(engagement.windowEnd ?? '');
  const type1 = engagement.reportType === 'type1';

  function submit(e: FormEvent) {
    e.preventDefault();
    // Only what changed is sent, so a date left alone is never re-validated against today's rules.
    const body: EngagementUpdate = {};
    if (name !== engagement.name) body.name = name;
    if (status !== engagement.status) body.status = status;
    if (auditFirm !== engagement.auditFirm) body.auditFirm = auditFirm;
    if (type1 && asOfDate !== (engagement.asOfDate ?? '')) body.asOfDate = asOfDate;
    if (!type1 && windowStart !== (engagement.windowStart ?? '')) body.windowStart = windowStart;
    if (!type1 && windowEnd !== (engagement.windowEnd ?? '')) body.windowEnd = windowEnd;
    if (Object.keys(body).length === 0) return onDone();
    update.mutate(body, { onSuccess: onDone });
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Edit engagement">
      <Stack gap="sm">
        <TextInput
          label="Name"
          required
          data-autofocus
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={fieldError(update.error, 'name')}
        />
        <Select
          label="Status"
          allowDeselect={false}
          data={STATUSES}
          value={status}
          onChange={(v) => v && setStatus(v as Engagement['status'])}
          error={fieldError(update.error, 'status')}
        />
        <TextInput
          label="Audit firm"
          value={auditFirm}
          onChange={(e) => setAuditFirm(e.currentTarget.value)}
          error={fieldError(update.error, 'auditFirm')}
        />
        {type1 ? (
          <TextInput
            type="date"
            label="As-of date"
            required
            value={asOfDate}
            onChange={(e) => setAsOfDate(e.currentTarget.value)}
            error={fieldError(update.error, 'asOfDate')}
          />
        ) : (
          <Group grow align="flex-start">
            <TextInput
              type="date"
              label="Window start"
              required
              value={windowStart}
              onChange={(e) => setWindowStart(e.currentTarget.value)}
              error={fieldError(update.error, 'windowStart')}
            />
            <TextInput
              type="date"
              label="Window end"
              required
              value={windowEnd}
              onChange={(e) => setWindowEnd(e.currentTarget.value)}
              error={fieldError(update.error, 'windowEnd')}
            />
          </Group>
        )}
        <Group gap="sm" justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={update.isPending} disabled={!name.trim()}>
            Save engagement
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A button that opens the engagement's edit form in a dialog. */
export function EditEngagementButton({ engagement }: { engagement: Engagement }) {
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant="default" onClick={() => setOpened(true)}>
        Edit engagement
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title="Edit engagement"
        closeButtonProps={{ 'aria-label': 'Close' }}
      >
        {opened && <EngagementForm engagement={engagement} onDone={() => setOpened(false)} />}
      </Modal>
    </>
  );
}
