/** Coloured badges for control status and applicability, and beside them failing checks. */
import { Badge, Group } from '@mantine/core';
import type { Control, ControlMonitoringStatus, ControlStatus } from '@vigil/api';

export const STATUS_LABEL: Record<ControlStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  implemented: 'Implemented',
};
const STATUS_COLOR: Record<ControlStatus, string> = {
  not_started: 'gray',
  in_progress: 'yellow',
  implemented: 'teal',
};

export const STATUS_OPTIONS = (Object.keys(STATUS_LABEL) as ControlStatus[]).map((value) => ({
  value,
  label: STATUS_LABEL[value],
}));

/** Words for checks that keep a control from counting as met; nothing for the others. */
export const FAILING_CHECKS_LABEL: Partial<Record<ControlMonitoringStatus, string>> = {
  failing: 'Checks failing',
  error: 'Checks in error',
};

/**
 * The control's status, or "Not applicable" when it is excluded from scope; beside it, when its
 * automated checks fail or are in error, a red badge saying so.
 */
export function StatusBadge({
  control,
}: {
  control: Pick<Control, 'status' | 'applicable'> & { checks?: ControlMonitoringStatus };
}) {
  if (!control.applicable)
    return (
      <Badge color="gray" variant="outline">
        Not applicable
      </Badge>
    );
  const failing = control.checks ? FAILING_CHECKS_LABEL[control.checks] : undefined;
  const status = (
    <Badge color={STATUS_COLOR[control.status]} variant="light">
      {STATUS_LABEL[control.status]}
    </Badge>
  );
  if (!failing) return status;
  return (
    <Group gap={4} wrap="nowrap" component="span">
      {status}
      <Badge color="red" variant="light">
        {failing}
      </Badge>
    </Group>
  );
}
