/**
 * The subservice section of a vendor: the method (carve-out or inclusive), the complementary
 * subservice organization controls we rely on and the complementary user entity controls the
 * vendor expects of us, each mapped to our own controls.
 */
import { Button, Card, Fieldset, Group, List, MultiSelect, Stack, Text, Title } from '@mantine/core';
import type { VendorDetail } from '@vigil/api';
import { type FormEvent, useState } from 'react';
import { fieldError } from '../api/client.ts';
import { useControls } from '../api/hooks.ts';
import { useSetSubservice } from '../api/vendor-hooks.ts';
import { ChoiceField, FormActions, NotesField } from '../components/form-fields.tsx';
import { METHOD_WORDS, options } from './vendor-words.ts';

type Statement = { text: string; controlIds: string[] };
type ListName = 'csocs' | 'cuecs';
type ControlOption = { value: string; label: string };

const LISTS: { name: ListName; legend: string; add: string }[] = [
  {
    name: 'csocs',
    legend: 'Complementary subservice organization controls we rely on',
    add: 'Add a control we rely on',
  },
  {
    name: 'cuecs',
    legend: 'Complementary user entity controls the vendor expects of us',
    add: 'Add a control the vendor expects of us',
  },
];

function useControlOptions(): ControlOption[] {
  const controls = useControls({ limit: 500 });
  return (controls.data?.items ?? []).map((c) => ({ value: c.id, label: `${c.code} ${c.title}` }));
}

/** One list of statements, each with the controls of ours it maps to. */
function StatementsEditor({
  name,
  legend,
  add,
  items,
  onChange,
  controls,
  error,
}: (typeof LISTS)[number] & {
  items: Statement[];
  onChange: (items: Statement[]) => void;
  controls: ControlOption[];
  error: unknown;
}) {
  const put = (i: number, patch: Partial<Statement>) =>
    onChange(items.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  return (
    <Fieldset legend={legend} variant="unstyled">
      <Stack gap="sm">
        {items.length === 0 && (
          <Text size="sm" c="dimmed">
            None recorded.
          </Text>
        )}
        {items.map((s, i) => (
          // Statements have no id; the fields are controlled, so keying by place is safe.
          <Stack key={i} gap={4}>
            <NotesField
              label={`Statement ${i + 1}`}
              value={s.text}
              onChange={(text) => put(i, { text })}
              minRows={1}
              error={fieldError(error, `${name}.${i}.text`)}
            />
            <MultiSelect
              label={`Our controls for statement ${i + 1}`}
              placeholder={s.controlIds.length ? undefined : 'Pick controls'}
              searchable
              data={controls}
              value={s.controlIds}
              onChange={(controlIds) => put(i, { controlIds })}
              error={fieldError(error, `${name}.${i}.controlIds`)}
            />
            <Group>
              <Button
                variant="subtle"
                color="red"
                size="compact-sm"
                aria-label={`Remove statement ${i + 1}`}
                onClick={() => onChange(items.filter((_, j) => j !== i))}
              >
                Remove
              </Button>
            </Group>
          </Stack>
        ))}
        <Group>
          <Button
            variant="default"
            size="compact-sm"
            onClick={() => onChange([...items, { text: '', controlIds: [] }])}
          >
            {add}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}

/** The mapping as read by someone who cannot change it. */
function StatementsView({
  legend,
  items,
  controls,
}: {
  legend: string;
  items: Statement[];
  controls: ControlOption[];
}) {
  const label = (id: string) => controls.find((c) => c.value === id)?.label ?? 'A control no longer in scope';
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {legend}
      </Text>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          None recorded.
        </Text>
      ) : (
        <List size="sm">
          {items.map((s) => (
            <List.Item key={s.text}>
              {s.text}
              <Text size="xs" c="dimmed">
                {s.controlIds.length
                  ? `Our controls: ${s.controlIds.map(label).join('; ')}`
                  : 'Not mapped to our controls yet'}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

export function Subservice({ v, mayManage }: { v: VendorDetail; mayManage: boolean }) {
  const save = useSetSubservice(v.id);
  const controls = useControlOptions();
  const [method, setMethod] = useState<VendorDetail['subserviceMethod']>(v.subserviceMethod);
  const [lists, setLists] = useState<Record<ListName, Statement[]>>({ csocs: v.csocs, cuecs: v.cuecs });
  if (!v.partOfSystem) {
    return (
      <Card withBorder>
        <Title order={2} size="h4" mb="xs">
          Subservice organization
        </Title>
        <Text size="sm" c="dimmed">
          This vendor is not part of your system, so it is not a subservice organization.
        </Text>
      </Card>
    );
  }
  if (!mayManage) {
    return (
      <Card withBorder>
        <Stack gap="sm">
          <Title order={2} size="h4">
            Subservice organization
          </Title>
          <Text size="sm">
            Method in our report:{' '}
            {v.subserviceMethod ? METHOD_WORDS[v.subserviceMethod] : 'Not a subservice organization'}
          </Text>
          {LISTS.map((l) => (
            <StatementsView key={l.name} legend={l.legend} items={v[l.name]} controls={controls} />
          ))}
        </Stack>
      </Card>
    );
  }
  function submit(e: FormEvent) {
    e.preventDefault();
    const clean = (list: Statement[]) =>
      list
        .map((s) => ({ ...s, text: s.text.trim() }))
        .filter((s) => s.text !== '' || s.controlIds.length > 0);
    save.mutate({ subserviceMethod: method, csocs: clean(lists.csocs), cuecs: clean(lists.cuecs) });
  }
  return (
    <Card withBorder>
      <form onSubmit={submit} aria-labelledby="subservice-title">
        <Stack gap="md">
          <Title order={2} size="h4" id="subservice-title">
            Subservice organization
          </Title>
          <ChoiceField
            label="Method in our report"
            placeholder="Not a subservice organization"
            data={options(METHOD_WORDS)}
            value={method}
            onChange={setMethod}
            clearable
            error={fieldError(save.error, 'subserviceMethod')}
          />
          {LISTS.map((l) => (
            <StatementsEditor
              key={l.name}
              {...l}
              items={lists[l.name]}
              onChange={(items) => setLists((old) => ({ ...old, [l.name]: items }))}
              controls={controls}
              error={save.error}
            />
          ))}
          <FormActions label="Save subservice section" variant="light" pending={save.isPending} />
        </Stack>
      </form>
    </Card>
  );
}
