/**
 * The change population: every pull request merged into a protected default branch in a period, the
 * ones that skipped approval flagged in words, and their after-the-fact justifications.
 */
import {
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  EmptyState,
  Group,
  Modal,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { changeRoutes, type MergedChange, urlOf } from '@vigil/api';
import { addDays } from '@vigil/core/days';
import { can } from '@vigil/core/permissions';
import { type FormEvent, useState } from 'react';
import { useChanges, useJustifyChange } from '../api/change-hooks.ts';
import { fieldError } from '../api/client.ts';
import { useSession } from '../api/hooks.ts';
import { formatDate, formatDateTime } from '../components/format.ts';
import { PageHeader, QueryState } from '../components/page-state.tsx';
import { ScrollTable } from '../components/scroll-table.tsx';

const CI_WORDS: Record<MergedChange['ciStatus'], { label: string; color: string }> = {
  success: { label: 'Passed', color: 'green' },
  failure: { label: 'Failed', color: 'red' },
  pending: { label: 'Still running', color: 'yellow' },
  none: { label: 'No checks', color: 'gray' },
};

/** An approval in words; one given after the merge says so, since it did not let the change through. */
function approvalWords(a: MergedChange['approvals'][number], mergedAt: string): string {
  const after = Date.parse(a.approvedAt) > Date.parse(mergedAt);
  return `${a.reviewer} (${formatDateTime(a.approvedAt)}${after ? ', after the merge' : ''})`;
}

/** What branch protection required, as collected: GitHub keeps no history of it. */
function requiredWords(required: number | null): string {
  if (required === null) return 'Branch protection not readable; no bypass judged';
  if (required === 0) return 'Branch protection required no approval when collected';
  return `Branch protection required ${required} ${required === 1 ? 'approval' : 'approvals'} when collected`;
}

const daysAgo = (n: number) => addDays(new Date().toISOString().slice(0, 10), -n);

function JustifyForm({ change, onDone }: { change: MergedChange; onDone: () => void }) {
  const justify = useJustifyChange(change.id);
  const [reason, setReason] = useState('');
  const [approver, setApprover] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    justify.mutate({ reason, approver }, { onSuccess: onDone });
  };
  return (
    <form onSubmit={submit} aria-label="Justify the change">
      <Stack>
        <Text size="sm">
          {change.repository} #{change.number}, “{change.title}” by {change.author} was{' '}
          {change.deviations.map((d) => d.words).join(' and ')}. The change stays in the population; the
          justification tells the auditor why.
        </Text>
        <Textarea
          label="Why it was merged this way"
          required
          autosize
          minRows={3}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={fieldError(justify.error, 'reason')}
        />
        <TextInput
          label="Approved after the fact by"
          description="Someone other than the author"
          required
          value={approver}
          onChange={(e) => setApprover(e.currentTarget.value)}
          error={fieldError(justify.error, 'approver')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={justify.isPending}>
            Record the justification
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function ChangesPage() {
  const session = useSession();
  const role = session.data?.org?.role;
  const mayJustify = role ? can(role, 'changes.manage') : false;
  const [from, setFrom] = useState(daysAgo(364));
  const [to, setTo] = useState(daysAgo(0));
  const [repository, setRepository] = useState<string | null>(null);
  const [onlyDeviations, setOnlyDeviations] = useState(false);
  const [justifying, setJustifying] = useState<MergedChange | null>(null);
  const query = {
    from,
    to,
    ...(repository ? { repository } : {}),
    deviations: onlyDeviations ? ('only' as const) : ('all' as const),
  };
  const changes = useChanges(query);
  return (
    <>
      <PageHeader
        title="Changes"
        description="Every change merged into a protected default branch, with who approved it and when. Changes that skipped approval are flagged; an emergency change can be justified after the fact."
        actions={
          <Anchor href={urlOf(changeRoutes.csv, { query })} download size="sm">
            Download CSV
          </Anchor>
        }
      />
      <Modal
        opened={justifying !== null}
        onClose={() => setJustifying(null)}
        title="Justify the change"
        size="lg"
      >
        {justifying && <JustifyForm change={justifying} onDone={() => setJustifying(null)} />}
      </Modal>
      <Stack gap="lg">
        <Card withBorder>
          <Group align="flex-end" wrap="wrap">
            <TextInput
              type="date"
              label="Merged from"
              value={from}
              onChange={(e) => setFrom(e.currentTarget.value)}
            />
            <TextInput
              type="date"
              label="Merged to"
              value={to}
              onChange={(e) => setTo(e.currentTarget.value)}
            />
            <Select
              label="Repository"
              placeholder="All repositories"
              clearable
              data={changes.data?.repositories ?? []}
              value={repository}
              onChange={setRepository}
            />
            <Checkbox
              label="Only changes that skipped approval"
              checked={onlyDeviations}
              onChange={(e) => setOnlyDeviations(e.currentTarget.checked)}
            />
          </Group>
        </Card>
        <QueryState query={changes} label="Loading changes…">
          {(data) => (
            <Stack gap="sm">
              <Text size="sm">
                {data.total} {data.total === 1 ? 'change' : 'changes'} merged between {formatDate(data.from)}{' '}
                and {formatDate(data.to)}; {data.deviating} skipped approval, {data.justified} of them
                justified.
                {data.collectedAt ? ` Last collected ${formatDateTime(data.collectedAt)}.` : ''}
              </Text>
              <Text size="sm" c="dimmed">
                Approvals count as they stood when each change was merged. The approvals required are the
                branch protection as collected: GitHub keeps no history of it, so a rule changed since a merge
                is shown as it is now.
              </Text>
              {data.items.length === 0 ? (
                <Card withBorder padding="xl">
                  <EmptyState
                    title="No changes in this period"
                    description="Changes come from the GitHub connector: upload an export with its change history, or connect GitHub on the integrations page."
                  />
                </Card>
              ) : (
                <ScrollTable label="Merged changes" minWidth={900}>
                  <Table aria-label="Merged changes">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>Change</Table.Th>
                        <Table.Th>Merged</Table.Th>
                        <Table.Th>Approved by</Table.Th>
                        <Table.Th>Checks at merge</Table.Th>
                        <Table.Th>Approval</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {data.items.map((c) => (
                        <Table.Tr key={c.id}>
                          <Table.Td>
                            <Text size="sm" fw={500}>
                              {c.repository} #{c.number}
                            </Text>
                            <Text size="xs" c="dimmed">
                              {c.title} · by {c.author}
                            </Text>
                          </Table.Td>
                          <Table.Td>
                            {formatDateTime(c.mergedAt)}
                            <Text size="xs" c="dimmed">
                              {c.mergedBy ? `by ${c.mergedBy}` : 'merged by: unknown'}
                            </Text>
                          </Table.Td>
                          <Table.Td>
                            {c.approvals.length === 0
                              ? 'Nobody'
                              : c.approvals.map((a) => approvalWords(a, c.mergedAt)).join(', ')}
                            <Text size="xs" c="dimmed">
                              {requiredWords(c.requiredApprovals)}
                            </Text>
                          </Table.Td>
                          <Table.Td>
                            <Badge color={CI_WORDS[c.ciStatus].color} variant="light">
                              {CI_WORDS[c.ciStatus].label}
                            </Badge>
                          </Table.Td>
                          <Table.Td>
                            {c.deviations.length === 0 ? (
                              <Badge color="green" variant="light">
                                Approved before merge
                              </Badge>
                            ) : (
                              <Stack gap={4}>
                                <Badge color={c.justification ? 'yellow' : 'red'} variant="light">
                                  {c.justification ? 'Justified' : 'Skipped approval'}
                                </Badge>
                                <Text size="xs">{c.deviations.map((d) => d.words).join('; ')}</Text>
                                {c.justification ? (
                                  <Text size="xs" c="dimmed">
                                    {c.justification.reason} — approved after the fact by{' '}
                                    {c.justification.approver}
                                    {c.justification.recordedByName
                                      ? `, recorded by ${c.justification.recordedByName}`
                                      : ''}
                                  </Text>
                                ) : mayJustify ? (
                                  <Button
                                    size="compact-xs"
                                    variant="default"
                                    onClick={() => setJustifying(c)}
                                  >
                                    Justify {c.repository} #{c.number}
                                  </Button>
                                ) : null}
                              </Stack>
                            )}
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </ScrollTable>
              )}
            </Stack>
          )}
        </QueryState>
      </Stack>
    </>
  );
}
