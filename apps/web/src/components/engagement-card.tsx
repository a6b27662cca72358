/** The current audit engagement: report type, date or window, and its stage with what it means. */
import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { auditPackageRoutes, type Engagement, urlOf } from '@vigil/api';
import { AnchorLink } from './anchor-link.tsx';
import { formatDate, humanize, REPORT_TYPE_LABEL } from './format.ts';
import { EngagementOscalLinks } from './oscal-downloads.tsx';

/** What the stage means, in words: it follows the dates, except completed. */
function stageNote(e: Engagement): string {
  const type1 = e.reportType === 'type1';
  switch (e.status) {
    case 'planning':
      return type1
        ? `Reporting starts on the as-of date, ${formatDate(e.asOfDate)}.`
        : `Observation starts on ${formatDate(e.windowStart)}.`;
    case 'observation':
      return `The observation window is open until ${formatDate(e.windowEnd)}.`;
    case 'reporting':
      return type1
        ? 'The as-of date has come: the auditor reports.'
        : 'The window has ended: the auditor reports.';
    case 'completed':
      return 'Marked completed by an owner or admin.';
  }
}

export function EngagementCard({ engagement }: { engagement: Engagement }) {
  const period =
    engagement.reportType === 'type1'
      ? `As of ${formatDate(engagement.asOfDate)}`
      : `${formatDate(engagement.windowStart)} – ${formatDate(engagement.windowEnd)}`;
  return (
    <Card withBorder padding="md">
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap">
          <Title order={3} size="h5">
            Current engagement
          </Title>
          <Badge variant="light">{humanize(engagement.status)}</Badge>
        </Group>
        <Text fw={600}>{engagement.name}</Text>
        <Text size="sm">
          SOC 2 {REPORT_TYPE_LABEL[engagement.reportType]} · {period}
        </Text>
        <Text size="sm">{stageNote(engagement)}</Text>
        {engagement.auditFirm && (
          <Text size="sm" c="dimmed">
            Audit firm: {engagement.auditFirm}
          </Text>
        )}
        <AnchorLink
          to="/engagements/$engagementId/effectiveness"
          params={{ engagementId: engagement.id }}
          size="sm"
        >
          {engagement.reportType === 'type1' ? 'State at the as-of date' : 'Operating effectiveness'}
        </AnchorLink>
        <AnchorLink to="/engagements/$engagementId" params={{ engagementId: engagement.id }} size="sm">
          Open audit workspace
        </AnchorLink>
        {/* One archive of everything the auditor checks; its README says how to verify it offline. */}
        <Button
          component="a"
          href={urlOf(auditPackageRoutes.download, { params: { engagementId: engagement.id } })}
          download
          variant="light"
          size="xs"
          style={{ alignSelf: 'flex-start' }}
        >
          Download audit package
        </Button>
        <EngagementOscalLinks engagementId={engagement.id} />
      </Stack>
    </Card>
  );
}
