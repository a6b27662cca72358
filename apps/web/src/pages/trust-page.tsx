/**
 * The owner's side of the public trust page: switching it on with its address, the overview, the
 * security practices, the SOC 3 summary (refused with the reason until a Type II audit is completed),
 * the NDA versions, documents with their visibility, access requests and the access log.
 */
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  FileInput,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import type { TrustSettings } from '@vigil/api';
import { can } from '@vigil/core/permissions';
import {
  TRUST_DOCUMENT_KIND_LABELS,
  TRUST_REQUEST_STATUS_LABELS,
  TRUST_VISIBILITY_LABELS,
  type TrustDocumentKind,
  type TrustVisibility,
} from '@vigil/core/trust-page';
import { type FormEvent, useState } from 'react';
import { fieldError } from '../api/client.ts';
import { useControls, useSession } from '../api/hooks.ts';
import {
  useAddTrustDocument,
  useAddTrustVersion,
  useApproveTrustRequest,
  usePublishNda,
  usePublishSoc3,
  useRejectTrustRequest,
  useRevokeTrustGrant,
  useSaveTrustSettings,
  useTrustAccessLog,
  useTrustDocuments,
  useTrustNda,
  useTrustRequests,
  useTrustSettings,
  useUpdateTrustDocument,
} from '../api/trust-hooks.ts';
import { formatDateTime } from '../components/format.ts';
import { PageHeader, QueryState } from '../components/page-state.tsx';
import { ScrollTable } from '../components/scroll-table.tsx';

const visibilityOptions = (kind: TrustDocumentKind) =>
  (Object.keys(TRUST_VISIBILITY_LABELS) as TrustVisibility[])
    .filter((v) => !(kind === 'soc2_report' && v === 'public'))
    .map((v) => ({ value: v, label: TRUST_VISIBILITY_LABELS[v] }));
const kindOptions = (Object.keys(TRUST_DOCUMENT_KIND_LABELS) as TrustDocumentKind[]).map((k) => ({
  value: k,
  label: TRUST_DOCUMENT_KIND_LABELS[k],
}));

function SettingsForm({ settings, canManage }: { settings: TrustSettings; canManage: boolean }) {
  const save = useSaveTrustSettings();
  const controls = useControls({ limit: 500 });
  const [enabled, setEnabled] = useState(settings.enabled);
  const [slug, setSlug] = useState(settings.slug ?? '');
  const [overview, setOverview] = useState(settings.overview);
  const [domains, setDomains] = useState(settings.autoApproveDomains.join(', '));
  const [days, setDays] = useState<number | string>(settings.grantDays);
  const [practices, setPractices] = useState(
    settings.practices.map((p) => ({ controlId: p.controlId, summary: p.summary })),
  );
  const controlOptions = (controls.data?.items ?? []).map((c) => ({
    value: c.id,
    label: `${c.code} ${c.title}`,
  }));
  const titleOf = (id: string) => controlOptions.find((o) => o.value === id)?.label ?? 'Control';

  function submit(e: FormEvent) {
    e.preventDefault();
    save.mutate({
      enabled,
      slug: slug.trim() === '' ? null : slug.trim(),
      overview,
      autoApproveDomains: domains
        .split(/[\s,]+/)
        .map((d) => d.trim())
        .filter(Boolean),
      grantDays: Number(days),
      practices,
    });
  }
  return (
    <form onSubmit={submit} noValidate aria-label="Trust page settings">
      <Stack gap="sm">
        <Switch
          label="Publish the trust page"
          description="Off by default. When on, anyone can read what you publish here."
          checked={enabled}
          onChange={(e) => setEnabled(e.currentTarget.checked)}
          disabled={!canManage}
        />
        <TextInput
          label="Address"
          description={
            slug ? `The page is served at /trust/${slug}` : 'Lowercase letters, digits and hyphens'
          }
          value={slug}
          onChange={(e) => setSlug(e.currentTarget.value)}
          error={fieldError(save.error, 'slug')}
          disabled={!canManage}
        />
        <Textarea
          label="Overview"
          autosize
          minRows={3}
          value={overview}
          onChange={(e) => setOverview(e.currentTarget.value)}
          error={fieldError(save.error, 'overview')}
          disabled={!canManage}
        />
        <TextInput
          label="Approve requests automatically for these email domains"
          description="Separated by commas, e.g. partner.com"
          value={domains}
          onChange={(e) => setDomains(e.currentTarget.value)}
          error={fieldError(save.error, 'autoApproveDomains')}
          disabled={!canManage}
        />
        <NumberInput
          label="Days an access link works"
          min={1}
          max={90}
          value={days}
          onChange={setDays}
          error={fieldError(save.error, 'grantDays')}
          disabled={!canManage}
        />
        <Title order={3} size="h5">
          Security practices
        </Title>
        {practices.map((p, i) => (
          <Group key={p.controlId} align="flex-end" wrap="nowrap">
            <Textarea
              style={{ flex: 1 }}
              label={`Public summary of ${titleOf(p.controlId)}`}
              autosize
              minRows={2}
              value={p.summary}
              onChange={(e) => {
                const summary = e.currentTarget.value;
                setPractices((all) => all.map((x, j) => (j === i ? { ...x, summary } : x)));
              }}
              error={fieldError(save.error, `practices.${i}`)}
              disabled={!canManage}
            />
            <Button
              variant="subtle"
              color="red"
              onClick={() => setPractices((all) => all.filter((_, j) => j !== i))}
              aria-label={`Remove ${titleOf(p.controlId)}`}
              disabled={!canManage}
            >
              Remove
            </Button>
          </Group>
        ))}
        <Select
          label="Add a control to the security practices"
          placeholder="Choose a control"
          searchable
          data={controlOptions.filter((o) => !practices.some((p) => p.controlId === o.value))}
          value={null}
          onChange={(v) => v && setPractices((all) => [...all, { controlId: v, summary: '' }])}
          disabled={!canManage}
        />
        {canManage && (
          <Group>
            <Button type="submit" loading={save.isPending}>
              Save settings
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}

function Soc3Card({ settings, canManage }: { settings: TrustSettings; canManage: boolean }) {
  const publish = usePublishSoc3();
  const [summary, setSummary] = useState(settings.soc3.summary ?? '');
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        SOC 3 summary
      </Title>
      {settings.soc3.refusal ? (
        <Alert color="yellow" title="Not available yet">
          {settings.soc3.refusal}
        </Alert>
      ) : (
        <Stack gap="sm">
          <Textarea
            label="Summary shown on the trust page"
            autosize
            minRows={3}
            value={summary}
            onChange={(e) => setSummary(e.currentTarget.value)}
            error={fieldError(publish.error, 'summary')}
            disabled={!canManage}
          />
          {canManage && (
            <Group>
              <Button onClick={() => publish.mutate(summary)} loading={publish.isPending}>
                Publish summary
              </Button>
              {settings.soc3.summary && (
                <Button variant="default" onClick={() => publish.mutate(null)}>
                  Withdraw
                </Button>
              )}
            </Group>
          )}
        </Stack>
      )}
    </Card>
  );
}

function NdaCard({ canManage }: { canManage: boolean }) {
  const nda = useTrustNda();
  const publish = usePublishNda();
  const [text, setText] = useState('');
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        Non-disclosure agreement
      </Title>
      <QueryState query={nda} label="Loading the NDA…">
        {(data) => (
          <Stack gap="sm">
            {data.current ? (
              <>
                <Text size="sm">
                  Version {data.current.version}, published {formatDateTime(data.current.createdAt)}.
                  Requesters accept the current version; a new version needs a new acceptance.
                </Text>
                <Paper withBorder p="sm">
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {data.current.text}
                  </Text>
                </Paper>
              </>
            ) : (
              <Alert color="blue">No NDA yet: visitors cannot request documents until you publish one.</Alert>
            )}
            {canManage && (
              <form
                onSubmit={(e) => {
                  e.preventDefault();
                  publish.mutate(text, { onSuccess: () => setText('') });
                }}
                aria-label="Publish a new NDA version"
              >
                <Textarea
                  label="Text of the new version"
                  autosize
                  minRows={3}
                  value={text}
                  onChange={(e) => setText(e.currentTarget.value)}
                  error={fieldError(publish.error, 'text')}
                />
                <Button type="submit" mt="sm" loading={publish.isPending} disabled={!text.trim()}>
                  Publish new version
                </Button>
              </form>
            )}
          </Stack>
        )}
      </QueryState>
    </Card>
  );
}

function DocumentsCard({ canManage }: { canManage: boolean }) {
  const docs = useTrustDocuments();
  const add = useAddTrustDocument();
  const update = useUpdateTrustDocument();
  const addVersion = useAddTrustVersion();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<TrustDocumentKind>('policy');
  const [visibility, setVisibility] = useState<TrustVisibility>('on_request');
  const [file, setFile] = useState<File | null>(null);
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        Documents
      </Title>
      <QueryState query={docs} label="Loading documents…">
        {(data) =>
          data.items.length === 0 ? (
            <Text size="sm" c="dimmed">
              No documents yet.
            </Text>
          ) : (
            <ScrollTable label="Trust page documents" minWidth={640}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Document</Table.Th>
                    <Table.Th>Kind</Table.Th>
                    <Table.Th>Version</Table.Th>
                    <Table.Th>Visibility</Table.Th>
                    {canManage && <Table.Th>New version</Table.Th>}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((d) => (
                    <Table.Tr key={d.id}>
                      <Table.Td>{d.title}</Table.Td>
                      <Table.Td>{TRUST_DOCUMENT_KIND_LABELS[d.kind]}</Table.Td>
                      <Table.Td>
                        {d.version} ({d.fileName})
                      </Table.Td>
                      <Table.Td>
                        <Select
                          aria-label={`Visibility of ${d.title}`}
                          allowDeselect={false}
                          data={visibilityOptions(d.kind)}
                          value={d.visibility}
                          disabled={!canManage}
                          onChange={(v) =>
                            v && update.mutate({ trustDocumentId: d.id, visibility: v as TrustVisibility })
                          }
                        />
                      </Table.Td>
                      {canManage && (
                        <Table.Td>
                          <FileInput
                            aria-label={`Choose a file: new version of ${d.title}`}
                            placeholder="Choose a file"
                            value={null}
                            onChange={(f) => f && addVersion.mutate({ trustDocumentId: d.id, file: f })}
                          />
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          )
        }
      </QueryState>
      {canManage && (
        <form
          aria-label="Add a document"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (!file) return;
            add.mutate(
              { title, kind, visibility, file },
              {
                onSuccess: () => {
                  setTitle('');
                  setFile(null);
                },
              },
            );
          }}
        >
          <Title order={3} size="h5" mt="md">
            Add a document
          </Title>
          <Stack gap="sm">
            <TextInput
              label="Title"
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
              error={fieldError(add.error, 'title')}
            />
            <Select
              label="Kind"
              allowDeselect={false}
              data={kindOptions}
              value={kind}
              onChange={(v) => {
                if (!v) return;
                setKind(v as TrustDocumentKind);
                if (v === 'soc2_report' && visibility === 'public') setVisibility('on_request');
              }}
            />
            <Select
              label="Visibility"
              description="Public: anyone downloads it. On request: after an approved request under NDA. Private: never shown."
              allowDeselect={false}
              data={visibilityOptions(kind)}
              value={visibility}
              onChange={(v) => v && setVisibility(v as TrustVisibility)}
              error={fieldError(add.error, 'visibility')}
            />
            <FileInput
              label="File"
              placeholder="Choose a file"
              value={file}
              onChange={setFile}
              error={fieldError(add.error, 'contentBase64') ?? fieldError(add.error, 'fileName')}
            />
            <Group>
              <Button type="submit" loading={add.isPending} disabled={!title.trim() || !file}>
                Add document
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Card>
  );
}

function RequestsCard({ canManage }: { canManage: boolean }) {
  const requests = useTrustRequests();
  const approve = useApproveTrustRequest();
  const reject = useRejectTrustRequest();
  const revoke = useRevokeTrustGrant();
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        Access requests
      </Title>
      <QueryState query={requests} label="Loading requests…">
        {(data) =>
          data.items.length === 0 ? (
            <Text size="sm" c="dimmed">
              No requests yet.
            </Text>
          ) : (
            <ScrollTable label="Access requests" minWidth={760}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Requester</Table.Th>
                    <Table.Th>NDA</Table.Th>
                    <Table.Th>Status</Table.Th>
                    <Table.Th>Access</Table.Th>
                    {canManage && <Table.Th>Action</Table.Th>}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((r) => (
                    <Table.Tr key={r.id}>
                      <Table.Td>
                        {r.name}, {r.company}
                        <Text size="xs">{r.email}</Text>
                      </Table.Td>
                      <Table.Td>Version {r.ndaVersion}</Table.Td>
                      <Table.Td>
                        <Badge
                          variant="light"
                          color={r.status === 'approved' ? 'teal' : r.status === 'pending' ? 'blue' : 'gray'}
                        >
                          {TRUST_REQUEST_STATUS_LABELS[r.status]}
                        </Badge>
                        {r.autoApproved && <Text size="xs">Allowed email domain</Text>}
                      </Table.Td>
                      <Table.Td>
                        {r.grant
                          ? r.grant.revokedAt
                            ? `Revoked ${formatDateTime(r.grant.revokedAt)}`
                            : r.grant.usable
                              ? `Until ${formatDateTime(r.grant.expiresAt)}`
                              : `Expired ${formatDateTime(r.grant.expiresAt)}`
                          : '—'}
                      </Table.Td>
                      {canManage && (
                        <Table.Td>
                          <Group gap="xs" wrap="nowrap">
                            {r.status === 'pending' && (
                              <>
                                <Button
                                  size="xs"
                                  onClick={() => approve.mutate(r.id)}
                                  aria-label={`Approve ${r.name}`}
                                >
                                  Approve
                                </Button>
                                <Button
                                  size="xs"
                                  variant="default"
                                  onClick={() => reject.mutate(r.id)}
                                  aria-label={`Decline ${r.name}`}
                                >
                                  Decline
                                </Button>
                              </>
                            )}
                            {r.grant?.usable && (
                              <Button
                                size="xs"
                                color="red"
                                variant="subtle"
                                onClick={() => r.grant && revoke.mutate(r.grant.id)}
                                aria-label={`Revoke access of ${r.name}`}
                              >
                                Revoke
                              </Button>
                            )}
                          </Group>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          )
        }
      </QueryState>
    </Card>
  );
}

function AccessLogCard() {
  const log = useTrustAccessLog();
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        Access log
      </Title>
      <QueryState query={log} label="Loading the access log…">
        {(data) =>
          data.items.length === 0 ? (
            <Text size="sm" c="dimmed">
              Nobody has opened a document yet.
            </Text>
          ) : (
            <ScrollTable label="Access log" minWidth={600}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>When</Table.Th>
                    <Table.Th>Who</Table.Th>
                    <Table.Th>What</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((e, i) => (
                    <Table.Tr key={`${e.at}-${i}`}>
                      <Table.Td>{formatDateTime(e.at)}</Table.Td>
                      <Table.Td>
                        {e.requester
                          ? `${e.requester.name}, ${e.requester.company} (${e.requester.email})`
                          : 'A visitor (public document)'}
                      </Table.Td>
                      <Table.Td>
                        {e.action === 'view' ? 'Viewed' : 'Downloaded'} {e.document}, version {e.version}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          )
        }
      </QueryState>
    </Card>
  );
}

export function TrustPagePage() {
  const session = useSession();
  const role = session.data?.org?.role;
  const canManage = role ? can(role, 'trust.manage') : false;
  const settings = useTrustSettings();
  return (
    <>
      <PageHeader
        title="Trust page"
        description="The public page prospects read: your overview, audit status, sub-processors, security practices and documents."
      />
      <QueryState query={settings} label="Loading the trust page settings…">
        {(s) => (
          <Stack gap="md">
            <Card withBorder>
              <Title order={2} size="h4" mb="sm">
                Status shown to visitors
              </Title>
              <ul>
                {s.frameworkStatus.map((line) => (
                  <li key={line}>
                    <Text size="sm">{line}</Text>
                  </li>
                ))}
              </ul>
              {s.enabled && s.slug && (
                <Anchor href={`/trust/${s.slug}`} target="_blank" rel="noopener">
                  Open the public trust page (opens in a new tab)
                </Anchor>
              )}
            </Card>
            <Card withBorder>
              <Title order={2} size="h4" mb="sm">
                Settings
              </Title>
              <SettingsForm key={JSON.stringify(s)} settings={s} canManage={canManage} />
            </Card>
            <Soc3Card key={s.soc3.summary ?? ''} settings={s} canManage={canManage} />
            <NdaCard canManage={canManage} />
            <DocumentsCard canManage={canManage} />
            <RequestsCard canManage={canManage} />
            <AccessLogCard />
          </Stack>
        )}
      </QueryState>
    </>
  );
}
