/** Coloured badges for control status and applicability. */
import { Badge } from '@mantine/core';
import type { Control, ControlStatus } from '@vigil/api';

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

/** The control's status, or "Not applicable" when it is excluded from scope. */
export function StatusBadge({ control }: { control: Pick<Control, 'status' | 'applicable'> }) {
  if (!control.applicable)
    return (
      <Badge color="gray" variant="outline">
        Not applicable
      </Badge>
    );
  return (
    <Badge color={STATUS_COLOR[control.status]} variant="light">
      {STATUS_LABEL[control.status]}
    </Badge>
  );
}
