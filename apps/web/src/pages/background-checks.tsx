/** Background checks: a page only people with HR access see (owners, and members an owner granted it). */
import { Alert } from '@mantine/core';
import { useMyAccess } from '../api/training-hooks.ts';
import { BackgroundChecksPanel } from '../components/background-checks-panel.tsx';
import { PageHeader, QueryState } from '../components/page-state.tsx';

export function BackgroundChecksPage() {
  const access = useMyAccess();
  return (
    <>
      <PageHeader title="Background checks" description="Screening of everyone in the person register." />
      <QueryState query={access} label="Checking your access…">
        {(a) =>
          a.hr ? (
            <BackgroundChecksPanel canGrant={a.grantHr} />
          ) : (
            <Alert color="blue" title="HR access needed">
              Background checks are visible only to owners and to members an owner granted HR access.
            </Alert>
          )
        }
      </QueryState>
    </>
  );
}
