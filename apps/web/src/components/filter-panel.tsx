/**
 * A list's filters: shown as they are on wider screens; on a phone they sit behind a "Filters" button,
 * so the list itself starts on the first screen.
 */
import { Button, Stack } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { type ReactNode, useId } from 'react';

/** Below Mantine's `sm` breakpoint (48em), where the navigation bar also collapses. */
const PHONE = '(max-width: 47.99em)';

export function FilterPanel({ active, children }: { active: number; children: ReactNode }) {
  const phone = useMediaQuery(PHONE, false, { getInitialValueInEffect: false });
  const [opened, { toggle }] = useDisclosure(false);
  const id = useId();
  if (!phone) return <>{children}</>;
  return (
    <Stack gap="xs">
      <Button
        variant="default"
        onClick={toggle}
        aria-expanded={opened}
        aria-controls={id}
        style={{ alignSelf: 'flex-start' }}
      >
        {active > 0 ? `Filters (${active} on)` : 'Filters'}
      </Button>
      <div id={id} hidden={!opened}>
        {children}
      </div>
    </Stack>
  );
}
