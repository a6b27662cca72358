/**
 * An engagement's system description (DC 200, Section 3) or bridge letter: drafted from Vigil's data,
 * each section edited or confirmed by a person (until then it is marked "generated, not yet reviewed"),
 * approved once, and downloaded as Word or PDF. Owners and admins write; the auditor reads.
 */
import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import {
  type ReportDocument,
  type ReportDocumentSlug,
  type ReportDocumentVersion,
  reportDocumentRoutes,
  urlOf,
} from '@vigil/api';
import { can } from '@vigil/core/permissions';
import { useState } from 'react';
import { fieldError } from '../api/client.ts';
import { useSession } from '../api/hooks.ts';
import {
  useApproveReportDocument,
  useDraftReportDocument,
  useEditReportSection,
  useReportDocument,
} from '../api/report-document-hooks.ts';
import { AnchorLink } from '../components/anchor-link.tsx';
import { PageHeader, QueryState } from '../components/page-state.tsx';

const descriptionRoute = getRouteApi('/app/engagements/$engagementId/description');
const bridgeRoute = getRouteApi('/app/engagements/$engagementId/bridge-letter');

const ABOUT: Record<ReportDocumentSlug, string> = {
  'system-description':
    "Management's description of the system, Section 3 of the SOC 2 report: the nine points of the description criteria, drafted from Vigil's data for you to edit, confirm and approve.",
  'bridge-letter':
    "A letter from management for the time between the report's period and today, listing the changes Vigil knows of for you to confirm or correct.",
};

type Section = ReportDocumentVersion['sections'][number];

/** "The gap period" → "the gap period", so a button reads "Edit the gap period"; acronyms stay. */
const inSentence = (title: string) =>
  /^[A-Z][a-z]/.test(title) ? title[0]!.toLowerCase() + title.slice(1) : title;

function SectionCard({
  section,
  editable,
  save,
  saving,
  error,
}: {
  section: Section;
  editable: boolean;
  save: (body: string) => void;
  saving: boolean;
  error: unknown;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const headingId = `section-${section.key}`;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h4" id={headingId}>
            {section.title}
          </Title>
          {section.generated ? (
            <Badge color="yellow" variant="light">
              Generated, not yet reviewed
            </Badge>
          ) : (
            <Badge color="green" variant="light">
              Reviewed
            </Badge>
          )}
        </Group>
        {draft === null ? (
          <Text style={{ whiteSpace: 'pre-wrap' }}>{section.body}</Text>
        ) : (
          <Textarea
            label={`Text of "${section.title}"`}
            value={draft}
            onChange={(e) => setDraft(e.currentTarget.value)}
            autosize
            minRows={4}
            error={fieldError(error, 'body')}
          />
        )}
        {editable && (
          <Group gap="sm">
            {draft === null ? (
              <>
                <Button variant="default" size="xs" onClick={() => setDraft(section.body)}>
                  Edit {inSentence(section.title)}
                </Button>
                {section.generated && (
                  <Button variant="light" size="xs" loading={saving} onClick={() => save(section.body)}>
                    Confirm {inSentence(section.title)}
                  </Button>
                )}
              </>
            ) : (
              <>
                <Button
                  size="xs"
                  loading={saving}
                  onClick={() => {
                    save(draft);
                    setDraft(null);
                  }}
                >
                  Save {inSentence(section.title)}
                </Button>
                <Button variant="subtle" size="xs" onClick={() => setDraft(null)}>
                  Cancel
                </Button>
              </>
            )}
          </Group>
        )}
      </Stack>
    </Card>
  );
}

function DocumentView({
  engagementId,
  slug,
  doc,
}: {
  engagementId: string;
  slug: ReportDocumentSlug;
  doc: ReportDocument;
}) {
  const session = useSession();
  const role = session.data?.org?.role;
  const canManage = !!role && can(role, 'report_documents.manage');
  const draftNew = useDraftReportDocument(engagementId, slug);
  const edit = useEditReportSection(engagementId, slug);
  const approve = useApproveReportDocument(engagementId, slug);
  const v = doc.current;
  const unreviewed = v?.sections.filter((s) => s.generated).length ?? 0;
  const params = v && { engagementId, document: slug, version: v.version };
  return (
    <Stack>
      <PageHeader
        title={`${doc.name}: ${doc.engagementName}`}
        description={ABOUT[slug]}
        actions={
          canManage &&
          (!v || v.status === 'approved') && (
            <Button loading={draftNew.isPending} onClick={() => draftNew.mutate()}>
              {v ? 'Draft a new version' : "Draft from Vigil's data"}
            </Button>
          )
        }
      />
      <AnchorLink to="/engagements/$engagementId" params={{ engagementId }}>
        Back to the engagement
      </AnchorLink>
      {!v ? (
        <Text>
          No version yet.{' '}
          {canManage
            ? 'Draft one from what Vigil knows, then edit it.'
            : 'Management has not drafted one yet.'}
        </Text>
      ) : (
        <>
          <Card withBorder padding="md">
            <Group justify="space-between" wrap="wrap">
              <Stack gap={4}>
                <Group gap="sm">
                  <Text fw={600}>Version {v.version}</Text>
                  <Badge color={v.status === 'approved' ? 'green' : 'gray'}>
                    {v.status === 'approved' ? 'Approved' : 'Draft'}
                  </Badge>
                </Group>
                <Text size="sm">
                  {v.status === 'approved'
                    ? `Approved by ${v.approvedByName ?? 'a former member'} on ${v.approvedAt?.slice(0, 10)}. It no longer changes.`
                    : `${unreviewed} of ${v.sections.length} sections not yet reviewed.`}
                </Text>
                {v.contentSha256 && (
                  <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
                    SHA-256 of the approved content: {v.contentSha256}
                  </Text>
                )}
              </Stack>
              <Group gap="sm">
                {params && (
                  <>
                    <Anchor href={urlOf(reportDocumentRoutes.docx, { params })} download>
                      Download Word (DOCX)
                    </Anchor>
                    <Anchor href={urlOf(reportDocumentRoutes.pdf, { params })} download>
                      Download PDF
                    </Anchor>
                  </>
                )}
                {canManage && v.status === 'draft' && (
                  <Button color="green" loading={approve.isPending} onClick={() => approve.mutate(v.version)}>
                    Approve version {v.version}
                  </Button>
                )}
              </Group>
            </Group>
          </Card>
          {canManage && v.status === 'draft' && unreviewed > 0 && (
            <Alert color="yellow" title="Sections to review">
              Sections marked "Generated, not yet reviewed" were drafted by Vigil. Edit or confirm each before
              approving; the mark appears in the downloads until then.
            </Alert>
          )}
          {v.sections.map((s) => (
            <SectionCard
              key={`${v.version}-${s.key}`}
              section={s}
              editable={canManage && v.status === 'draft'}
              saving={edit.isPending && edit.variables?.section === s.key}
              error={edit.variables?.section === s.key ? edit.error : null}
              save={(body) => edit.mutate({ version: v.version, section: s.key, body })}
            />
          ))}
        </>
      )}
    </Stack>
  );
}

function ReportDocumentPage({ engagementId, slug }: { engagementId: string; slug: ReportDocumentSlug }) {
  const doc = useReportDocument(engagementId, slug);
  return (
    <QueryState query={doc} label="Loading the document…">
      {(d) => <DocumentView engagementId={engagementId} slug={slug} doc={d} />}
    </QueryState>
  );
}

export function SystemDescriptionPage() {
  const { engagementId } = descriptionRoute.useParams();
  return <ReportDocumentPage engagementId={engagementId} slug="system-description" />;
}

export function BridgeLetterPage() {
  const { engagementId } = bridgeRoute.useParams();
  return <ReportDocumentPage engagementId={engagementId} slug="bridge-letter" />;
}
