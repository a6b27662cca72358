/** Wizard step 3: choose Type I or Type II and open the engagement with its date or window. */
import { Alert, Button, Grid, Group, Paper, Radio, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { ReportTypeId } from '@vigil/catalog';
import { type FormEvent, useState } from 'react';
import { fieldError } from '../api/client.ts';
import { useCreateEngagement, useEngagements, useReportKinds, useSystems } from '../api/hooks.ts';
import { formatDate, REPORT_TYPE_LABEL } from './format.ts';
import { QueryState } from './page-state.tsx';
import { ReportExplainer } from './report-explainer.tsx';

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** A six-month window starting on the first of next month: a common first Type II. */
function defaultWindow() {
  const now = new Date();
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 6, 0));
  return { windowStart: iso(start), windowEnd: iso(end) };
}

export function ReportStep({ onDone, onBack }: { onDone: () => void; onBack: () => void }) {
  const kinds = useReportKinds();
  const systems = useSystems();
  const engagements = useEngagements();
  const create = useCreateEngagement();
  const [form, setForm] = useState({
    name: `SOC 2 ${new Date().getFullYear()}`,
    reportType: 'type2' as ReportTypeId,
    asOfDate: iso(new Date()),
    auditFirm: '',
    ...defaultWindow(),
  });
  const err = (field: string) => fieldError(create.error, field);

  function submit(e: FormEvent) {
    e.preventDefault();
    const systemIds = (systems.data?.items ?? []).filter((s) => s.inScope).map((s) => s.id);
    const dates =
      form.reportType === 'type1'
        ? { asOfDate: form.asOfDate }
        : { windowStart: form.windowStart, windowEnd: form.windowEnd };
    create.mutate(
      {
        name: form.name,
        reportType: form.reportType,
        auditFirm: form.auditFirm || undefined,
        systemIds,
        ...dates,
      },
      { onSuccess: onDone },
    );
  }

  const existing = engagements.data?.items ?? [];
  return (
    <Stack gap="md" mt="md">
      <QueryState query={kinds} label="Loading report types…">
        {(data) => (
          <>
            <ReportExplainer data={data} />
            {existing.length > 0 && (
              <Alert color="blue" title="You already have an engagement">
                <Text size="sm">
                  {existing.map((e) => `${e.name} (${REPORT_TYPE_LABEL[e.reportType]})`).join(', ')}. You can
                  skip this step or plan another one.
                </Text>
                <Button size="xs" mt="xs" variant="light" onClick={onDone}>
                  Skip to controls
                </Button>
              </Alert>
            )}
            <form onSubmit={submit} noValidate aria-label="Plan the engagement">
              <Stack gap="md">
                <Radio.Group
                  label="Report type"
                  value={form.reportType}
                  onChange={(v) => setForm({ ...form, reportType: v as ReportTypeId })}
                  error={err('reportType')}
                >
                  <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs">
                    {data.types.map((t) => (
                      <Paper key={t.id} withBorder p="md">
                        <Radio
                          value={t.id}
                          label={
                            <Text fw={600} span>
                              {t.name}
                            </Text>
                          }
                          mb={6}
                        />
                        <Text size="sm">{t.evaluates}</Text>
                        <Text size="sm" mt={4}>
                          <Text span fw={600}>
                            Period:
                          </Text>{' '}
                          {t.period}
                        </Text>
                        <Text size="sm" c="dimmed" mt={4}>
                          {t.whenToChoose}
                        </Text>
                      </Paper>
                    ))}
                  </SimpleGrid>
                </Radio.Group>
                <Grid gap="sm">
                  <Grid.Col span={{ base: 12, sm: 6 }}>
                    <TextInput
                      label="Engagement name"
                      required
                      value={form.name}
                      onChange={(e) => setForm({ ...form, name: e.currentTarget.value })}
                      error={err('name')}
                    />
                  </Grid.Col>
                  <Grid.Col span={{ base: 12, sm: 6 }}>
                    <TextInput
                      label="Audit firm"
                      placeholder="If you have picked one"
                      value={form.auditFirm}
                      onChange={(e) => setForm({ ...form, auditFirm: e.currentTarget.value })}
                      error={err('auditFirm')}
                    />
                  </Grid.Col>
                  {form.reportType === 'type1' ? (
                    <Grid.Col span={{ base: 12, sm: 6 }}>
                      <TextInput
                        type="date"
                        label="As-of date"
                        description="The single date the auditor tests the design of your controls at."
                        required
                        value={form.asOfDate}
                        onChange={(e) => setForm({ ...form, asOfDate: e.currentTarget.value })}
                        error={err('asOfDate')}
                      />
                    </Grid.Col>
                  ) : (
                    <>
                      <Grid.Col span={{ base: 12, sm: 6 }}>
                        <TextInput
                          type="date"
                          label="Window start"
                          description="The first day the auditor observes."
                          required
                          value={form.windowStart}
                          onChange={(e) => setForm({ ...form, windowStart: e.currentTarget.value })}
                          error={err('windowStart')}
                        />
                      </Grid.Col>
                      <Grid.Col span={{ base: 12, sm: 6 }}>
                        <TextInput
                          type="date"
                          label="Window end"
                          description={`The last day observed; 3 to 12 months after the start${
                            form.windowStart ? ` (${formatDate(form.windowStart)})` : ''
                          }.`}
                          required
                          value={form.windowEnd}
                          onChange={(e) => setForm({ ...form, windowEnd: e.currentTarget.value })}
                          error={err('windowEnd')}
                        />
                      </Grid.Col>
                    </>
                  )}
                </Grid>
                <Group justify="space-between">
                  <Button variant="default" onClick={onBack}>
                    Back
                  </Button>
                  <Button type="submit" loading={create.isPending}>
                    Create engagement and continue
                  </Button>
                </Group>
              </Stack>
            </form>
          </>
        )}
      </QueryState>
    </Stack>
  );
}
