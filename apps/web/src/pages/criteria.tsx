/** Criteria browser: category → group → criterion, with how many of your controls cover each. */

import { Accordion, Badge, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { getRouteApi } from '@tanstack/react-router';
import type { CriterionView } from '@vigil/api';
import type { CategoryId } from '@vigil/catalog';
import { useMemo } from 'react';
import { useCategories, useCriteria } from '../api/hooks.ts';
import { AnchorLink } from '../components/anchor-link.tsx';
import { PageHeader, QueryState } from '../components/page-state.tsx';

const route = getRouteApi('/app/criteria');

function groupBy(items: CriterionView[]) {
  const groups = new Map<string, { name: string; items: CriterionView[] }>();
  for (const c of items) {
    const g = groups.get(c.groupId) ?? { name: c.groupName, items: [] };
    g.items.push(c);
    groups.set(c.groupId, g);
  }
  return [...groups.entries()];
}

function CriterionRow({ c }: { c: CriterionView }) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="sm" py={4}>
      <AnchorLink to="/criteria/$criterionId" params={{ criterionId: c.id }} size="sm">
        <Text span fw={600} ff="monospace">
          {c.id}
        </Text>{' '}
        {c.title}
      </AnchorLink>
      <Badge color={c.controlCount > 0 ? 'teal' : 'red'} variant="light" style={{ flexShrink: 0 }}>
        {c.controlCount} {c.controlCount === 1 ? 'control' : 'controls'}
      </Badge>
    </Group>
  );
}

export function CriteriaPage() {
  const { category = 'security' } = route.useSearch();
  const navigate = route.useNavigate();
  const categories = useCategories();
  const phone = useMediaQuery('(max-width: 48em)');
  const criteria = useCriteria();
  const inCategory = useMemo(
    () => (criteria.data?.items ?? []).filter((c) => c.category === category),
    [criteria.data, category],
  );

  return (
    <>
      <PageHeader
        title="Trust services criteria"
        description="What the auditor tests against, and which of your controls answer each criterion."
      />
      <Stack gap="md">
        {categories.data && (
          <SegmentedControl
            aria-label="Category"
            value={category}
            onChange={(v) => void navigate({ search: { category: v as CategoryId } })}
            data={categories.data.items.map((c) => ({ value: c.id, label: c.name }))}
            orientation={phone ? 'vertical' : 'horizontal'}
            fullWidth={phone}
            style={{ alignSelf: phone ? 'stretch' : 'flex-start' }}
          />
        )}
        <QueryState query={criteria} label="Loading criteria…">
          {() =>
            inCategory.length === 0 ? (
              <Text c="dimmed">No criteria in this category.</Text>
            ) : (
              <Accordion multiple variant="separated" defaultValue={[inCategory[0]?.groupId ?? '']}>
                {groupBy(inCategory).map(([groupId, group]) => (
                  <Accordion.Item key={groupId} value={groupId}>
                    <Accordion.Control>
                      <Text fw={600} span>
                        {groupId}
                      </Text>{' '}
                      {group.name}{' '}
                      <Text span c="dimmed" size="sm">
                        ({group.items.filter((c) => c.controlCount > 0).length}/{group.items.length} covered)
                      </Text>
                    </Accordion.Control>
                    <Accordion.Panel>
                      {group.items.map((c) => (
                        <CriterionRow key={c.id} c={c} />
                      ))}
                    </Accordion.Panel>
                  </Accordion.Item>
                ))}
              </Accordion>
            )
          }
        </QueryState>
      </Stack>
    </>
  );
}
