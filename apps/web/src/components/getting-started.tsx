/**
 * The dashboard's getting-started checklist: the first steps of a new organization, each ticked from
 * the data the server reads, each linking to the page that does it. Gone once every step is done.
 */
import { Card, Group, Progress, Stack, Text, Title } from '@mantine/core';
import type { GettingStarted } from '@vigil/api';
import { AnchorLink } from './anchor-link.tsx';

type Step = {
  key: Exclude<keyof GettingStarted, 'controlsWithoutOwner'>;
  title: string;
  to: '/scope' | '/integrations' | '/controls' | '/evidence';
  hint: (g: GettingStarted) => string;
};

const STEPS: Step[] = [
  {
    key: 'scope',
    title: 'Choose your scope',
    to: '/scope',
    hint: () => 'Pick the trust services categories your report covers.',
  },
  {
    key: 'controls',
    title: 'Adopt controls',
    to: '/scope',
    hint: () => 'Start from the control library for the categories in scope.',
  },
  {
    key: 'connector',
    title: 'Connect a system',
    to: '/integrations',
    hint: () => 'Add a connector for your cloud, code host or identity provider.',
  },
  {
    key: 'sweep',
    title: 'Finish a first sweep',
    to: '/integrations',
    hint: () => 'Run a connector or upload an export so Vigil can check your resources.',
  },
  {
    key: 'owners',
    title: 'Give every control an owner',
    to: '/controls',
    hint: (g) =>
      g.controlsWithoutOwner > 0
        ? `${g.controlsWithoutOwner} ${g.controlsWithoutOwner === 1 ? 'control has' : 'controls have'} no owner yet.`
        : 'Each control that applies needs a person who answers for it.',
  },
  {
    key: 'evidence',
    title: 'Upload evidence',
    to: '/evidence',
    hint: () => 'Add a document that shows a control working, such as an access review.',
  },
];

export function GettingStartedChecklist({ steps }: { steps: GettingStarted }) {
  const done = STEPS.filter((s) => steps[s.key]).length;
  if (done === STEPS.length) return null;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="getting-started-title">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h5" id="getting-started-title">
          Getting started
        </Title>
        <Text size="sm" c="dimmed">
          {done} of {STEPS.length} done
        </Text>
      </Group>
      <Progress value={(done / STEPS.length) * 100} size="sm" mb="sm" aria-label="Steps done" />
      <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {STEPS.map((s) => {
          const isDone = steps[s.key];
          return (
            <Group key={s.key} component="li" gap="sm" wrap="nowrap" align="flex-start" data-done={isDone}>
              <Text aria-hidden c={isDone ? 'teal' : 'dimmed'} fw={700} w={16}>
                {isDone ? '✓' : '○'}
              </Text>
              <div>
                <AnchorLink to={s.to} size="sm" fw={600} td={isDone ? 'line-through' : undefined}>
                  {s.title}
                </AnchorLink>
                <Text size="xs" c="dimmed">
                  {isDone ? 'Done' : s.hint(steps)}
                </Text>
              </div>
            </Group>
          );
        })}
      </Stack>
    </Card>
  );
}
