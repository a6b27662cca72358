/** Shows the current organization, switches between several, and creates another one. */
import { ActionIcon, Button, Group, Modal, Select, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useCreateOrganization } from '../api/admin-hooks.ts';
import { fieldError } from '../api/client.ts';
import { useSession, useSwitchOrg } from '../api/hooks.ts';

function NewOrganization({ onDone }: { onDone: () => void }) {
  const create = useCreateOrganization();
  const switchOrg = useSwitchOrg();
  const navigate = useNavigate();
  const [name, setName] = useState('');

  function submit(e: FormEvent) {
    e.preventDefault();
    create.mutate(
      { name: name.trim() },
      {
        // The new organization starts empty; switching to it lands on its dashboard.
        onSuccess: (org) =>
          switchOrg.mutate(
            { orgId: org.id },
            {
              onSuccess: () => {
                onDone();
                void navigate({ to: '/' });
              },
            },
          ),
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-label="New organization">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          You become its owner. Its controls, evidence and members are kept apart from this one.
        </Text>
        <TextInput
          label="Organization name"
          required
          data-autofocus
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={fieldError(create.error, 'name')}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending || switchOrg.isPending} disabled={!name.trim()}>
            Create organization
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function OrgSwitcher() {
  const session = useSession();
  const switchOrg = useSwitchOrg();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const org = session.data?.org;
  const orgs = session.data?.orgs ?? [];
  if (!org) return null;
  const current =
    orgs.length < 2 ? (
      <Text fw={500} size="sm" truncate maw={{ base: 120, sm: 260 }} visibleFrom="xs">
        {org.name}
      </Text>
    ) : (
      <Select
        aria-label="Organization"
        size="xs"
        w={{ base: 130, sm: 220 }}
        allowDeselect={false}
        data={orgs.map((o) => ({ value: o.id, label: o.name }))}
        value={org.id}
        disabled={switchOrg.isPending}
        onChange={(orgId) => {
          if (!orgId || orgId === org.id) return;
          switchOrg.mutate({ orgId }, { onSuccess: () => void navigate({ to: '/' }) });
        }}
      />
    );
  return (
    <Group gap={4} wrap="nowrap">
      {current}
      <Tooltip label="New organization">
        <ActionIcon
          variant="subtle"
          size="sm"
          aria-label="New organization"
          onClick={() => setCreating(true)}
        >
          +
        </ActionIcon>
      </Tooltip>
      <Modal
        opened={creating}
        onClose={() => setCreating(false)}
        title="New organization"
        closeButtonProps={{ 'aria-label': 'Close' }}
      >
        {creating && <NewOrganization onDone={() => setCreating(false)} />}
      </Modal>
    </Group>
  );
}
