/**
 * The tier questionnaire, shared by adding a vendor and changing one: data accessed, business
 * impact, part of our system, sub-processor; the tier it gives is shown as the answers change.
 */
import { Checkbox, Grid, Group, Text } from '@mantine/core';
import type { VendorInput } from '@vigil/api';
import { computeVendorTier } from '@vigil/core/vendors';
import { fieldError } from '../api/client.ts';
import { ChoiceField } from '../components/form-fields.tsx';
import { LEVEL_WORDS, options } from './vendor-words.ts';

export type Answers = {
  dataAccess: VendorInput['dataAccess'];
  businessImpact: VendorInput['businessImpact'];
  partOfSystem: boolean;
  subProcessor: boolean;
};

const { none: _none, ...IMPACTS } = LEVEL_WORDS;

export function TierQuestionnaire({
  answers,
  onChange,
  error,
  showTier = false,
}: {
  answers: Answers;
  onChange: (patch: Partial<Answers>) => void;
  error: unknown;
  showTier?: boolean;
}) {
  return (
    <>
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <ChoiceField
            label="Data accessed"
            data={options(LEVEL_WORDS)}
            value={answers.dataAccess}
            onChange={(v) => v && onChange({ dataAccess: v })}
            error={fieldError(error, 'dataAccess')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <ChoiceField
            label="Business impact"
            data={options(IMPACTS)}
            value={answers.businessImpact}
            onChange={(v) => v && onChange({ businessImpact: v })}
            error={fieldError(error, 'businessImpact')}
          />
        </Grid.Col>
      </Grid>
      <Group>
        <Checkbox
          label="Part of our system"
          checked={answers.partOfSystem}
          onChange={(e) => onChange({ partOfSystem: e.currentTarget.checked })}
        />
        <Checkbox
          label="Sub-processor of personal data"
          checked={answers.subProcessor}
          onChange={(e) => onChange({ subProcessor: e.currentTarget.checked })}
        />
      </Group>
      {showTier && (
        <Text size="sm" aria-live="polite">
          The questionnaire gives the tier {LEVEL_WORDS[computeVendorTier(answers)]}.
        </Text>
      )}
    </>
  );
}
