/** Badges for check severity, health and data currency, and the 30-day trend of a check. */
import { Badge, Group, Text, Tooltip } from '@mantine/core';
import type { CheckHealth, CheckSummary, Feed, Severity } from '@vigil/api';
import { formatDateTime } from './format.ts';
import { HEALTH, SEVERITY } from './monitoring-labels.ts';

export function SeverityBadge({ severity }: { severity: Severity }) {
  const s = SEVERITY[severity];
  return (
    <Badge color={s.color} variant="outline" size="sm">
      {s.label}
    </Badge>
  );
}

export function HealthBadge({ status }: { status: CheckHealth }) {
  const h = HEALTH[status];
  return (
    <Badge color={h.color} variant="light">
      {h.label}
    </Badge>
  );
}

/**
 * Whether the data behind a status is current, shown beside the status and never instead of it:
 * nothing when it is, otherwise since when the collector has failed or when it last collected.
 */
export function FeedBadge({ feed }: { feed: Feed }) {
  if (feed.status === 'current') return null;
  const when = formatDateTime(feed.since);
  const label =
    feed.status === 'collector_failing'
      ? when
        ? `Collector failing since ${when}`
        : 'Collector failing'
      : when
        ? `Data stale, last collected ${when}`
        : 'Data stale, never collected';
  return (
    // The date is the point of the badge: it wraps in a narrow column instead of being cut off, and
    // square corners keep two or three wrapped lines from turning the pill into a blob.
    <Badge
      color={feed.status === 'collector_failing' ? 'orange' : 'yellow'}
      variant="light"
      tt="none"
      h="auto"
      radius="sm"
      styles={{ label: { whiteSpace: 'normal', overflow: 'visible', lineHeight: 1.3, paddingBlock: 2 } }}
    >
      {label}
    </Badge>
  );
}

/**
 * Changes of outcome in the last 30 days, split into new failures (red) and recoveries (teal).
 * The API gives two totals, not a series, so this is a proportion bar rather than a line.
 */
export function TrendBar({ trend }: { trend: CheckSummary['trend'] }) {
  const { transitions, failures } = trend;
  const label = `${transitions} ${transitions === 1 ? 'change' : 'changes'} in 30 days, ${failures} new ${failures === 1 ? 'failure' : 'failures'}`;
  if (transitions === 0)
    return (
      <Text size="xs" c="dimmed">
        No changes
      </Text>
    );
  const width = 64;
  const failWidth = Math.max(failures > 0 ? 4 : 0, Math.round((failures / transitions) * width));
  return (
    <Tooltip label={label}>
      <Group gap={6} wrap="nowrap" aria-label={label} role="img">
        <svg width={width} height={8} aria-hidden="true">
          <rect width={width} height={8} rx={4} fill="var(--mantine-color-teal-4)" />
          {failWidth > 0 && <rect width={failWidth} height={8} rx={4} fill="var(--mantine-color-red-6)" />}
        </svg>
        <Text size="xs" c="dimmed">
          {transitions}
        </Text>
      </Group>
    </Tooltip>
  );
}
