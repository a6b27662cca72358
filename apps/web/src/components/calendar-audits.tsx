/**
 * The internal audits on the calendar: the month view shows those planned in the month, the list view
 * every audit not yet completed, each by its planned date and linking to the audit.
 */
import { Card, List, Text, Title } from '@mantine/core';
import { useInternalAudits } from '../api/internal-audit-hooks.ts';
import { AnchorLink } from './anchor-link.tsx';
import { monthLabel } from './calendar-month.tsx';
import { formatDate } from './format.ts';

export function CalendarAudits({ month, enabled }: { month: string | null; enabled: boolean }) {
  const audits = useInternalAudits(enabled);
  if (!enabled || !audits.data) return null;
  const shown = audits.data.items.filter((a) =>
    month === null ? a.status !== 'completed' : a.plannedDate.startsWith(month),
  );
  const heading =
    month === null ? 'Internal audits ahead' : `Internal audits planned in ${monthLabel(month)}`;
  return (
    <Card withBorder padding="lg">
      <Title order={2} size="h4" mb="xs">
        {heading}
      </Title>
      {shown.length === 0 ? (
        <Text size="sm" c="dimmed">
          {month === null ? 'No internal audit is planned.' : 'No internal audit is planned this month.'}
        </Text>
      ) : (
        <List spacing={4} size="sm">
          {shown.map((a) => (
            <List.Item key={a.id}>
              {formatDate(a.plannedDate)}:{' '}
              <AnchorLink
                to="/internal-audits/$internalAuditId"
                params={{ internalAuditId: a.id }}
                underline="always"
              >
                {a.title}
              </AnchorLink>
              {a.auditorName ? `, led by ${a.auditorName}` : ''}
              {a.status === 'completed' ? ' (completed)' : ''}
            </List.Item>
          ))}
        </List>
      )}
    </Card>
  );
}
