/** One access review: its accounts with flags, decisions with reasons, bulk keep, close, the report and verified revocations. */
import {
  Alert,
  Badge,
  Button,
  Card,
  Code,
  Group,
  Modal,
  Progress,
  Radio,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import type { Campaign, ReviewAccountRow } from '@vigil/api';
import {
  ACCESS_DECISION_WORDS,
  ACCESS_REVIEW_FLAG_WORDS,
  type AccessDecision,
  RECURRENCE_WORDS,
  reasonRequired,
} from '@vigil/core/access-reviews';
import { can } from '@vigil/core/permissions';
import { type FormEvent, useState } from 'react';
import {
  useBulkKeep,
  useCampaign,
  useCloseCampaign,
  useDecide,
  useReviewAccounts,
} from '../api/access-review-hooks.ts';
import { fieldError } from '../api/client.ts';
import { useSession } from '../api/hooks.ts';
import { PageHeader, QueryState } from '../components/page-state.tsx';
import { ScrollTable } from '../components/scroll-table.tsx';
import { STATUS_WORDS } from './access-reviews.tsx';

const REMEDIATION_WORDS = {
  pending: 'Waiting for a sweep',
  verified: 'Verified',
  overdue: 'Overdue',
} as const;
const REMEDIATION_COLOR = { pending: 'yellow', verified: 'green', overdue: 'red' } as const;
const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : '—');

function DecideModal({
  campaignId,
  account,
  onClose,
}: {
  campaignId: string;
  account: ReviewAccountRow | null;
  onClose: () => void;
}) {
  const decide = useDecide(campaignId);
  const [decision, setDecision] = useState<AccessDecision>('keep');
  const [reason, setReason] = useState('');
  const needsReason = account ? reasonRequired(decision, account.flags) : false;
  function submit(e: FormEvent) {
    e.preventDefault();
    if (!account) return;
    decide.mutate(
      { accountId: account.id, decision, reason: reason.trim() || null },
      {
        onSuccess: () => {
          setReason('');
          setDecision('keep');
          onClose();
        },
      },
    );
  }
  return (
    <Modal
      opened={account !== null}
      onClose={onClose}
      title={account ? `Decide ${account.account} in ${account.system}` : ''}
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      {account && (
        <form onSubmit={submit}>
          <Stack gap="sm">
            {account.flags.length > 0 && (
              <Text size="sm">Flags: {account.flags.map((f) => ACCESS_REVIEW_FLAG_WORDS[f]).join(', ')}</Text>
            )}
            <Radio.Group
              label="Decision"
              value={decision}
              onChange={(v) => setDecision(v as AccessDecision)}
              error={fieldError(decide.error, 'decision')}
            >
              <Group mt="xs">
                {(['keep', 'revoke', 'modify'] as const).map((d) => (
                  <Radio key={d} value={d} label={ACCESS_DECISION_WORDS[d]} />
                ))}
              </Group>
            </Radio.Group>
            <Textarea
              label="Reason"
              description={needsReason ? 'Required for this decision' : 'Optional'}
              required={needsReason}
              autosize
              minRows={2}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={fieldError(decide.error, 'reason')}
            />
            {decide.error && !fieldError(decide.error, 'reason') && (
              <Alert color="red" role="alert">
                {(decide.error as Error).message}
              </Alert>
            )}
            <Group>
              <Button type="submit" loading={decide.isPending}>
                Save decision
              </Button>
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

function AccountRow({ a, onDecide }: { a: ReviewAccountRow; onDecide: (a: ReviewAccountRow) => void }) {
  return (
    <Table.Tr>
      <Table.Td>{a.system}</Table.Td>
      <Table.Td>
        <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
          {a.account}
        </Text>
        {a.displayName && (
          <Text size="xs" c="dimmed">
            {a.displayName}
          </Text>
        )}
      </Table.Td>
      <Table.Td>{a.personName ?? 'No matching person'}</Table.Td>
      <Table.Td>{a.roles.join(', ') || '—'}</Table.Td>
      <Table.Td>{a.neverLoggedIn ? 'Never' : (a.lastLoginAt?.slice(0, 10) ?? 'Unknown')}</Table.Td>
      <Table.Td>{a.mfa === null ? 'Unknown' : a.mfa ? 'Yes' : 'No'}</Table.Td>
      <Table.Td>
        <Group gap={4}>
          {a.flags.length === 0
            ? 'None'
            : a.flags.map((f) => (
                <Badge key={f} color="orange" variant="light" size="sm">
                  {ACCESS_REVIEW_FLAG_WORDS[f]}
                </Badge>
              ))}
        </Group>
      </Table.Td>
      <Table.Td>
        {a.own ? 'Your own account: someone else decides' : (a.reviewerName ?? 'A manager of reviews')}
      </Table.Td>
      <Table.Td>
        {a.decision ? (
          <Stack gap={2}>
            <Text size="sm" fw={500}>
              {ACCESS_DECISION_WORDS[a.decision]}
            </Text>
            {a.reason && (
              <Text size="xs" c="dimmed">
                {a.reason}
              </Text>
            )}
          </Stack>
        ) : (
          'Not decided'
        )}
      </Table.Td>
      <Table.Td>
        {a.mine && (
          <Button size="xs" variant={a.decision ? 'default' : 'filled'} onClick={() => onDecide(a)}>
            {a.decision ? 'Change' : 'Decide'}
            <VisuallyHidden>
              {' '}
              {a.account} in {a.system}
            </VisuallyHidden>
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

function Remediations({ items }: { items: ReviewAccountRow[] }) {
  const list = items.filter((a) => a.remediation);
  if (list.length === 0) return null;
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">
        Revocations and changes
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Each closes itself when a later sweep shows the account removed, disabled or changed.
      </Text>
      <ScrollTable label="Revocations and changes" minWidth={720}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Account</Table.Th>
              <Table.Th>Decision</Table.Th>
              <Table.Th>State</Table.Th>
              <Table.Th>Due</Table.Th>
              <Table.Th>Verified</Table.Th>
              <Table.Th>Lag</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>
                  {a.account} in {a.system}
                </Table.Td>
                <Table.Td>{a.decision && ACCESS_DECISION_WORDS[a.decision]}</Table.Td>
                <Table.Td>
                  <Badge color={REMEDIATION_COLOR[a.remediation!.state]} variant="light">
                    {REMEDIATION_WORDS[a.remediation!.state]}
                  </Badge>
                  {a.remediation!.note && (
                    <Text size="xs" c="dimmed">
                      {a.remediation!.note}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{a.remediation!.dueDate}</Table.Td>
                <Table.Td>{when(a.remediation!.verifiedAt)}</Table.Td>
                <Table.Td>{a.remediation!.lag ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Card>
  );
}

function Summary({ c, canRead }: { c: Campaign; canRead: boolean }) {
  const share = c.accounts ? Math.round((c.decided / c.accounts) * 100) : 0;
  return (
    <Card withBorder>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Stack gap={4}>
          <Text size="sm">
            <b>Status:</b> {STATUS_WORDS[c.status]} · <b>Due:</b> {c.dueDate} · <b>Repeats:</b>{' '}
            {RECURRENCE_WORDS[c.recurrence]}
          </Text>
          <Text size="sm">
            <b>Systems:</b> {c.systems.map((s) => `${s.name} (owner ${s.ownerName ?? 'unknown'})`).join(', ')}
          </Text>
          {c.startedAt && (
            <Text size="sm">
              <b>Snapshot:</b> {when(c.startedAt)}, SHA-256{' '}
              <Code style={{ overflowWrap: 'anywhere' }}>{c.snapshotHash}</Code>
            </Text>
          )}
          {c.closedAt && (
            <Text size="sm">
              <b>Closed:</b> {when(c.closedAt)}; the report is kept as evidence.
            </Text>
          )}
        </Stack>
        <Stack gap={4}>
          <Progress value={share} aria-label={`${share}% of accounts decided`} />
          <Text size="sm">
            {c.decided} of {c.accounts} accounts decided · {c.flagged} flagged · {c.verified} of{' '}
            {c.remediations} revocations verified
            {c.overdueRemediations ? ` · ${c.overdueRemediations} overdue` : ''}
          </Text>
          {canRead && c.status !== 'scheduled' && (
            <Group gap="xs">
              <Button component="a" size="xs" variant="light" href={`/api/access-reviews/${c.id}/report.csv`}>
                Download report (CSV)
              </Button>
              <Button component="a" size="xs" variant="light" href={`/api/access-reviews/${c.id}/report.pdf`}>
                Download report (PDF)
              </Button>
            </Group>
          )}
        </Stack>
      </SimpleGrid>
    </Card>
  );
}

export function AccessReviewPage() {
  const { campaignId } = useParams({ from: '/app/access-reviews/$campaignId' });
  const session = useSession();
  const campaign = useCampaign(campaignId);
  const accounts = useReviewAccounts(campaignId);
  const bulk = useBulkKeep(campaignId);
  const close = useCloseCampaign(campaignId);
  const [deciding, setDeciding] = useState<ReviewAccountRow | null>(null);
  const [confirming, setConfirming] = useState(false);
  const role = session.data?.org?.role;
  const canRead = !!role && can(role, 'access_reviews.read');
  const keepable = (accounts.data?.items ?? []).filter(
    (a) => a.mine && !a.decision && a.flags.length === 0 && !a.privileged,
  ).length;
  return (
    <QueryState query={campaign} label="Loading the access review…">
      {(c) => (
        <>
          <PageHeader
            title={c.name}
            description="Decide every account: keep, revoke or modify. Flagged and privileged accounts need a reason."
            actions={
              <>
                {c.canDecide && keepable > 0 && (
                  <Button variant="light" onClick={() => setConfirming(true)}>
                    Keep {keepable} unflagged
                  </Button>
                )}
                {c.canManage && c.status === 'open' && (
                  <Button loading={close.isPending} onClick={() => close.mutate()}>
                    Close the review
                  </Button>
                )}
              </>
            }
          />
          <Stack gap="lg">
            {close.error && (
              <Alert color="red" role="alert">
                {(close.error as Error).message.replace(/^campaign: /, '')}
              </Alert>
            )}
            <Summary c={c} canRead={canRead} />
            <QueryState query={accounts} label="Loading accounts…">
              {({ items }) => (
                <>
                  <ScrollTable label="Accounts" minWidth={1200}>
                    <Table verticalSpacing="xs">
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>System</Table.Th>
                          <Table.Th>Account</Table.Th>
                          <Table.Th>Person</Table.Th>
                          <Table.Th>Roles</Table.Th>
                          <Table.Th>Last login</Table.Th>
                          <Table.Th>MFA</Table.Th>
                          <Table.Th>Flags</Table.Th>
                          <Table.Th>Reviewer</Table.Th>
                          <Table.Th>Decision</Table.Th>
                          <Table.Th>
                            <VisuallyHidden>Action</VisuallyHidden>
                          </Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {items.map((a) => (
                          <AccountRow key={a.id} a={a} onDecide={setDeciding} />
                        ))}
                      </Table.Tbody>
                    </Table>
                  </ScrollTable>
                  <Remediations items={items} />
                </>
              )}
            </QueryState>
          </Stack>
          <DecideModal campaignId={campaignId} account={deciding} onClose={() => setDeciding(null)} />
          <Modal
            opened={confirming}
            onClose={() => setConfirming(false)}
            title="Keep every unflagged account?"
            closeButtonProps={{ 'aria-label': 'Close' }}
          >
            <Stack gap="sm">
              <Text size="sm">
                {keepable} accounts without flags will keep their access. Flagged and privileged accounts
                still need a decision each, with a reason.
              </Text>
              <Group>
                <Button
                  loading={bulk.isPending}
                  onClick={() => bulk.mutate(undefined, { onSuccess: () => setConfirming(false) })}
                >
                  Keep {keepable} accounts
                </Button>
                <Button variant="default" onClick={() => setConfirming(false)}>
                  Cancel
                </Button>
              </Group>
            </Stack>
          </Modal>
        </>
      )}
    </QueryState>
  );
}
