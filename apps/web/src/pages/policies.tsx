/** The organization's policies: status, owner, live version and acceptance; a new policy from a template or blank. */
import {
  Badge,
  Button,
  Card,
  EmptyState,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import type { Policy, PolicyAudience } from '@vigil/api';
import { can } from '@vigil/core/permissions';
import { type FormEvent, useState } from 'react';
import { useUsers } from '../api/admin-hooks.ts';
import { fieldError } from '../api/client.ts';
import { useSession } from '../api/hooks.ts';
import { useCreatePolicy, usePolicies, usePolicyTemplates } from '../api/policy-hooks.ts';
import { AnchorLink } from '../components/anchor-link.tsx';
import { formatDate } from '../components/format.ts';
import { PageHeader, QueryState } from '../components/page-state.tsx';
import { ScrollTable } from '../components/scroll-table.tsx';

/** Who a policy is written for, in words. */
export const AUDIENCE_LABEL: Record<PolicyAudience, string> = {
  all_staff: 'All staff',
  employees: 'Employees',
  contractors: 'Contractors',
  engineering: 'Engineering',
};

/** Where a policy stands, from its live and in-progress versions. */
function PolicyState({ policy }: { policy: Policy }) {
  const pending = policy.inProgress?.status === 'pending_approval';
  return (
    <Group gap={6}>
      {policy.live ? (
        <Badge color="green" variant="light">
          Published
        </Badge>
      ) : (
        <Badge color="gray" variant="light">
          Not published
        </Badge>
      )}
      {policy.inProgress && (
        <Badge color={pending ? 'orange' : 'blue'} variant="light">
          {pending ? `${policy.inProgress.label} waiting for approval` : `${policy.inProgress.label} draft`}
        </Badge>
      )}
    </Group>
  );
}

function share(p: Policy) {
  const { accepted, asked } = p.acceptance;
  if (asked === 0) return '—';
  return `${accepted} of ${asked} (${Math.round((accepted / asked) * 100)}%)`;
}

function NewPolicyForm({ onDone }: { onDone: (policyId: string) => void }) {
  const templates = usePolicyTemplates();
  const users = useUsers();
  const session = useSession();
  const create = useCreatePolicy();
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const [ownerId, setOwnerId] = useState<string | null>(session.data?.user?.id ?? null);
  const [approverIds, setApproverIds] = useState<string[]>([]);
  const [audience, setAudience] = useState<string | null>(null);
  const [cadence, setCadence] = useState<number | string>(12);
  const [effectiveDate, setEffectiveDate] = useState(new Date().toISOString().slice(0, 10));
  const [securityContact, setSecurityContact] = useState('');
  const [privacyContact, setPrivacyContact] = useState('');
  const template = templates.data?.items.find((t) => t.id === templateId);
  const members = (users.data?.items ?? []).filter((u) => u.role !== 'auditor' && u.role !== 'employee');
  const approvers = members.filter((u) => can(u.role, 'policies.approve'));
  const err = (f: string) => fieldError(create.error, f);

  function submit(e: FormEvent) {
    e.preventDefault();
    create.mutate(
      {
        ...(templateId ? { templateId } : {}),
        ...(title.trim() ? { title } : {}),
        ownerId: ownerId ?? '',
        approverIds,
        ...(audience ? { audience: audience as PolicyAudience } : {}),
        ...(typeof cadence === 'number' ? { reviewCadenceMonths: cadence } : {}),
        ...(effectiveDate ? { effectiveDate } : {}),
        ...(securityContact.trim() ? { securityContact } : {}),
        ...(privacyContact.trim() ? { privacyContact } : {}),
      },
      { onSuccess: (p) => onDone(p.id) },
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-label="New policy">
      <Stack gap="sm">
        <Select
          label="Start from"
          data-autofocus
          data={[
            { value: '', label: 'A blank policy' },
            ...(templates.data?.items ?? []).map((t) => ({ value: t.id, label: t.title })),
          ]}
          value={templateId ?? ''}
          onChange={(v) => {
            const t = templates.data?.items.find((x) => x.id === v);
            setTemplateId(v || null);
            if (t) {
              setAudience(t.audience);
              setCadence(t.reviewCadenceMonths);
            }
          }}
          description={template?.summary}
          allowDeselect={false}
          error={err('templateId')}
        />
        <TextInput
          label="Title"
          required={!templateId}
          placeholder={template?.title}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={err('title')}
        />
        <Select
          label="Owner"
          required
          data={members.map((u) => ({ value: u.id, label: u.name }))}
          value={ownerId}
          onChange={setOwnerId}
          error={err('ownerId')}
        />
        <MultiSelect
          label="Approvers"
          description="Whoever sends a version for approval cannot approve it, so name at least two people."
          required
          data={approvers.map((u) => ({ value: u.id, label: u.name }))}
          value={approverIds}
          onChange={setApproverIds}
          error={err('approverIds') ?? err('approverIds.0')}
        />
        <Group grow align="flex-start">
          <Select
            label="Audience"
            required
            data={Object.entries(AUDIENCE_LABEL).map(([value, label]) => ({ value, label }))}
            value={audience}
            onChange={setAudience}
            error={err('audience')}
          />
          <NumberInput
            label="Review every (months)"
            min={1}
            max={36}
            value={cadence}
            onChange={setCadence}
            error={err('reviewCadenceMonths')}
          />
        </Group>
        {template && (
          <TextInput
            type="date"
            label="Effective date"
            value={effectiveDate}
            onChange={(e) => setEffectiveDate(e.currentTarget.value)}
            error={err('effectiveDate')}
          />
        )}
        {template?.asks.includes('security_contact') && (
          <TextInput
            label="Security contact"
            description="Who people report a lost device or a security problem to."
            required
            value={securityContact}
            onChange={(e) => setSecurityContact(e.currentTarget.value)}
            error={err('securityContact')}
          />
        )}
        {template?.asks.includes('privacy_contact') && (
          <TextInput
            label="Privacy contact"
            description="Where people send questions and requests about their personal data."
            required
            value={privacyContact}
            onChange={(e) => setPrivacyContact(e.currentTarget.value)}
            error={err('privacyContact')}
          />
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending}>
            Create policy
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function PoliciesPage() {
  const policies = usePolicies();
  const session = useSession();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const role = session.data?.org?.role;
  const mayManage = !!role && can(role, 'policies.manage');

  return (
    <>
      <PageHeader
        title="Policies"
        description="Your written policies, who owns them, which version is in force and who has accepted it."
        actions={mayManage && <Button onClick={() => setCreating(true)}>New policy</Button>}
      />
      <Modal opened={creating} onClose={() => setCreating(false)} title="New policy" size="lg">
        <NewPolicyForm
          onDone={(policyId) => {
            setCreating(false);
            void navigate({ to: '/policies/$policyId', params: { policyId } });
          }}
        />
      </Modal>
      <QueryState query={policies} label="Loading policies…">
        {(data) =>
          data.items.length === 0 ? (
            <Card withBorder padding="xl">
              <EmptyState
                title="No policies yet"
                description="Start from one of the templates: each is written for a SaaS company and filled with your names."
              />
            </Card>
          ) : (
            <ScrollTable label="Policies" minWidth={760}>
              <Table aria-label="Policies">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Policy</Table.Th>
                    <Table.Th>Status</Table.Th>
                    <Table.Th>Owner</Table.Th>
                    <Table.Th>Live version</Table.Th>
                    <Table.Th>Accepted</Table.Th>
                    <Table.Th>Next review</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((p) => (
                    <Table.Tr key={p.id}>
                      <Table.Td>
                        <AnchorLink to="/policies/$policyId" params={{ policyId: p.id }}>
                          {p.title}
                        </AnchorLink>
                        <Text size="xs" c="dimmed">
                          {AUDIENCE_LABEL[p.audience]}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <PolicyState policy={p} />
                      </Table.Td>
                      <Table.Td>{p.ownerName ?? '—'}</Table.Td>
                      <Table.Td>
                        {p.live ? `${p.live.label}, ${formatDate(p.live.publishedAt)}` : '—'}
                      </Table.Td>
                      <Table.Td>{share(p)}</Table.Td>
                      <Table.Td>{formatDate(p.reviewDue)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          )
        }
      </QueryState>
    </>
  );
}
