/** SOC 1, 2 and 3, and Type I and II, side by side in plain language. */
import { Accordion, Badge, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReportKinds } from '@vigil/api';

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Text size="sm">
      <Text span fw={600}>
        {label}:
      </Text>{' '}
      {value}
    </Text>
  );
}

export function ReportExplainer({ data }: { data: ReportKinds }) {
  return (
    <Accordion variant="contained" defaultValue={null}>
      <Accordion.Item value="kinds">
        <Accordion.Control>SOC 1, SOC 2 or SOC 3: which report is this?</Accordion.Control>
        <Accordion.Panel>
          <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
            {data.kinds.map((k) => (
              <Stack key={k.id} gap={6}>
                <Group gap="xs">
                  <Text fw={700}>{k.name}</Text>
                  {k.id === 'soc2' && <Badge size="sm">This audit</Badge>}
                </Group>
                <Fact label="Evaluates" value={k.evaluates} />
                <Fact label="Audience" value={k.audience} />
                <Fact label="Distribution" value={k.distribution} />
                <Fact label="Period" value={k.period} />
                <Fact label="When" value={k.whenPossible} />
              </Stack>
            ))}
          </SimpleGrid>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
