/** One vendor: its facts (editable), reviews (read-only once completed), assurance reports and subservice section. */
import {
  Alert,
  Badge,
  Button,
  Card,
  FileInput,
  Grid,
  Group,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import type { VendorDetail, VendorReport, VendorReview } from '@vigil/api';
import { can } from '@vigil/core/permissions';
import { VENDOR_REPORT_KIND_LABELS } from '@vigil/core/vendors';
import { type FormEvent, useState } from 'react';
import { useUsers } from '../api/admin-hooks.ts';
import { fieldError } from '../api/client.ts';
import { useSession } from '../api/hooks.ts';
import {
  useScheduleReview,
  useUpdateReview,
  useUpdateVendor,
  useUploadVendorReport,
  useVendor,
  useVendors,
} from '../api/vendor-hooks.ts';
import { AnchorLink } from '../components/anchor-link.tsx';
import { ChoiceField, DateField, FormActions, NotesField, TextField } from '../components/form-fields.tsx';
import { PageHeader, QueryState } from '../components/page-state.tsx';
import { ScrollTable } from '../components/scroll-table.tsx';
import { type Answers, TierQuestionnaire } from './vendor-questionnaire.tsx';
import { Subservice } from './vendor-subservice.tsx';
import {
  CONCLUSION_WORDS,
  LEVEL_WORDS,
  OPINION_WORDS,
  options,
  STATUS_WORDS,
  TIER_COLOR,
} from './vendor-words.ts';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </div>
  );
}

function OpenReview({ v, r }: { v: VendorDetail; r: VendorReview }) {
  const update = useUpdateReview(v.id);
  const [conclusion, setConclusion] = useState<VendorReview['conclusion']>(r.conclusion);
  const [residualRisk, setRisk] = useState<VendorReview['residualRisk']>(r.residualRisk);
  const [notes, setNotes] = useState(r.notes);
  const { none: _none, ...risks } = LEVEL_WORDS;
  function submit(e: FormEvent) {
    e.preventDefault();
    update.mutate({ reviewId: r.id, conclusion, residualRisk, notes, complete: true });
  }
  return (
    <form onSubmit={submit} aria-labelledby="open-review-title">
      <Stack gap="sm">
        <Title order={3} size="h5" id="open-review-title">
          Review due {r.dueDate}
          {r.overdue && (
            <Badge color="red" variant="light" ml="xs">
              Overdue
            </Badge>
          )}
        </Title>
        <Grid gap="sm">
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <ChoiceField
              label="Conclusion"
              placeholder="Choose"
              data={options(CONCLUSION_WORDS)}
              value={conclusion}
              onChange={setConclusion}
              clearable
              error={fieldError(update.error, 'conclusion')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <ChoiceField
              label="Residual risk"
              placeholder="Choose"
              data={options(risks)}
              value={residualRisk}
              onChange={setRisk}
              clearable
              error={fieldError(update.error, 'residualRisk')}
            />
          </Grid.Col>
        </Grid>
        <NotesField label="Notes" value={notes} onChange={setNotes} />
        <FormActions label="Complete review" pending={update.isPending} />
      </Stack>
    </form>
  );
}

function Reviews({ v, mayManage }: { v: VendorDetail; mayManage: boolean }) {
  const schedule = useScheduleReview(v.id);
  const open = v.reviews.find((r) => r.status === 'open');
  const done = v.reviews.filter((r) => r.status === 'completed');
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} size="h4">
          Reviews
        </Title>
        {open && mayManage ? (
          <OpenReview key={open.id} v={v} r={open} />
        ) : (
          mayManage && (
            <Group>
              <Button variant="light" onClick={() => schedule.mutate(undefined)} loading={schedule.isPending}>
                Schedule a review
              </Button>
            </Group>
          )
        )}
        {done.length > 0 && (
          <ScrollTable label="Completed reviews" minWidth={520}>
            <Table aria-label="Completed reviews">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Completed</Table.Th>
                  <Table.Th>Reviewer</Table.Th>
                  <Table.Th>Conclusion</Table.Th>
                  <Table.Th>Residual risk</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {done.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>{r.completedOn}</Table.Td>
                    <Table.Td>{r.reviewer?.name ?? '—'}</Table.Td>
                    <Table.Td>{r.conclusion ? CONCLUSION_WORDS[r.conclusion] : '—'}</Table.Td>
                    <Table.Td>{r.residualRisk ? LEVEL_WORDS[r.residualRisk] : '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </Stack>
    </Card>
  );
}

function ReportUpload({ v }: { v: VendorDetail }) {
  const upload = useUploadVendorReport(v.id);
  const [kind, setKind] = useState<VendorReport['kind'] | null>('soc2_type2');
  const [periodStart, setStart] = useState('');
  const [periodEnd, setEnd] = useState('');
  const [auditor, setAuditor] = useState('');
  const [opinion, setOpinion] = useState<VendorReport['opinion'] | null>('unqualified');
  const [exceptions, setExceptions] = useState('');
  const [assessment, setAssessment] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const err = (field: string) => fieldError(upload.error, field);
  function submit(e: FormEvent) {
    e.preventDefault();
    upload.mutate(
      { kind, periodStart, periodEnd, auditor, opinion, exceptions, assessment, file },
      {
        // A cleared form says the report went in, and keeps a second report from inheriting this one's period.
        onSuccess: () => {
          setStart('');
          setEnd('');
          setAuditor('');
          setExceptions('');
          setAssessment('');
          setFile(null);
        },
      },
    );
  }
  return (
    <form onSubmit={submit} aria-labelledby="report-upload-title">
      <Stack gap="sm">
        <Title order={3} size="h5" id="report-upload-title">
          Add a report
        </Title>
        <Grid gap="sm">
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <ChoiceField
              label="Kind"
              data={options(VENDOR_REPORT_KIND_LABELS)}
              value={kind}
              onChange={setKind}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 4 }}>
            <DateField
              label="Period start"
              required
              value={periodStart}
              onChange={setStart}
              error={err('periodStart')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 4 }}>
            <DateField
              label="Period end"
              required
              value={periodEnd}
              onChange={setEnd}
              error={err('periodEnd')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextField label="Auditor" value={auditor} onChange={setAuditor} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <ChoiceField
              label="Opinion"
              data={options(OPINION_WORDS)}
              value={opinion}
              onChange={setOpinion}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <NotesField label="Exceptions noted" value={exceptions} onChange={setExceptions} minRows={1} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <NotesField
              label="Our assessment of the exceptions"
              value={assessment}
              onChange={setAssessment}
              minRows={1}
            />
          </Grid.Col>
          <Grid.Col span={12}>
            <FileInput
              label="Report file"
              placeholder="Choose a file"
              required
              value={file}
              onChange={setFile}
              error={err('file')}
            />
          </Grid.Col>
        </Grid>
        <FormActions label="Add report" variant="light" pending={upload.isPending} />
      </Stack>
    </form>
  );
}

function Reports({ v, mayManage }: { v: VendorDetail; mayManage: boolean }) {
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} size="h4">
          Reports
        </Title>
        {v.reports.length === 0 ? (
          <Text c="dimmed" size="sm">
            No reports yet.
          </Text>
        ) : (
          <ScrollTable label="Reports" minWidth={640}>
            <Table aria-label="Reports">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Report</Table.Th>
                  <Table.Th>Period</Table.Th>
                  <Table.Th>Opinion</Table.Th>
                  <Table.Th>Our window</Table.Th>
                  <Table.Th>Bridge letter</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {v.reports.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {VENDOR_REPORT_KIND_LABELS[r.kind]}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {[r.auditor, r.fileName].filter(Boolean).join(' · ')}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {r.periodStart} to {r.periodEnd}
                    </Table.Td>
                    <Table.Td>
                      {OPINION_WORDS[r.opinion]}
                      {r.exceptions && (
                        <Text size="xs" c="dimmed">
                          Exceptions: {r.exceptions}
                          {r.assessment ? ` — ${r.assessment}` : ''}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {r.coversWindow === null
                        ? 'No audit window yet'
                        : r.coversWindow
                          ? 'Covered'
                          : 'Not covered'}
                    </Table.Td>
                    <Table.Td>{r.bridgeLetterNeeded ? 'Needed' : 'Not needed'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
        {mayManage && <ReportUpload v={v} />}
      </Stack>
    </Card>
  );
}

/** Changing a vendor: its facts, the tier questionnaire, contract dates, owner, parent and a tier set by hand. */
function EditVendor({ v }: { v: VendorDetail }) {
  const save = useUpdateVendor(v.id);
  const all = useVendors();
  const users = useUsers();
  const [name, setName] = useState(v.name);
  const [services, setServices] = useState(v.services);
  const [answers, setAnswers] = useState<Answers>({
    dataAccess: v.dataAccess,
    businessImpact: v.businessImpact,
    partOfSystem: v.partOfSystem,
    subProcessor: v.subProcessor,
  });
  const [status, setStatus] = useState<VendorDetail['status'] | null>(v.status);
  const [ownerUserId, setOwner] = useState<string | null>(v.owner?.id ?? null);
  const [parentId, setParent] = useState<string | null>(v.parent?.id ?? null);
  const [contractStart, setStart] = useState(v.contractStart ?? '');
  const [contractEnd, setEnd] = useState(v.contractEnd ?? '');
  const [dpaSignedOn, setDpa] = useState(v.dpaSignedOn ?? '');
  const [tierOverride, setOverride] = useState<VendorDetail['tierOverride']>(v.tierOverride);
  const [tierOverrideReason, setReason] = useState(v.tierOverrideReason ?? '');
  const people = (users.data?.items ?? [])
    .filter((u) => u.role !== 'auditor')
    .map((u) => ({ value: u.id, label: u.name }));
  const parents = (all.data?.items ?? [])
    .filter((x) => x.id !== v.id)
    .map((x) => ({ value: x.id, label: x.name }));
  const { none: _none, ...tiers } = LEVEL_WORDS;
  const err = (field: string) => fieldError(save.error, field);
  function submit(e: FormEvent) {
    e.preventDefault();
    save.mutate({
      name,
      services,
      ...answers,
      status: status ?? v.status,
      ownerUserId,
      parentId,
      contractStart: contractStart || null,
      contractEnd: contractEnd || null,
      dpaSignedOn: dpaSignedOn || null,
      tierOverride,
      tierOverrideReason: tierOverride ? tierOverrideReason || null : null,
    });
  }
  return (
    <Card withBorder>
      <form onSubmit={submit} aria-labelledby="edit-vendor-title">
        <Stack gap="sm">
          <Title order={2} size="h4" id="edit-vendor-title">
            Vendor details
          </Title>
          <Grid gap="sm">
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextField label="Name" required value={name} onChange={setName} error={err('name')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextField
                label="Services provided"
                value={services}
                onChange={setServices}
                error={err('services')}
              />
            </Grid.Col>
          </Grid>
          <TierQuestionnaire
            answers={answers}
            onChange={(p) => setAnswers((a) => ({ ...a, ...p }))}
            error={save.error}
            showTier
          />
          <Grid gap="sm">
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <ChoiceField label="Status" data={options(STATUS_WORDS)} value={status} onChange={setStatus} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <ChoiceField
                label="Vendor owner"
                placeholder="Pick a member"
                data={people}
                value={ownerUserId}
                onChange={setOwner}
                clearable
                error={err('ownerUserId')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <ChoiceField
                label="Parent vendor"
                placeholder="None"
                data={parents}
                value={parentId}
                onChange={setParent}
                clearable
                error={err('parentId')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <DateField label="Contract start" value={contractStart} onChange={setStart} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <DateField
                label="Contract end"
                value={contractEnd}
                onChange={setEnd}
                error={err('contractEnd')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <DateField label="Data processing agreement signed" value={dpaSignedOn} onChange={setDpa} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <ChoiceField
                label="Tier set by hand"
                placeholder="From the questionnaire"
                data={options(tiers)}
                value={tierOverride}
                onChange={setOverride}
                clearable
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 8 }}>
              <TextField
                label="Why the tier differs"
                value={tierOverrideReason}
                onChange={setReason}
                disabled={!tierOverride}
                error={err('tierOverrideReason')}
              />
            </Grid.Col>
          </Grid>
          <FormActions label="Save vendor" variant="light" pending={save.isPending} />
        </Stack>
      </form>
    </Card>
  );
}

export function VendorDetailPage() {
  const { vendorId } = useParams({ strict: false }) as { vendorId: string };
  const vendor = useVendor(vendorId);
  const session = useSession();
  const role = session.data?.org?.role;
  const mayManage = !!role && can(role, 'vendors.manage');
  return (
    <QueryState query={vendor} label="Loading the vendor…">
      {(v) => (
        <>
          <PageHeader title={v.name} description={v.services || undefined} />
          <Stack gap="md">
            <Card withBorder>
              <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
                <Fact label="Tier">
                  <Badge color={TIER_COLOR[v.tier]} variant="light">
                    {LEVEL_WORDS[v.tier]}
                  </Badge>
                </Fact>
                <Fact label="Status">{STATUS_WORDS[v.status]}</Fact>
                <Fact label="Data accessed">{LEVEL_WORDS[v.dataAccess]}</Fact>
                <Fact label="Business impact">{LEVEL_WORDS[v.businessImpact]}</Fact>
                <Fact label="Owner">{v.owner?.name ?? '—'}</Fact>
                <Fact label="Next review">{v.nextReviewDue ?? '—'}</Fact>
                <Fact label="Contract">
                  {v.contractStart || v.contractEnd
                    ? `${v.contractStart ?? 'open start'} to ${v.contractEnd ?? 'no end date'}`
                    : 'Not recorded'}
                </Fact>
                <Fact label="Data processing agreement">{v.dpaSignedOn ?? 'Not recorded'}</Fact>
                <Fact label="Sub-processor">{v.subProcessor ? 'Yes' : 'No'}</Fact>
                <Fact label="Parent vendor">
                  {v.parent ? (
                    <AnchorLink to="/vendors/$vendorId" params={{ vendorId: v.parent.id }}>
                      {v.parent.name}
                    </AnchorLink>
                  ) : (
                    '—'
                  )}
                </Fact>
              </SimpleGrid>
              {v.tierOverride && (
                <Alert
                  color="blue"
                  mt="sm"
                  title={`Tier set by hand (the questionnaire gives ${LEVEL_WORDS[v.computedTier]})`}
                >
                  {v.tierOverrideReason}
                </Alert>
              )}
            </Card>
            {mayManage && <EditVendor key={v.id} v={v} />}
            <Reviews v={v} mayManage={mayManage} />
            <Reports v={v} mayManage={mayManage} />
            <Subservice key={v.id} v={v} mayManage={mayManage} />
          </Stack>
        </>
      )}
    </QueryState>
  );
}
