/**
 * One policy: its versions and their statuses, the draft editor, approval, the changes of each
 * version against the one before, which version was live on a date, and the acceptance matrix.
 */
import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Radio,
  SimpleGrid,
  Stack,
  Table,
  Tabs,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import {
  type PolicyDetail,
  type PolicyVersionStatus,
  type PolicyVersionSummary,
  policyRoutes,
  urlOf,
} from '@vigil/api';
import { can } from '@vigil/core/permissions';
import { matrixCellText } from '@vigil/core/policies';
import { type FormEvent, useEffect, useState } from 'react';
import { fieldError } from '../api/client.ts';
import { useSession } from '../api/hooks.ts';
import {
  useAcceptanceMatrix,
  useApproveVersion,
  useEditDraft,
  useLiveOn,
  useNewVersion,
  usePolicy,
  usePolicyDiff,
  usePolicyVersion,
  useRejectVersion,
  useReviewPolicy,
  useSubmitVersion,
} from '../api/policy-hooks.ts';
import { formatDate, formatDateTime } from '../components/format.ts';
import { PageHeader, QueryState } from '../components/page-state.tsx';
import { PolicyMarkdown } from '../components/policy-markdown.tsx';
import { ScrollTable } from '../components/scroll-table.tsx';
import { AUDIENCE_LABEL } from './policies.tsx';

const route = getRouteApi('/app/policies/$policyId');

const STATUS: Record<PolicyVersionStatus, { label: string; color: string }> = {
  draft: { label: 'Draft', color: 'blue' },
  pending_approval: { label: 'Waiting for approval', color: 'orange' },
  published: { label: 'Published', color: 'green' },
  superseded: { label: 'Superseded', color: 'gray' },
  rejected: { label: 'Rejected', color: 'red' },
};

function VersionStatus({ status }: { status: PolicyVersionStatus }) {
  return (
    <Badge color={STATUS[status].color} variant="light">
      {STATUS[status].label}
    </Badge>
  );
}

function DraftEditor({ policyId, version }: { policyId: string; version: PolicyVersionSummary }) {
  const full = usePolicyVersion(policyId, version.id);
  const edit = useEditDraft(policyId);
  const submit = useSubmitVersion(policyId);
  const [content, setContent] = useState<string | null>(null);
  const [changelog, setChangelog] = useState(version.changelog);
  useEffect(() => {
    if (full.data && content === null) setContent(full.data.content);
  }, [full.data, content]);

  function save(e: FormEvent) {
    e.preventDefault();
    edit.mutate({ versionId: version.id, content: content ?? '', changelog });
  }

  return (
    <form onSubmit={save} aria-label={`Draft ${version.label}`}>
      <Stack gap="sm">
        <Textarea
          label={`Text of version ${version.label} (Markdown)`}
          autosize
          minRows={10}
          maxRows={30}
          value={content ?? ''}
          // Nothing typed before the stored text arrives would survive its arrival.
          disabled={content === null}
          placeholder={content === null ? 'Loading the text…' : undefined}
          onChange={(e) => setContent(e.currentTarget.value)}
          error={fieldError(edit.error, 'content') ?? fieldError(submit.error, 'content')}
        />
        <TextInput
          label="What changes in this version"
          value={changelog}
          onChange={(e) => setChangelog(e.currentTarget.value)}
          error={fieldError(edit.error, 'changelog')}
        />
        <Group justify="flex-end">
          <Button type="submit" variant="light" loading={edit.isPending}>
            Save draft
          </Button>
          <Button
            loading={submit.isPending}
            onClick={() =>
              edit.mutate(
                { versionId: version.id, content: content ?? '', changelog },
                { onSuccess: () => submit.mutate(version.id) },
              )
            }
          >
            Send for approval
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Approval({ policy, version }: { policy: PolicyDetail; version: PolicyVersionSummary }) {
  const session = useSession();
  const approve = useApproveVersion(policy.id);
  const reject = useRejectVersion(policy.id);
  const full = usePolicyVersion(policy.id, version.id);
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const me = session.data?.user?.id;
  const role = session.data?.org?.role;
  const named = policy.approvers.some((a) => a.id === me);
  const mayApprove = !!role && can(role, 'policies.approve') && named;
  const own = version.submittedById === me;

  return (
    <Stack gap="sm">
      <Text size="sm">
        Sent for approval by {version.submittedByName ?? 'someone'} on {formatDateTime(version.submittedAt)}.{' '}
        {version.changelog}
      </Text>
      <Card withBorder>
        <div className="policy-text">{full.data && <PolicyMarkdown text={full.data.content} />}</div>
      </Card>
      {mayApprove && !own ? (
        <Group justify="flex-end">
          <Button variant="light" color="red" onClick={() => setRejecting(true)}>
            Reject
          </Button>
          <Button loading={approve.isPending} onClick={() => approve.mutate(version.id)}>
            Approve and publish {version.label}
          </Button>
        </Group>
      ) : (
        <Text size="sm" c="dimmed">
          {own
            ? 'You sent this version for approval, so another approver must approve it.'
            : `Waiting for ${policy.approvers.map((a) => a.name).join(' or ')}.`}
        </Text>
      )}
      <Modal opened={rejecting} onClose={() => setRejecting(false)} title={`Reject version ${version.label}`}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            reject.mutate({ versionId: version.id, reason }, { onSuccess: () => setRejecting(false) });
          }}
        >
          <Stack gap="sm">
            <Textarea
              label="Why is it rejected?"
              required
              data-autofocus
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={fieldError(reject.error, 'reason')}
            />
            <Group justify="flex-end">
              <Button type="submit" color="red" loading={reject.isPending}>
                Reject
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}

function NewVersionModal({
  policyId,
  opened,
  onClose,
}: {
  policyId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const create = useNewVersion(policyId);
  const [bump, setBump] = useState<'major' | 'minor'>('minor');
  const [changelog, setChangelog] = useState('');
  return (
    <Modal opened={opened} onClose={onClose} title="New version">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate({ bump, changelog }, { onSuccess: onClose });
        }}
      >
        <Stack gap="sm">
          <Radio.Group
            label="What kind of change?"
            value={bump}
            onChange={(v) => setBump(v as 'major' | 'minor')}
          >
            <Stack gap={6} mt={6}>
              <Radio value="minor" label="Minor: wording or clarity; nobody needs to accept it again" />
              <Radio
                value="major"
                label="Major: a material change; everyone in the audience accepts it again"
              />
            </Stack>
          </Radio.Group>
          <TextInput
            label="What changes"
            required
            data-autofocus
            value={changelog}
            onChange={(e) => setChangelog(e.currentTarget.value)}
            error={fieldError(create.error, 'changelog')}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={create.isPending}>
              Start draft
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function VersionView({ policyId, version }: { policyId: string; version: PolicyVersionSummary }) {
  const full = usePolicyVersion(policyId, version.id);
  const diff = usePolicyDiff(policyId, version.id);
  return (
    <Card withBorder>
      <Title order={3} size="h4" mb="xs">
        Version {version.label}
      </Title>
      <Tabs defaultValue="text">
        <Tabs.List>
          <Tabs.Tab value="text">Text</Tabs.Tab>
          <Tabs.Tab value="diff">Changes from the previous version</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="text" pt="sm">
          {full.data && <PolicyMarkdown text={full.data.content} />}
        </Tabs.Panel>
        <Tabs.Panel value="diff" pt="sm">
          <QueryState query={diff} label="Comparing…">
            {(d) => (
              <Stack gap={4}>
                <Text size="sm" c="dimmed">
                  {d.from
                    ? `From version ${d.from.label} to ${d.to.label}`
                    : 'The first version: all of it is new.'}
                </Text>
                <pre style={{ whiteSpace: 'pre-wrap', margin: 0, fontSize: 13 }}>
                  {d.parts.map((p, i) =>
                    p.kind === 'same' ? (
                      <span key={i}>{p.text}</span>
                    ) : p.kind === 'added' ? (
                      <ins
                        key={i}
                        style={{ background: '#d3f9d8', color: '#0b3d16', textDecoration: 'none' }}
                      >
                        {p.text.replace(/^(?=.)/gm, '+ ')}
                      </ins>
                    ) : (
                      <del key={i} style={{ background: '#ffe3e3', color: '#5c0a0a' }}>
                        {p.text.replace(/^(?=.)/gm, '− ')}
                      </del>
                    ),
                  )}
                </pre>
              </Stack>
            )}
          </QueryState>
        </Tabs.Panel>
      </Tabs>
    </Card>
  );
}

function Matrix({ policyId }: { policyId: string }) {
  const matrix = useAcceptanceMatrix(policyId);
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={2} size="h3">
          Acceptance
        </Title>
        <Group gap="md">
          <Anchor href={urlOf(policyRoutes.matrixCsv, { query: { policyId } })} download>
            Download CSV
          </Anchor>
          <Anchor href={urlOf(policyRoutes.matrixXlsx, { query: { policyId } })} download>
            Download Excel
          </Anchor>
        </Group>
      </Group>
      <QueryState query={matrix} label="Loading acceptance…">
        {(m) =>
          m.people.length === 0 ? (
            <Text c="dimmed">Nobody has been asked to accept this policy yet.</Text>
          ) : (
            <ScrollTable label="Acceptance by person and version" minWidth={480 + m.versions.length * 120}>
              <Table aria-label="Acceptance by person and version">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Person</Table.Th>
                    {m.versions.map((v) => (
                      <Table.Th key={v.id}>Version {v.label}</Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {m.people.map((p) => (
                    <Table.Tr key={p.id}>
                      <Table.Td>
                        {p.name}
                        <Text size="xs" c="dimmed">
                          {p.department ?? p.email}
                        </Text>
                      </Table.Td>
                      {p.cells.map((c, i) => (
                        <Table.Td key={m.versions[i]!.id}>
                          <Text
                            size="sm"
                            c={c.state === 'missing' ? 'red.9' : c.state === 'late' ? 'orange.9' : undefined}
                          >
                            {matrixCellText(c, formatDate) || '—'}
                          </Text>
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          )
        }
      </QueryState>
    </Stack>
  );
}

function LiveOn({ policyId }: { policyId: string }) {
  const [on, setOn] = useState('');
  const live = useLiveOn(policyId, /^\d{4}-\d{2}-\d{2}$/.test(on) ? on : null);
  return (
    <Group align="flex-end" gap="md">
      <TextInput
        type="date"
        label="Which version was live on"
        value={on}
        onChange={(e) => setOn(e.currentTarget.value)}
      />
      <Text size="sm" aria-live="polite" pb={6}>
        {live.data
          ? live.data.version
            ? `Version ${live.data.version.label}, published ${formatDate(live.data.version.publishedAt?.slice(0, 10))}`
            : 'No version was published yet on that day.'
          : ''}
      </Text>
    </Group>
  );
}

export function PolicyDetailPage() {
  const { policyId } = route.useParams();
  const policy = usePolicy(policyId);
  const session = useSession();
  const review = useReviewPolicy(policyId);
  const [newVersion, setNewVersion] = useState(false);
  const [shown, setShown] = useState<string | null>(null);
  const role = session.data?.org?.role;
  const mayManage = !!role && can(role, 'policies.manage');

  return (
    <QueryState query={policy} label="Loading policy…">
      {(p) => {
        const selected = p.versions.find((v) => v.id === (shown ?? p.live?.id ?? p.versions[0]?.id));
        return (
          <>
            <PageHeader
              title={p.title}
              description={`Owned by ${p.ownerName ?? 'nobody'} · for ${AUDIENCE_LABEL[p.audience].toLowerCase()} · approved by ${p.approvers.map((a) => a.name).join(' or ')} · reviewed every ${p.reviewCadenceMonths} months`}
              actions={
                mayManage &&
                !p.inProgress && (
                  <>
                    {p.live && (
                      <Button variant="light" loading={review.isPending} onClick={() => review.mutate('')}>
                        Reviewed, no change
                      </Button>
                    )}
                    <Button onClick={() => setNewVersion(true)}>New version</Button>
                  </>
                )
              }
            />
            <NewVersionModal policyId={policyId} opened={newVersion} onClose={() => setNewVersion(false)} />
            <Stack gap="lg">
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <Card withBorder>
                  <Text size="sm" c="dimmed">
                    Live version
                  </Text>
                  <Text fw={600}>
                    {p.live
                      ? `${p.live.label}, since ${formatDate(p.live.publishedAt?.slice(0, 10))}`
                      : 'None yet'}
                  </Text>
                </Card>
                <Card withBorder>
                  <Text size="sm" c="dimmed">
                    Accepted
                  </Text>
                  <Text fw={600}>
                    {p.acceptance.accepted} of {p.acceptance.asked}
                  </Text>
                </Card>
                <Card withBorder>
                  <Text size="sm" c="dimmed">
                    Next review
                  </Text>
                  <Text fw={600}>{formatDate(p.reviewDue)}</Text>
                </Card>
              </SimpleGrid>
              {p.inProgress && (
                <Card withBorder>
                  <Title order={2} size="h3" mb="sm">
                    {p.inProgress.status === 'draft'
                      ? `Draft ${p.inProgress.label}`
                      : `Version ${p.inProgress.label} waiting for approval`}
                  </Title>
                  {p.inProgress.status === 'draft' ? (
                    mayManage ? (
                      <DraftEditor key={p.inProgress.id} policyId={policyId} version={p.inProgress} />
                    ) : (
                      <Text c="dimmed">A draft is being written.</Text>
                    )
                  ) : (
                    <Approval policy={p} version={p.inProgress} />
                  )}
                </Card>
              )}
              <Stack gap="sm">
                <Title order={2} size="h3">
                  Versions
                </Title>
                <ScrollTable label="Versions" minWidth={760}>
                  <Table aria-label="Versions">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>Version</Table.Th>
                        <Table.Th>Status</Table.Th>
                        <Table.Th>What changed</Table.Th>
                        <Table.Th>Approved</Table.Th>
                        <Table.Th>Document</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {p.versions.map((v) => (
                        <Table.Tr key={v.id}>
                          <Table.Td>
                            <Button
                              variant="subtle"
                              size="compact-sm"
                              onClick={() => setShown(v.id)}
                              aria-pressed={selected?.id === v.id}
                            >
                              Show {v.label}
                            </Button>
                          </Table.Td>
                          <Table.Td>
                            <VersionStatus status={v.status} />
                          </Table.Td>
                          <Table.Td>
                            {v.changelog}
                            {v.rejectionReason && (
                              <Text size="xs" c="red.9">
                                Rejected: {v.rejectionReason}
                              </Text>
                            )}
                          </Table.Td>
                          <Table.Td>
                            {v.approvedByName
                              ? `${v.approvedByName}, ${formatDate(v.approvedAt?.slice(0, 10))}`
                              : '—'}
                          </Table.Td>
                          <Table.Td>
                            {v.publishedAt ? (
                              <Anchor
                                href={urlOf(policyRoutes.pdf, { params: { policyId, versionId: v.id } })}
                                download
                              >
                                PDF of {v.label}
                              </Anchor>
                            ) : (
                              '—'
                            )}
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </ScrollTable>
              </Stack>
              {selected && <VersionView key={selected.id} policyId={policyId} version={selected} />}
              <LiveOn policyId={policyId} />
              <Matrix policyId={policyId} />
            </Stack>
          </>
        );
      }}
    </QueryState>
  );
}
