/** Edits a live connector: its settings (pre-filled) and, only when typed in, replacement credentials. */
import { Button, Group, Modal, Stack } from '@mantine/core';
import type { ConnectorKind, ConnectorView } from '@vigil/api';
import { type FormEvent, useState } from 'react';
import { useUpdateConnector } from '../api/integration-hooks.ts';
import { CollectorFields, collectorBody, type FieldValues, formValue } from './collector-fields.tsx';

interface Props {
  connector: ConnectorView;
  kind: ConnectorKind;
  onClose: () => void;
}

export function CollectorSettingsModal({ connector: c, kind, onClose }: Props) {
  const update = useUpdateConnector();
  const [values, setValues] = useState<FieldValues>(() => {
    const out: FieldValues = {};
    for (const f of kind.fields) {
      const v = f.secret ? undefined : formValue(c.config[f.name]);
      if (v !== undefined) out[f.name] = v;
    }
    return out;
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    const { config, credentials } = collectorBody(kind.fields, values);
    // Empty secret inputs keep what is stored; typing any secret replaces the whole set.
    const body = Object.keys(credentials).length ? { config, credentials } : { config };
    update.mutate({ id: c.id, ...body }, { onSuccess: onClose });
  }

  return (
    <Modal opened onClose={onClose} title={`Settings of ${c.name}`} size="lg">
      <form onSubmit={submit} noValidate aria-label="Edit collector settings">
        <Stack gap="sm">
          <CollectorFields
            fields={kind.fields}
            values={values}
            onChange={setValues}
            error={update.error}
            credentialsSet={c.hasCredentials}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={update.isPending}>
              Save settings
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
