/** Wizard step 1: pick the trust services categories; Security is always in scope. */
import { Badge, Button, Checkbox, Group, Paper, Stack, Text } from '@mantine/core';
import type { CategoryId } from '@vigil/catalog';
import { useEffect, useState } from 'react';
import { useCategories, useSaveScope, useScope } from '../api/hooks.ts';
import { LoadError, Loading } from './page-state.tsx';

export function CategoriesStep({ onDone }: { onDone: () => void }) {
  const categories = useCategories();
  const scope = useScope();
  const save = useSaveScope();
  const [chosen, setChosen] = useState<CategoryId[] | null>(null);

  useEffect(() => {
    if (scope.data && chosen === null) setChosen(scope.data.categories);
  }, [scope.data, chosen]);

  if (categories.error || scope.error) {
    return (
      <LoadError
        error={categories.error ?? scope.error}
        retry={() => void Promise.all([categories.refetch(), scope.refetch()])}
      />
    );
  }
  if (!categories.data || !chosen) return <Loading label="Loading categories…" />;

  const toggle = (id: CategoryId, on: boolean) =>
    setChosen((c) => (on ? [...(c ?? []), id] : (c ?? []).filter((x) => x !== id)));

  return (
    <Stack gap="md" mt="md">
      <Text>
        Every SOC 2 report covers <b>Security</b>. Add the other categories your customers ask about; each
        adds criteria and controls.
      </Text>
      {categories.data.items.map((cat) => {
        const checked = cat.alwaysInScope || chosen.includes(cat.id);
        return (
          <Paper key={cat.id} withBorder p="md">
            <Stack gap={6}>
              <Group gap="sm">
                <Checkbox
                  label={
                    <Text fw={600} component="span">
                      {cat.name}
                    </Text>
                  }
                  checked={checked}
                  disabled={cat.alwaysInScope}
                  styles={{
                    label: {
                      color: 'var(--mantine-color-text)',
                      cursor: cat.alwaysInScope ? 'default' : 'pointer',
                    },
                  }}
                  onChange={(e) => toggle(cat.id, e.currentTarget.checked)}
                  aria-describedby={`cat-${cat.id}-when`}
                />
                <Badge variant="outline" size="sm">
                  {cat.code}
                </Badge>
                {cat.alwaysInScope && (
                  <Badge color="indigo" size="sm">
                    Always in scope
                  </Badge>
                )}
              </Group>
              <Text size="sm">{cat.summary}</Text>
              <Text size="sm" c="dimmed" id={`cat-${cat.id}-when`}>
                When to include: {cat.whenToInclude}
              </Text>
            </Stack>
          </Paper>
        );
      })}
      <Group justify="flex-end">
        <Button
          loading={save.isPending}
          onClick={() => save.mutate({ categories: chosen }, { onSuccess: onDone })}
        >
          Save categories and continue
        </Button>
      </Group>
    </Stack>
  );
}
