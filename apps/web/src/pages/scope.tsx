/** The scoping wizard: categories → systems → report type and engagement → adopt controls. */
import { Alert, Stepper } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { can } from '@vigil/core/permissions';
import { useState } from 'react';
import { useSession } from '../api/hooks.ts';
import { OscalDownloads } from '../components/oscal-downloads.tsx';
import { PageHeader } from '../components/page-state.tsx';
import { AdoptStep } from '../components/scope-adopt-step.tsx';
import { CategoriesStep } from '../components/scope-categories-step.tsx';
import { ReportStep } from '../components/scope-report-step.tsx';
import { SystemsStep } from '../components/scope-systems-step.tsx';

export function ScopePage() {
  const session = useSession();
  const [active, setActive] = useState(0);
  const role = session.data?.org?.role;
  const phone = useMediaQuery('(max-width: 48em)');
  const next = () => setActive((s) => Math.min(s + 1, 3));
  const back = () => setActive((s) => Math.max(s - 1, 0));

  return (
    <>
      <PageHeader
        title="Scope your audit"
        description="Decide what the SOC 2 report covers. You can come back and change any step later."
      />
      {role && !can(role, 'scope.edit') ? (
        <Alert color="blue" title="Read only">
          Only owners and admins set the audit scope. Ask one of them if something here should change.
        </Alert>
      ) : (
        <Stepper
          active={active}
          onStepClick={setActive}
          allowNextStepsSelect={false}
          size="sm"
          orientation={phone ? 'vertical' : 'horizontal'}
        >
          <Stepper.Step label="Categories" description="What the report covers">
            <CategoriesStep onDone={next} />
          </Stepper.Step>
          <Stepper.Step label="Systems" description="What is in scope">
            <SystemsStep onDone={next} onBack={back} />
          </Stepper.Step>
          <Stepper.Step label="Report" description="Type 1 or Type 2">
            <ReportStep onDone={next} onBack={back} />
          </Stepper.Step>
          <Stepper.Step label="Controls" description="Adopt a starting set">
            <AdoptStep onBack={back} />
          </Stepper.Step>
        </Stepper>
      )}
      <OscalDownloads />
    </>
  );
}
