/**
 * The inputs of a live collector, generated from the fields its kind declares: settings as text,
 * URL, number, checkbox or one-per-line lists; secrets as password inputs that start empty.
 */
import { Checkbox, NumberInput, PasswordInput, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { ConnectorKind } from '@vigil/api';
import { fieldError } from '../api/client.ts';

export type CollectorField = ConnectorKind['fields'][number];
export type FieldValues = Record<string, string | number | boolean>;

/** Settings and secrets as the API takes them; empty optional inputs are left out. */
export function collectorBody(fields: readonly CollectorField[], values: FieldValues) {
  const config: Record<string, string | number | boolean | string[]> = {};
  const credentials: Record<string, string> = {};
  for (const f of fields) {
    const v = values[f.name];
    if (v === undefined || v === '') continue;
    if (f.secret) credentials[f.name] = String(v);
    else if (f.type === 'string[]')
      config[f.name] = String(v)
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean);
    else if (f.type === 'number') config[f.name] = Number(v);
    else if (f.type === 'boolean') config[f.name] = v === true;
    else config[f.name] = String(v).trim();
  }
  return { config, credentials };
}

/** A stored setting as the form edits it (lists one per line). */
export function formValue(value: unknown): string | number | boolean | undefined {
  if (Array.isArray(value)) return value.join('\n');
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return undefined;
}

interface Props {
  fields: readonly CollectorField[];
  values: FieldValues;
  onChange: (values: FieldValues) => void;
  error: unknown;
  /** For a connector that already has credentials: secrets left empty keep the stored ones. */
  credentialsSet?: boolean;
}

export function CollectorFields({ fields, values, onChange, error, credentialsSet }: Props) {
  const set = (name: string, v: string | number | boolean) => onChange({ ...values, [name]: v });
  const settings = fields.filter((f) => !f.secret);
  const secrets = fields.filter((f) => f.secret);
  const input = (f: CollectorField) => {
    const common = {
      label: f.label,
      description: f.description ?? undefined,
      required: f.required && !(f.secret && credentialsSet),
      error: fieldError(error, `${f.secret ? 'credentials' : 'config'}.${f.name}`),
    };
    const v = values[f.name];
    if (f.secret)
      return (
        <PasswordInput
          key={f.name}
          {...common}
          autoComplete="new-password"
          placeholder={credentialsSet ? 'Set (enter a new value to replace it)' : undefined}
          value={typeof v === 'string' ? v : ''}
          onChange={(e) => set(f.name, e.currentTarget.value)}
        />
      );
    if (f.type === 'boolean')
      return (
        <Checkbox
          key={f.name}
          {...common}
          checked={v === true}
          onChange={(e) => set(f.name, e.currentTarget.checked)}
        />
      );
    if (f.type === 'number')
      return (
        <NumberInput
          key={f.name}
          {...common}
          value={typeof v === 'number' || typeof v === 'string' ? v : ''}
          onChange={(n) => set(f.name, n)}
        />
      );
    if (f.type === 'string[]' || f.type === 'text')
      return (
        <Textarea
          key={f.name}
          {...common}
          autosize
          minRows={f.type === 'text' ? 4 : 2}
          value={typeof v === 'string' ? v : ''}
          onChange={(e) => set(f.name, e.currentTarget.value)}
          styles={f.type === 'text' ? { input: { fontFamily: 'monospace' } } : undefined}
        />
      );
    return (
      <TextInput
        key={f.name}
        {...common}
        type={f.type === 'url' ? 'url' : 'text'}
        value={typeof v === 'string' ? v : ''}
        onChange={(e) => set(f.name, e.currentTarget.value)}
      />
    );
  };
  return (
    <Stack gap="sm">
      {settings.map(input)}
      {secrets.length > 0 && (
        <Stack gap="xs" role="group" aria-label="Credentials">
          <Text size="sm" fw={500}>
            Credentials
          </Text>
          <Text size="xs" c="dimmed">
            Stored encrypted and never shown again; the connector only says "credentials set".
          </Text>
          {secrets.map(input)}
        </Stack>
      )}
    </Stack>
  );
}
