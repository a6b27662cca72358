/** The risk register: risks from the library, their controls and acceptance, the heat map and the annual assessment. */
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import type { Risk, RiskAssessment, RiskMatrixBody, RiskUpdate } from '@vigil/api';
import { RISK_CATEGORY_LABELS } from '@vigil/catalog';
import { can } from '@vigil/core/permissions';
import { type FormEvent, useState } from 'react';
import { useUsers } from '../api/admin-hooks.ts';
import { fieldError } from '../api/client.ts';
import { useEvidenceList } from '../api/evidence-hooks.ts';
import { useControls, useSession } from '../api/hooks.ts';
import {
  useAcceptRisk,
  useApproveAssessment,
  useCreateRisk,
  useReassessments,
  useRiskAssessment,
  useRiskAssessments,
  useRiskLibrary,
  useRiskRegister,
  useTakeAssessment,
  useUpdateRisk,
} from '../api/risk-hooks.ts';
import { AnchorLink } from '../components/anchor-link.tsx';
import { PageHeader, QueryState } from '../components/page-state.tsx';
import {
  blankDraft,
  componentsOf,
  draftOf,
  LEVEL_KEYS,
  type RiskDraft,
  RiskForm,
} from '../components/risk-form.tsx';
import { RiskHeatMap } from '../components/risk-heat-map.tsx';
import { RiskMatrixEditor } from '../components/risk-matrix-editor.tsx';
import { ScrollTable } from '../components/scroll-table.tsx';

const TREATMENT_WORDS = {
  mitigate: 'Mitigate',
  accept: 'Accept',
  transfer: 'Transfer',
  avoid: 'Avoid',
} as const;
const STATUS_WORDS = {
  open: 'Open',
  treating: 'Being treated',
  accepted: 'Accepted',
  closed: 'Closed',
} as const;

function FromLibrary() {
  const library = useRiskLibrary();
  const users = useUsers();
  const create = useCreateRisk();
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const chosen = library.data?.items.find((t) => t.id === templateId);
  function submit(e: FormEvent) {
    e.preventDefault();
    if (!templateId) return;
    create.mutate({ templateId, ownerId }, { onSuccess: () => setTemplateId(null) });
  }
  return (
    <Card withBorder component="form" onSubmit={submit} aria-labelledby="library-title">
      <Title order={2} size="h4" id="library-title" mb="xs">
        Add a risk from the library
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select
          label="Common risk"
          placeholder="Choose a risk"
          searchable
          data={(library.data?.items ?? []).map((t) => ({
            value: t.id,
            label: `${t.title} (${RISK_CATEGORY_LABELS[t.category]})`,
          }))}
          value={templateId}
          onChange={setTemplateId}
          error={fieldError(create.error, 'templateId')}
        />
        <Select
          label="Risk owner"
          placeholder="Unassigned"
          clearable
          data={(users.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))}
          value={ownerId}
          onChange={setOwnerId}
          error={fieldError(create.error, 'ownerId')}
        />
        <Group align="flex-end">
          <Button type="submit" disabled={!templateId} loading={create.isPending}>
            Add risk
          </Button>
        </Group>
      </SimpleGrid>
      {chosen && (
        <Text size="sm" mt="xs">
          {chosen.description} Suggested controls:{' '}
          {chosen.controls
            .map((c) => `${c.templateId} ${c.title}${c.adopted ? '' : ' (not adopted)'}`)
            .join('; ')}
          .
        </Text>
      )}
    </Card>
  );
}

function FromScratch({ matrix }: { matrix: RiskMatrixBody }) {
  const create = useCreateRisk();
  const [open, setOpen] = useState(false);
  const [round, setRound] = useState(0);
  function submit(d: RiskDraft) {
    const levels = Object.fromEntries(LEVEL_KEYS.map(([k]) => [k, d[k]]));
    create.mutate(
      {
        title: d.title,
        description: d.description,
        category: d.category,
        components: componentsOf(d.components),
        ownerId: d.ownerId,
        ...levels,
        ...(d.treatment === 'accept' ? {} : { treatment: d.treatment }),
      },
      {
        onSuccess: () => {
          setOpen(false);
          setRound((n) => n + 1);
        },
      },
    );
  }
  return (
    <Card withBorder component="section" aria-labelledby="scratch-title">
      <Group justify="space-between">
        <Title order={2} size="h4" id="scratch-title">
          Add a risk of your own
        </Title>
        <Button variant="default" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
          {open ? 'Close the form' : 'Describe a new risk'}
        </Button>
      </Group>
      {open && (
        <Stack mt="sm">
          <RiskForm
            key={round}
            matrix={matrix}
            initial={blankDraft()}
            withStatus={false}
            error={create.error}
            pending={create.isPending}
            submitLabel="Add this risk"
            onSubmit={submit}
          />
        </Stack>
      )}
    </Card>
  );
}

/** Only what changed, so an accepted risk keeps its acceptance unless its treatment or status moves. */
function patchOf(risk: Risk, d: RiskDraft): RiskUpdate {
  const patch: RiskUpdate = {};
  if (d.title !== risk.title) patch.title = d.title;
  if (d.description !== risk.description) patch.description = d.description;
  if (d.category !== risk.category) patch.category = d.category;
  const components = componentsOf(d.components);
  if (components.join('|') !== risk.components.join('|')) patch.components = components;
  if (d.ownerId !== risk.ownerId) patch.ownerId = d.ownerId;
  for (const [k] of LEVEL_KEYS) if (d[k] !== risk[k]) patch[k] = d[k];
  if (d.treatment !== risk.treatment && d.treatment !== 'accept') patch.treatment = d.treatment;
  if (d.status !== risk.status && d.status !== 'accepted') patch.status = d.status;
  return patch;
}

function levelText(m: RiskMatrixBody, l: number, i: number, level: string) {
  return `${level} (${m.likelihood[l - 1]?.label ?? l}, ${m.impact[i - 1]?.label ?? i})`;
}

function RiskManage({
  risk,
  matrix,
  canApprove,
  today,
}: {
  risk: Risk;
  matrix: RiskMatrixBody;
  canApprove: boolean;
  today: string;
}) {
  const controls = useControls({ limit: 200 });
  const evidenceList = useEvidenceList({ limit: 200 });
  const update = useUpdateRisk();
  const edit = useUpdateRisk();
  const accept = useAcceptRisk();
  const [controlId, setControlId] = useState<string | null>(null);
  const [evidenceId, setEvidenceId] = useState<string | null>(null);
  const linkedEvidence = new Set(risk.evidence.map((e) => e.id));
  const [justification, setJustification] = useState('');
  const [expiresOn, setExpiresOn] = useState('');
  const linked = new Set(risk.controls.map((c) => c.id));
  return (
    <Card withBorder aria-labelledby={`manage-${risk.id}`}>
      <Title order={3} size="h5" id={`manage-${risk.id}`} mb="xs">
        {risk.title}
      </Title>
      <Text size="sm" mb="sm">
        {risk.description}
      </Text>
      <Stack gap="xs" mb="lg">
        <Text fw={500}>Edit the risk</Text>
        <RiskForm
          key={`${risk.id}-${risk.updatedAt}`}
          matrix={matrix}
          initial={draftOf(risk)}
          withStatus
          error={edit.error}
          pending={edit.isPending}
          submitLabel="Save changes"
          onSubmit={(d) => edit.mutate({ riskId: risk.id, ...patchOf(risk, d) })}
        />
      </Stack>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (controlId)
              update.mutate(
                { riskId: risk.id, controlIds: [...linked, controlId] },
                { onSuccess: () => setControlId(null) },
              );
          }}
        >
          <Stack gap="xs">
            <Text fw={500}>Mitigating controls</Text>
            {risk.controls.length === 0 && <Text size="sm">None yet.</Text>}
            {risk.controls.map((c) => (
              <Group key={c.id} gap="xs" justify="space-between" wrap="nowrap">
                <Text size="sm">
                  {c.code} {c.title}
                </Text>
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  loading={update.isPending}
                  onClick={() =>
                    update.mutate({ riskId: risk.id, controlIds: [...linked].filter((x) => x !== c.id) })
                  }
                >
                  Unlink {c.code}
                </Button>
              </Group>
            ))}
            <Select
              label="Control to link"
              placeholder="Choose a control"
              searchable
              data={(controls.data?.items ?? [])
                .filter((c) => !linked.has(c.id))
                .map((c) => ({ value: c.id, label: `${c.code} ${c.title}` }))}
              value={controlId}
              onChange={setControlId}
              error={fieldError(update.error, 'controlIds')}
            />
            <Button type="submit" variant="light" disabled={!controlId} loading={update.isPending}>
              Link control
            </Button>
          </Stack>
        </form>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (evidenceId)
              update.mutate(
                { riskId: risk.id, evidenceIds: [...linkedEvidence, evidenceId] },
                { onSuccess: () => setEvidenceId(null) },
              );
          }}
        >
          <Stack gap="xs">
            <Text fw={500}>Evidence</Text>
            {risk.evidence.length === 0 && <Text size="sm">None yet.</Text>}
            {risk.evidence.map((ev) => (
              <Group key={ev.id} gap="xs" justify="space-between" wrap="nowrap">
                <Text size="sm">{ev.title}</Text>
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  loading={update.isPending}
                  onClick={() =>
                    update.mutate({
                      riskId: risk.id,
                      evidenceIds: [...linkedEvidence].filter((x) => x !== ev.id),
                    })
                  }
                >
                  Unlink {ev.title}
                </Button>
              </Group>
            ))}
            <Select
              label="Evidence to link"
              placeholder="Choose evidence"
              searchable
              data={(evidenceList.data?.items ?? [])
                .filter((ev) => !linkedEvidence.has(ev.id))
                .map((ev) => ({ value: ev.id, label: ev.title }))}
              value={evidenceId}
              onChange={setEvidenceId}
              error={fieldError(update.error, 'evidenceIds')}
            />
            <Button type="submit" variant="light" disabled={!evidenceId} loading={update.isPending}>
              Link evidence
            </Button>
          </Stack>
        </form>
        {canApprove && risk.status !== 'accepted' && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              accept.mutate({ riskId: risk.id, justification, expiresOn });
            }}
          >
            <Stack gap="xs">
              <Text fw={500}>Accept the risk</Text>
              <Text size="sm" c="dimmed">
                You approve the acceptance; you cannot be the risk's owner. It reopens on its expiry date.
              </Text>
              <Textarea
                label="Justification"
                required
                value={justification}
                onChange={(e) => setJustification(e.currentTarget.value)}
                error={fieldError(accept.error, 'justification') ?? fieldError(accept.error, 'approverId')}
              />
              <TextInput
                label="Accepted until"
                type="date"
                required
                min={today}
                value={expiresOn}
                onChange={(e) => setExpiresOn(e.currentTarget.value)}
                error={fieldError(accept.error, 'expiresOn')}
              />
              <Button type="submit" loading={accept.isPending}>
                Accept risk
              </Button>
            </Stack>
          </form>
        )}
        {risk.acceptance && (
          <Alert color="yellow" title="Accepted">
            Approved by {risk.acceptance.approverName ?? 'a former member'} until {risk.acceptance.expiresOn}:{' '}
            {risk.acceptance.justification}
          </Alert>
        )}
      </SimpleGrid>
    </Card>
  );
}

function AssessmentView({ id }: { id: string }) {
  const detail = useRiskAssessment(id);
  return (
    <QueryState query={detail} label="Loading the assessment…">
      {(a) => (
        <Stack gap="sm">
          <Text size="sm">
            {a.riskCount} {a.riskCount === 1 ? 'risk' : 'risks'} as of {a.assessedOn}; content SHA-256{' '}
            <code>{a.contentSha256.slice(0, 16)}…</code>
          </Text>
          <SimpleGrid cols={1}>
            <RiskHeatMap
              matrix={a.matrix}
              cells={a.heatMap.inherent}
              caption={`Before treatment (inherent risk), ${a.assessedOn}`}
            />
            <RiskHeatMap
              matrix={a.matrix}
              cells={a.heatMap.current}
              caption={`After treatment (current risk), ${a.assessedOn}`}
            />
          </SimpleGrid>
          <Group>
            <Button
              component="a"
              variant="light"
              size="xs"
              href={`/api/risks/assessments/${a.id}/assessment.pdf`}
            >
              Download PDF
            </Button>
            <Button
              component="a"
              variant="light"
              size="xs"
              href={`/api/risks/assessments/${a.id}/assessment.xlsx`}
            >
              Download spreadsheet
            </Button>
          </Group>
        </Stack>
      )}
    </QueryState>
  );
}

function Assessments({
  canManage,
  canApprove,
  userName,
}: {
  canManage: boolean;
  canApprove: boolean;
  userName: string;
}) {
  const list = useRiskAssessments();
  const requests = useReassessments();
  const take = useTakeAssessment();
  const approve = useApproveAssessment();
  const [shown, setShown] = useState<string | undefined>();
  const row = (a: RiskAssessment) => (
    <Table.Tr key={a.id}>
      <Table.Td>{a.assessedOn}</Table.Td>
      <Table.Td>{a.riskCount}</Table.Td>
      <Table.Td>{a.takenByName}</Table.Td>
      <Table.Td>
        <Badge color={a.status === 'approved' ? 'green' : 'gray'} variant="light">
          {a.status === 'approved' ? `Approved by ${a.approvedByName}` : 'Waiting for approval'}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={() => setShown(a.id)}>
            Show assessment of {a.assessedOn}
          </Button>
          {a.status === 'pending' && canApprove && a.takenByName !== userName && (
            <Button size="xs" loading={approve.isPending} onClick={() => approve.mutate(a.id)}>
              Approve assessment
            </Button>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
  return (
    <Card withBorder aria-labelledby="assessments-title">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="assessments-title">
          Annual risk assessment
        </Title>
        {canManage && (
          <Button onClick={() => take.mutate(undefined)} loading={take.isPending}>
            Take the annual assessment
          </Button>
        )}
      </Group>
      {fieldError(take.error, 'risks') && <Alert color="red">{fieldError(take.error, 'risks')}</Alert>}
      {(requests.data?.items.length ?? 0) > 0 && (
        <Alert color="blue" title="Reassessment requested" mb="sm">
          {requests.data!.items.map((r) => r.reason).join('; ')}. Taking and approving the assessment closes
          these.
        </Alert>
      )}
      <QueryState query={list} label="Loading assessments…">
        {({ items }) =>
          items.length === 0 ? (
            <Text c="dimmed">No assessment taken yet.</Text>
          ) : (
            <ScrollTable label="Assessments" minWidth={640}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Date</Table.Th>
                    <Table.Th>Risks</Table.Th>
                    <Table.Th>Taken by</Table.Th>
                    <Table.Th>Approval</Table.Th>
                    <Table.Th>Actions</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>{items.map(row)}</Table.Tbody>
              </Table>
            </ScrollTable>
          )
        }
      </QueryState>
      {shown && (
        <Stack mt="md">
          <AssessmentView id={shown} />
        </Stack>
      )}
    </Card>
  );
}

export function RisksPage() {
  const session = useSession();
  const register = useRiskRegister();
  const role = session.data?.org?.role;
  const canManage = !!role && can(role, 'risks.manage');
  const canApprove = !!role && can(role, 'risks.approve');
  const canOwn = !!role && can(role, 'risks.configure');
  const [managing, setManaging] = useState<string | null>(null);
  const [editingMatrix, setEditingMatrix] = useState(false);
  return (
    <>
      <PageHeader
        title="Risks"
        description="What could go wrong, how likely and how bad, and what the organization does about it."
        actions={
          <Button component="a" variant="default" href="/api/risks/register.csv">
            Download register (CSV)
          </Button>
        }
      />
      <Stack gap="lg">
        {canManage && <FromLibrary />}
        <QueryState query={register} label="Loading the register…">
          {({ items, matrix, heatMap, today }) => (
            <Stack gap="lg">
              {canManage && <FromScratch matrix={matrix} />}
              {items.length === 0 ? (
                <Text c="dimmed">No risk in the register yet.</Text>
              ) : (
                <ScrollTable label="Risk register" minWidth={900}>
                  <Table verticalSpacing="sm">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>Risk</Table.Th>
                        <Table.Th>Owner</Table.Th>
                        <Table.Th>Inherent</Table.Th>
                        <Table.Th>Current</Table.Th>
                        <Table.Th>Treatment</Table.Th>
                        <Table.Th>Status</Table.Th>
                        <Table.Th>Controls</Table.Th>
                        <Table.Th>Actions</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {items.map((r) => (
                        <Table.Tr key={r.id}>
                          <Table.Td>
                            <Text fw={500}>{r.title}</Text>
                            <Text size="xs">{RISK_CATEGORY_LABELS[r.category]}</Text>
                            {r.incidents.length > 0 && (
                              <Text size="xs">
                                Incidents:{' '}
                                {r.incidents.map((inc, n) => (
                                  <span key={inc.id}>
                                    {n > 0 && ', '}
                                    <AnchorLink
                                      to="/incidents/$incidentId"
                                      params={{ incidentId: inc.id }}
                                      size="xs"
                                    >
                                      {inc.title}
                                    </AnchorLink>
                                  </span>
                                ))}
                              </Text>
                            )}
                          </Table.Td>
                          <Table.Td>{r.ownerName ?? 'Unassigned'}</Table.Td>
                          <Table.Td>
                            {levelText(matrix, r.inherentLikelihood, r.inherentImpact, r.inherentLevel)}
                          </Table.Td>
                          <Table.Td>
                            {levelText(matrix, r.currentLikelihood, r.currentImpact, r.currentLevel)}
                          </Table.Td>
                          <Table.Td>{TREATMENT_WORDS[r.treatment]}</Table.Td>
                          <Table.Td>
                            {STATUS_WORDS[r.status]}
                            {r.acceptance ? ` until ${r.acceptance.expiresOn}` : ''}
                          </Table.Td>
                          <Table.Td>{r.controls.map((c) => c.code).join(', ') || 'None'}</Table.Td>
                          <Table.Td>
                            {canManage && (
                              <Button
                                size="xs"
                                variant="default"
                                onClick={() => setManaging(managing === r.id ? null : r.id)}
                                aria-expanded={managing === r.id}
                              >
                                Manage {r.title}
                              </Button>
                            )}
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </ScrollTable>
              )}
              {managing && items.find((r) => r.id === managing) && (
                <RiskManage
                  risk={items.find((r) => r.id === managing)!}
                  matrix={matrix}
                  canApprove={canApprove}
                  today={today}
                />
              )}
              <Card withBorder aria-labelledby="heat-title">
                <Group justify="space-between" align="flex-end" mb="xs">
                  <Title order={2} size="h4" id="heat-title">
                    Heat map
                  </Title>
                  {canOwn && (
                    <Button
                      variant="default"
                      onClick={() => setEditingMatrix((o) => !o)}
                      aria-expanded={editingMatrix}
                    >
                      {editingMatrix ? 'Close the matrix editor' : 'Edit the risk matrix'}
                    </Button>
                  )}
                </Group>
                <SimpleGrid cols={1}>
                  <RiskHeatMap
                    matrix={matrix}
                    cells={heatMap.inherent}
                    caption="Before treatment (inherent risk)"
                  />
                  <RiskHeatMap
                    matrix={matrix}
                    cells={heatMap.current}
                    caption="After treatment (current risk)"
                  />
                </SimpleGrid>
              </Card>
              {canOwn && editingMatrix && <RiskMatrixEditor current={matrix} />}
            </Stack>
          )}
        </QueryState>
        <Assessments
          canManage={canManage}
          canApprove={canApprove}
          userName={session.data?.user?.name ?? ''}
        />
      </Stack>
    </>
  );
}
