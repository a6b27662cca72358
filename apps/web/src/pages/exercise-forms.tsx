/**
 * The two exercise forms, each used to record a new exercise and to change one: a tabletop
 * (scenario, date, facilitator, findings, one follow-up when recording) and a continuity test.
 */
import { Group, Stack, Title } from '@mantine/core';
import type { ContinuityTestSchema, TabletopSchema } from '@vigil/api';
import { type FormEvent, useState } from 'react';
import type { z } from 'zod';
import { fieldError } from '../api/client.ts';
import {
  useCreateContinuityTest,
  useCreateTabletop,
  useUpdateContinuityTest,
  useUpdateTabletop,
} from '../api/exercise-hooks.ts';
import {
  ChoiceField,
  DateField,
  FormActions,
  MinutesField,
  NotesField,
  TextField,
} from '../components/form-fields.tsx';

type Tabletop = z.infer<typeof TabletopSchema>;
type ContinuityTest = z.infer<typeof ContinuityTestSchema>;
type Scenario = Tabletop['scenario'];
type Kind = ContinuityTest['kind'];
export type MemberOption = { value: string; label: string };

export const SCENARIOS: { value: Scenario; label: string }[] = [
  { value: 'breach', label: 'Data breach' },
  { value: 'ransomware', label: 'Ransomware' },
  { value: 'insider', label: 'Insider threat' },
  { value: 'phishing', label: 'Phishing' },
  { value: 'outage', label: 'Outage' },
  { value: 'vendor_failure', label: 'Vendor failure' },
  { value: 'custom', label: 'Other (describe it)' },
];
export const KINDS: { value: Kind; label: string }[] = [
  { value: 'backup_restore', label: 'Backup restore' },
  { value: 'dr_failover', label: 'Disaster-recovery failover' },
];
const today = () => new Date().toISOString().slice(0, 10);

/** Scenario, date and facilitator, shared by recording and changing a tabletop. */
function TabletopFields(p: {
  members: MemberOption[];
  error: unknown;
  scenario: Scenario;
  setScenario: (v: Scenario) => void;
  description: string;
  setDescription: (v: string) => void;
  heldOn: string;
  setHeldOn: (v: string) => void;
  facilitatorId: string | null;
  setFacilitatorId: (v: string | null) => void;
}) {
  return (
    <>
      <Group grow wrap="wrap">
        <ChoiceField
          label="Scenario"
          data={SCENARIOS}
          value={p.scenario}
          onChange={(v) => v && p.setScenario(v)}
        />
        <DateField
          label="Held on"
          value={p.heldOn}
          onChange={p.setHeldOn}
          required
          error={fieldError(p.error, 'heldOn')}
        />
        <ChoiceField
          label="Facilitator"
          data={p.members}
          value={p.facilitatorId}
          onChange={p.setFacilitatorId}
          clearable
          error={fieldError(p.error, 'facilitatorId')}
        />
      </Group>
      {p.scenario === 'custom' && (
        <TextField
          label="Scenario description"
          value={p.description}
          onChange={p.setDescription}
          error={fieldError(p.error, 'scenarioDescription')}
        />
      )}
    </>
  );
}

export function TabletopForm({ members }: { members: MemberOption[] }) {
  const create = useCreateTabletop();
  const [scenario, setScenario] = useState<Scenario>('ransomware');
  const [description, setDescription] = useState('');
  const [heldOn, setHeldOn] = useState(today());
  const [facilitatorId, setFacilitatorId] = useState<string | null>(null);
  const [findings, setFindings] = useState('');
  const [actionTitle, setActionTitle] = useState('');
  const [actionOwner, setActionOwner] = useState<string | null>(null);
  const [actionDue, setActionDue] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(
      {
        scenario,
        scenarioDescription: description,
        heldOn,
        facilitatorId,
        attendees: facilitatorId ? [{ userId: facilitatorId, role: 'Facilitator' }] : [],
        findings,
        actions: actionTitle
          ? [{ title: actionTitle, ownerId: actionOwner, dueDate: actionDue === '' ? null : actionDue }]
          : [],
      },
      {
        onSuccess: () => {
          setFindings('');
          setActionTitle('');
          setDescription('');
        },
      },
    );
  };
  return (
    <form onSubmit={submit} aria-label="Record a tabletop exercise">
      <Stack gap="xs">
        <TabletopFields
          members={members}
          error={create.error}
          {...{ scenario, setScenario, description, setDescription, heldOn, setHeldOn }}
          {...{ facilitatorId, setFacilitatorId }}
        />
        <NotesField label="Findings" value={findings} onChange={setFindings} />
        <Group grow wrap="wrap">
          <TextField label="Follow-up action" value={actionTitle} onChange={setActionTitle} />
          <ChoiceField
            label="Action owner"
            data={members}
            value={actionOwner}
            onChange={setActionOwner}
            clearable
          />
          <DateField label="Action due" value={actionDue} onChange={setActionDue} />
        </Group>
        <FormActions label="Record tabletop" pending={create.isPending} />
      </Stack>
    </form>
  );
}

/** Changing a recorded tabletop; its attendees and follow-ups stay as they are. */
export function TabletopEdit({
  t,
  members,
  onDone,
}: {
  t: Tabletop;
  members: MemberOption[];
  onDone: () => void;
}) {
  const update = useUpdateTabletop(t.id);
  const [scenario, setScenario] = useState<Scenario>(t.scenario);
  const [description, setDescription] = useState(t.scenarioDescription);
  const [heldOn, setHeldOn] = useState(t.heldOn);
  const [facilitatorId, setFacilitatorId] = useState<string | null>(t.facilitatorId);
  const [notes, setNotes] = useState(t.notes);
  const [findings, setFindings] = useState(t.findings);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    update.mutate(
      {
        scenario,
        scenarioDescription: scenario === 'custom' ? description : '',
        heldOn,
        facilitatorId,
        attendees: t.attendees,
        notes,
        findings,
      },
      { onSuccess: onDone },
    );
  };
  return (
    <form onSubmit={submit} aria-labelledby="tabletop-edit-title">
      <Stack gap="xs">
        <Title order={3} size="h5" id="tabletop-edit-title">
          Change the tabletop exercise of {t.heldOn}
        </Title>
        <TabletopFields
          members={members}
          error={update.error}
          {...{ scenario, setScenario, description, setDescription, heldOn, setHeldOn }}
          {...{ facilitatorId, setFacilitatorId }}
        />
        <NotesField label="Notes" value={notes} onChange={setNotes} />
        <NotesField label="Findings" value={findings} onChange={setFindings} />
        <FormActions label="Save tabletop" pending={update.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}

type TestValues = Pick<
  ContinuityTest,
  | 'kind'
  | 'performedOn'
  | 'subject'
  | 'targetRtoMinutes'
  | 'achievedRtoMinutes'
  | 'targetRpoMinutes'
  | 'achievedRpoMinutes'
  | 'result'
>;
const FIGURES = [
  ['targetRtoMinutes', 'Target RTO (minutes)'],
  ['achievedRtoMinutes', 'Achieved RTO (minutes)'],
  ['targetRpoMinutes', 'Target RPO (minutes)'],
  ['achievedRpoMinutes', 'Achieved RPO (minutes)'],
] as const;
const EMPTY_TEST: TestValues = {
  kind: 'backup_restore',
  performedOn: today(),
  subject: '',
  targetRtoMinutes: null,
  achievedRtoMinutes: null,
  targetRpoMinutes: null,
  achievedRpoMinutes: null,
  result: '',
};

/** The fields of a continuity test, for recording and changing one. */
function ContinuityFields({
  v,
  set,
  error,
}: {
  v: TestValues;
  set: (patch: Partial<TestValues>) => void;
  error: unknown;
}) {
  return (
    <>
      <Group grow wrap="wrap">
        <ChoiceField
          label="Kind of test"
          data={KINDS}
          value={v.kind}
          onChange={(k) => k && set({ kind: k })}
        />
        <DateField
          label="Performed on"
          value={v.performedOn}
          onChange={(performedOn) => set({ performedOn })}
          required
          error={fieldError(error, 'performedOn')}
        />
        <TextField
          label="What was restored or failed over"
          value={v.subject}
          onChange={(subject) => set({ subject })}
          error={fieldError(error, 'subject')}
        />
      </Group>
      <Group grow wrap="wrap">
        {FIGURES.map(([key, label]) => (
          <MinutesField
            key={key}
            label={label}
            value={v[key]}
            onChange={(n) => set({ [key]: n })}
            error={fieldError(error, key)}
          />
        ))}
      </Group>
      <NotesField label="Result" value={v.result} onChange={(result) => set({ result })} />
    </>
  );
}

export function ContinuityForm() {
  const create = useCreateContinuityTest();
  const [v, setV] = useState<TestValues>(EMPTY_TEST);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(v, { onSuccess: () => setV((old) => ({ ...old, subject: '' })) });
  };
  return (
    <form onSubmit={submit} aria-label="Record a continuity test">
      <Stack gap="xs">
        <ContinuityFields v={v} set={(p) => setV((old) => ({ ...old, ...p }))} error={create.error} />
        <FormActions label="Record test" pending={create.isPending} />
      </Stack>
    </form>
  );
}

/** Changing a recorded test; its outcome is computed again from the new figures. */
export function ContinuityEdit({ t, onDone }: { t: ContinuityTest; onDone: () => void }) {
  const update = useUpdateContinuityTest(t.id);
  const [v, setV] = useState<TestValues>(t);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    update.mutate(
      {
        kind: v.kind,
        performedOn: v.performedOn,
        subject: v.subject,
        targetRtoMinutes: v.targetRtoMinutes,
        achievedRtoMinutes: v.achievedRtoMinutes,
        targetRpoMinutes: v.targetRpoMinutes,
        achievedRpoMinutes: v.achievedRpoMinutes,
        result: v.result,
        participants: t.participants,
        evidenceIds: t.evidenceIds,
      },
      { onSuccess: onDone },
    );
  };
  return (
    <form onSubmit={submit} aria-labelledby="test-edit-title">
      <Stack gap="xs">
        <Title order={3} size="h5" id="test-edit-title">
          Change the test of {t.performedOn}
        </Title>
        <ContinuityFields v={v} set={(p) => setV((old) => ({ ...old, ...p }))} error={update.error} />
        <FormActions label="Save test" pending={update.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
