/** Wizard step 4: adopt the control library for the categories in scope, then go to the dashboard. */
import { Alert, Badge, Button, Group, List, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate } from '@tanstack/react-router';
import { useAdoptControls, useCategories, useScope } from '../api/hooks.ts';

export function AdoptStep({ onBack }: { onBack: () => void }) {
  const adopt = useAdoptControls();
  const scope = useScope();
  const categories = useCategories();
  const navigate = useNavigate();
  const names = (scope.data?.categories ?? []).map(
    (id) => categories.data?.items.find((c) => c.id === id)?.name ?? id,
  );

  function run() {
    adopt.mutate(undefined, {
      onSuccess: (res) => {
        notifications.show({
          color: 'teal',
          title: 'Controls adopted',
          message:
            res.added > 0
              ? `Added ${res.added} controls. Assign owners and mark them as you implement them.`
              : 'Every library control for your scope was already adopted.',
        });
        void navigate({ to: '/' });
      },
    });
  }

  return (
    <Stack gap="md" mt="md">
      <Text>
        Vigil ships a library of controls written for SaaS companies, each mapped to the criteria it helps
        meet. Adopting copies the ones for your categories into your organization, where you can edit, assign
        and mark each of them. Running it again only adds what is missing.
      </Text>
      <Group gap="xs">
        <Text size="sm">Categories in scope:</Text>
        {names.map((n) => (
          <Badge key={n} variant="light">
            {n}
          </Badge>
        ))}
      </Group>
      <Alert color="blue" title="What happens next">
        <List size="sm">
          <List.Item>Give each control an owner and check the wording matches what you really do.</List.Item>
          <List.Item>Mark a control not applicable, with a reason, if it does not fit your system.</List.Item>
          <List.Item>Watch the dashboard as controls move from not started to implemented.</List.Item>
        </List>
      </Alert>
      <Group justify="space-between">
        <Button variant="default" onClick={onBack}>
          Back
        </Button>
        <Button onClick={run} loading={adopt.isPending}>
          Adopt controls
        </Button>
      </Group>
    </Stack>
  );
}
