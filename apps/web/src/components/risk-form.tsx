/**
 * The fields of a risk, shared by "Add a risk" and "Edit the risk": what it is, who owns it, where it
 * sits on the organization's matrix before treatment, now and as the target, and how it is treated.
 * Levels are chosen by their names on the matrix, never typed as numbers.
 */
import {
  Button,
  Group,
  NativeSelect,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { Risk, RiskMatrixBody } from '@vigil/api';
import { RISK_CATEGORY_LABELS } from '@vigil/catalog';
import type { RiskCategory } from '@vigil/core/risks';
import { type FormEvent, useState } from 'react';
import { useUsers } from '../api/admin-hooks.ts';
import { fieldError } from '../api/client.ts';

const TREATMENTS = [
  { value: 'mitigate', label: 'Mitigate' },
  { value: 'transfer', label: 'Transfer' },
  { value: 'avoid', label: 'Avoid' },
] as const;
const STATUSES = [
  { value: 'open', label: 'Open' },
  { value: 'treating', label: 'Being treated' },
  { value: 'closed', label: 'Closed' },
] as const;

/** What the form edits; `treatment` and `status` may hold "accept"/"accepted" on an accepted risk. */
export interface RiskDraft {
  title: string;
  description: string;
  category: RiskCategory;
  components: string;
  ownerId: string | null;
  inherentLikelihood: number;
  inherentImpact: number;
  currentLikelihood: number;
  currentImpact: number;
  targetLikelihood: number;
  targetImpact: number;
  treatment: Risk['treatment'];
  status: Risk['status'];
}

export const LEVEL_KEYS = [
  ['inherentLikelihood', 'Likelihood before treatment', 'likelihood'],
  ['inherentImpact', 'Impact before treatment', 'impact'],
  ['currentLikelihood', 'Likelihood now', 'likelihood'],
  ['currentImpact', 'Impact now', 'impact'],
  ['targetLikelihood', 'Target likelihood', 'likelihood'],
  ['targetImpact', 'Target impact', 'impact'],
] as const;

export function draftOf(risk: Risk): RiskDraft {
  return { ...risk, components: risk.components.join(', ') };
}

export function blankDraft(): RiskDraft {
  return {
    title: '',
    description: '',
    category: 'security',
    components: '',
    ownerId: null,
    inherentLikelihood: 1,
    inherentImpact: 1,
    currentLikelihood: 1,
    currentImpact: 1,
    targetLikelihood: 1,
    targetImpact: 1,
    treatment: 'mitigate',
    status: 'open',
  };
}

/** Affected components as typed ("api, database") to the list the server stores. */
export const componentsOf = (text: string) =>
  text
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);

export function RiskForm({
  matrix,
  initial,
  withStatus,
  error,
  pending,
  submitLabel,
  onSubmit,
}: {
  matrix: RiskMatrixBody;
  initial: RiskDraft;
  withStatus: boolean;
  error: unknown;
  pending: boolean;
  submitLabel: string;
  onSubmit: (draft: RiskDraft) => void;
}) {
  const users = useUsers();
  const [d, setD] = useState<RiskDraft>(initial);
  const set = <K extends keyof RiskDraft>(key: K, value: RiskDraft[K]) =>
    setD((x) => ({ ...x, [key]: value }));
  function submit(e: FormEvent) {
    e.preventDefault();
    onSubmit(d);
  }
  const accepted = d.treatment === 'accept';
  return (
    <form onSubmit={submit} aria-label={submitLabel}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Title"
            required
            value={d.title}
            onChange={(e) => set('title', e.currentTarget.value)}
            error={fieldError(error, 'title')}
          />
          <NativeSelect
            label="Category"
            data={Object.entries(RISK_CATEGORY_LABELS).map(([value, label]) => ({ value, label }))}
            value={d.category}
            onChange={(e) => set('category', e.currentTarget.value as RiskCategory)}
            error={fieldError(error, 'category')}
          />
        </SimpleGrid>
        <Textarea
          label="Description"
          autosize
          minRows={2}
          value={d.description}
          onChange={(e) => set('description', e.currentTarget.value)}
          error={fieldError(error, 'description')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Affected system components"
            description="Separate them with commas, for example: billing API, customer database"
            value={d.components}
            onChange={(e) => set('components', e.currentTarget.value)}
            error={fieldError(error, 'components')}
          />
          <Select
            label="Risk owner"
            placeholder="Unassigned"
            clearable
            data={(users.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))}
            value={d.ownerId}
            onChange={(v) => set('ownerId', v)}
            error={fieldError(error, 'ownerId')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
          {LEVEL_KEYS.map(([key, label, kind]) => (
            <NativeSelect
              key={key}
              label={label}
              data={matrix[kind].map((l, i) => ({ value: String(i + 1), label: l.label }))}
              value={String(d[key])}
              onChange={(e) => set(key, Number(e.currentTarget.value))}
              error={fieldError(error, key)}
            />
          ))}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label="Treatment"
            description={accepted ? 'Accepted; choosing another treatment ends the acceptance.' : undefined}
            data={[...(accepted ? [{ value: 'accept', label: 'Accept' }] : []), ...TREATMENTS]}
            value={d.treatment}
            onChange={(e) => set('treatment', e.currentTarget.value as RiskDraft['treatment'])}
            error={fieldError(error, 'treatment')}
          />
          {withStatus && (
            <NativeSelect
              label="Status"
              data={[
                ...(d.status === 'accepted' ? [{ value: 'accepted', label: 'Accepted' }] : []),
                ...STATUSES,
              ]}
              value={d.status}
              onChange={(e) => set('status', e.currentTarget.value as RiskDraft['status'])}
              error={fieldError(error, 'status')}
            />
          )}
        </SimpleGrid>
        <Text size="xs" c="dimmed">
          To accept a risk, an approver other than its owner uses “Accept the risk”.
        </Text>
        <Group>
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
