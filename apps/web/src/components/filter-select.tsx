/**
 * One filter of a list: a choice whose empty value means "any". It can be cleared with its own
 * labelled button; choosing the selected option again keeps it (a filter is never cleared by accident).
 */
import { type ComboboxData, Select } from '@mantine/core';

export function FilterSelect<T extends string>({
  label,
  placeholder,
  data,
  value,
  onChange,
  searchable = false,
}: {
  label: string;
  placeholder: string;
  data: ComboboxData;
  value: T | undefined;
  onChange: (value: T | undefined) => void;
  searchable?: boolean;
}) {
  return (
    <Select
      label={label}
      placeholder={placeholder}
      clearable
      allowDeselect={false}
      clearButtonProps={{ 'aria-label': `Clear ${label.toLowerCase()}` }}
      searchable={searchable}
      data={data}
      value={value ?? null}
      onChange={(v) => onChange((v as T | null) ?? undefined)}
    />
  );
}
