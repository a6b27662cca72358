/**
 * Editing an engagement: name, audit firm, its as-of date or observation window, and marking it
 * completed. Its other stages follow the dates, so they are not chosen here.
 */
import { Button, Checkbox, Group, Modal, Stack, TextInput } from '@mantine/core';
import type { Engagement, EngagementUpdate } from '@vigil/api';
import { type FormEvent, useState } from 'react';
import { fieldError } from '../api/client.ts';
import { useUpdateEngagement } from '../api/hooks.ts';

function EngagementForm({ engagement, onDone }: { engagement: Engagement; onDone: () => void }) {
  const update = useUpdateEngagement(engagement.id);
  const [name, setName] = useState(engagement.name);
  const [completed, setCompleted] = useState(engagement.status === 'completed');
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
    // Reopening stores planning, so the stage follows the dates again.
    if (completed !== (engagement.status === 'completed')) body.status = completed ? 'completed' : 'planning';
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
        <Checkbox
          label="The audit is completed"
          description={
            type1
              ? 'Until then the stage follows the dates: planning, then reporting from the as-of date.'
              : 'Until then the stage follows the dates: planning, observation once the window starts, reporting once it ends.'
          }
          checked={completed}
          onChange={(e) => setCompleted(e.currentTarget.checked)}
          error={fieldError(update.error, 'status')}
        />
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
