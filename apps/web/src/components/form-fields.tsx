/**
 * Small labelled fields that the register forms repeat (vendors, exercises): each keeps Mantine's
 * label, description and error wiring, so the accessible name is always the visible label.
 */
import { Button, Group, NumberInput, Select, Textarea, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';

type Common = { label: string; error?: ReactNode; disabled?: boolean; description?: string };

/** A one-line text input holding a string. */
export function TextField({
  value,
  onChange,
  required,
  readOnly,
  ...common
}: Common & { value: string; onChange: (v: string) => void; required?: boolean; readOnly?: boolean }) {
  return (
    <TextInput
      {...common}
      required={required}
      readOnly={readOnly}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
    />
  );
}

/** A calendar date as YYYY-MM-DD, or '' when none is chosen. */
export function DateField(
  props: Common & { value: string; onChange: (v: string) => void; required?: boolean },
) {
  const { value, onChange, required, ...common } = props;
  return (
    <TextInput
      {...common}
      type="date"
      required={required}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
    />
  );
}

/** A growing multi-line text. */
export function NotesField({
  value,
  onChange,
  readOnly,
  minRows = 2,
  ...common
}: Common & { value: string; onChange: (v: string) => void; readOnly?: boolean; minRows?: number }) {
  return (
    <Textarea
      {...common}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      autosize
      minRows={minRows}
      readOnly={readOnly}
    />
  );
}

/**
 * One choice from a list. Without `clearable` a choice cannot be taken back, so the value is never
 * null once set.
 */
export function ChoiceField<T extends string>({
  data,
  value,
  onChange,
  clearable,
  placeholder,
  ...common
}: Common & {
  data: { value: T; label: string }[];
  value: T | null;
  onChange: (v: T | null) => void;
  clearable?: boolean;
  placeholder?: string;
}) {
  return (
    <Select
      {...common}
      data={data}
      value={value}
      onChange={(v) => onChange(v as T | null)}
      clearable={clearable}
      allowDeselect={!!clearable}
      placeholder={placeholder}
    />
  );
}

/** Whole minutes, empty when not measured. */
export function MinutesField({
  value,
  onChange,
  ...common
}: Common & { value: number | null; onChange: (v: number | null) => void }) {
  return (
    <NumberInput
      {...common}
      min={0}
      allowDecimal={false}
      value={value ?? ''}
      onChange={(v) => onChange(v === '' ? null : Number(v))}
    />
  );
}

/** The submit button of a form, with an optional cancel beside it. */
export function FormActions({
  label,
  pending,
  variant,
  onCancel,
}: {
  label: string;
  pending: boolean;
  variant?: 'filled' | 'light';
  onCancel?: () => void;
}) {
  return (
    <Group>
      <Button type="submit" variant={variant} loading={pending}>
        {label}
      </Button>
      {onCancel && (
        <Button variant="subtle" onClick={onCancel}>
          Cancel
        </Button>
      )}
    </Group>
  );
}
