/** Download links for the OSCAL exports: the organization's documents, and one engagement's. */
import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { oscalRoutes, urlOf } from '@vigil/api';

const ORG_DOCUMENTS = [
  { model: 'catalog', label: 'Criteria catalog' },
  { model: 'profile', label: 'Criteria in scope' },
  { model: 'component-definition', label: 'Controls and automated checks' },
  { model: 'ssp', label: 'System security plan' },
  { model: 'poam', label: 'Plan of action and milestones' },
] as const;

/** The organization's OSCAL documents, for compliance tools that import them. */
export function OscalDownloads() {
  return (
    <Card withBorder padding="md" mt="xl">
      <Stack gap="xs">
        <Title order={2} size="h4">
          Export for compliance tools
        </Title>
        <Text size="sm" c="dimmed">
          The scope, controls and open items as OSCAL files, the format other compliance and audit tools
          import.
        </Text>
        <Group gap="md">
          {ORG_DOCUMENTS.map((d) => (
            <Anchor
              key={d.model}
              size="sm"
              href={urlOf(oscalRoutes.exportOrg, { params: { model: d.model } })}
              download
            >
              {d.label}
            </Anchor>
          ))}
        </Group>
      </Stack>
    </Card>
  );
}

/** One engagement's assessment results and plan of action as OSCAL files. */
export function EngagementOscalLinks({ engagementId }: { engagementId: string }) {
  const href = (model: 'assessment-results' | 'poam') =>
    urlOf(oscalRoutes.exportEngagement, { params: { engagementId, model } });
  return (
    <Group gap="md">
      <Anchor size="sm" href={href('assessment-results')} download>
        Assessment results (OSCAL)
      </Anchor>
      <Anchor size="sm" href={href('poam')} download>
        Plan of action (OSCAL)
      </Anchor>
    </Group>
  );
}
