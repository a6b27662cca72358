/**
 * Readiness: how ready each category and criterion in scope is for the audit, what to do next (each
 * step linking to where it is done), and the dated, hashed assessments taken so far with their files.
 */
import { Anchor, Badge, Button, Card, Group, List, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { type ReadinessAssessmentBody, readinessRoutes, urlOf } from '@vigil/api';
import type { ReadinessArea } from '@vigil/core';
import { can } from '@vigil/core/permissions';
import { useState } from 'react';
import { useSession } from '../api/hooks.ts';
import { useReadiness, useReadinessSnapshots, useTakeReadiness } from '../api/readiness-hooks.ts';
import { AnchorLink } from '../components/anchor-link.tsx';
import { formatDate } from '../components/format.ts';
import { PageHeader, QueryState } from '../components/page-state.tsx';
import { ScrollTable } from '../components/scroll-table.tsx';

const AREA: Record<ReadinessArea, string> = {
  controls: 'Controls',
  policies: 'Policies',
  evidence: 'Evidence',
  checks: 'Checks',
  activities: 'Recurring activities',
  exceptions: 'Exceptions',
};
const SHOWN = 15;

function Score({ value, label }: { value: number; label: string }) {
  return (
    <Group gap="xs" wrap="nowrap">
      <Progress value={value} w={80} aria-label={label} color={value >= 80 ? 'teal' : 'blue'} />
      <Text size="sm">{value}%</Text>
    </Group>
  );
}

function Gaps({ gaps }: { gaps: ReadinessAssessmentBody['gaps'] }) {
  const [all, setAll] = useState(false);
  if (gaps.length === 0) return <Text>Nothing left to do: every requirement Vigil checks is met.</Text>;
  const shown = all ? gaps : gaps.slice(0, SHOWN);
  return (
    <Stack gap="xs">
      <List spacing="xs" aria-label="What to do next">
        {shown.map((g) => (
          <List.Item key={`${g.link} ${g.action}`}>
            <Anchor component={Link} to={g.link}>
              {g.action}
            </Anchor>
            <Text size="xs" c="dimmed">
              {AREA[g.area]}; holds back {g.criteria.join(', ')}
            </Text>
          </List.Item>
        ))}
      </List>
      {gaps.length > SHOWN && (
        <Group>
          <Button variant="subtle" onClick={() => setAll(!all)}>
            {all ? 'Show the first steps only' : `Show all ${gaps.length} steps`}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function Category({ category }: { category: ReadinessAssessmentBody['categories'][number] }) {
  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h5">
          {category.name}
        </Title>
        <Score value={category.score} label={`${category.name} readiness`} />
      </Group>
      <ScrollTable label={`${category.name} criteria`} minWidth={640}>
        <Table verticalSpacing="xs" aria-label={`${category.name} criteria`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Criterion</Table.Th>
              <Table.Th scope="col">Readiness</Table.Th>
              <Table.Th scope="col">Requirements met</Table.Th>
              <Table.Th scope="col">Next step</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {category.criteria.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>
                  <AnchorLink to="/criteria/$criterionId" params={{ criterionId: c.id }}>
                    {c.id}
                  </AnchorLink>{' '}
                  <Text span size="sm">
                    {c.title}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Score value={c.score} label={`${c.id} readiness`} />
                </Table.Td>
                <Table.Td>
                  {c.requirementsMet} of {c.requirements}
                </Table.Td>
                <Table.Td>
                  {c.gaps[0] ? (
                    <Anchor component={Link} to={c.gaps[0].link} size="sm">
                      {c.gaps[0].action}
                    </Anchor>
                  ) : (
                    <Badge color="teal" variant="light">
                      Ready
                    </Badge>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Card>
  );
}

function Snapshots() {
  const snapshots = useReadinessSnapshots();
  return (
    <QueryState query={snapshots} label="readiness assessments taken">
      {(data) =>
        data.items.length === 0 ? (
          <Text c="dimmed">No assessment taken yet.</Text>
        ) : (
          <ScrollTable label="Assessments taken" minWidth={720}>
            <Table verticalSpacing="xs" aria-label="Assessments taken">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Taken on</Table.Th>
                  <Table.Th scope="col">Taken by</Table.Th>
                  <Table.Th scope="col">Readiness</Table.Th>
                  <Table.Th scope="col">Steps left</Table.Th>
                  <Table.Th scope="col">Fingerprint (SHA-256)</Table.Th>
                  <Table.Th scope="col">Download</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((s) => {
                  const params = { snapshotId: s.id };
                  return (
                    <Table.Tr key={s.id}>
                      <Table.Td>{formatDate(s.takenOn)}</Table.Td>
                      <Table.Td>{s.takenByName}</Table.Td>
                      <Table.Td>{s.score}%</Table.Td>
                      <Table.Td>{s.gapCount}</Table.Td>
                      <Table.Td>
                        <Text size="xs" ff="monospace" style={{ wordBreak: 'break-all' }}>
                          {s.contentSha256}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Group gap="sm" wrap="nowrap">
                          <Anchor
                            href={urlOf(readinessRoutes.snapshotPdf, { params })}
                            download
                            aria-label={`PDF of the assessment taken on ${formatDate(s.takenOn)}`}
                          >
                            PDF
                          </Anchor>
                          <Anchor
                            href={urlOf(readinessRoutes.snapshotXlsx, { params })}
                            download
                            aria-label={`Spreadsheet of the assessment taken on ${formatDate(s.takenOn)}`}
                          >
                            Spreadsheet
                          </Anchor>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )
      }
    </QueryState>
  );
}

export function ReadinessPage() {
  const session = useSession();
  const role = session.data?.org?.role;
  const canTake = !!role && can(role, 'readiness.take');
  const readiness = useReadiness();
  const take = useTakeReadiness();
  return (
    <>
      <PageHeader
        title="Readiness"
        description="How ready each criterion in scope is for the audit, from your controls, policies, evidence, checks and activities, and what to do next."
        actions={
          canTake && (
            <Button onClick={() => take.mutate(undefined)} loading={take.isPending}>
              Take assessment
            </Button>
          )
        }
      />
      <QueryState query={readiness} label="the readiness assessment">
        {(a) => (
          <Stack gap="lg">
            <Card withBorder>
              <Group justify="space-between" mb="sm">
                <Title order={2} size="h4">
                  What to do next
                </Title>
                <Text fw={600}>{a.score}% ready overall</Text>
              </Group>
              <Gaps gaps={a.gaps} />
            </Card>
            <Title order={2} size="h4">
              Criteria by category
            </Title>
            {a.categories.map((c) => (
              <Category key={c.id} category={c} />
            ))}
          </Stack>
        )}
      </QueryState>
      <Card withBorder mt="lg">
        <Title order={2} size="h4" mb="xs">
          Assessments taken
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          Each assessment is kept as it was on its day, with a fingerprint recorded in the audit trail.
        </Text>
        <Snapshots />
      </Card>
    </>
  );
}
