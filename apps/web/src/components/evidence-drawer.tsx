/** One evidence item in a drawer: facts, hash and its verification, download, and the supersede chain. */

import { Anchor, Button, Code, Drawer, Group, Stack, Text, Timeline, UnstyledButton } from '@mantine/core';
import { evidenceRoutes, urlOf } from '@vigil/api';
import { useState } from 'react';
import { useEvidenceItem } from '../api/evidence-hooks.ts';
import { AnchorLink } from './anchor-link.tsx';
import { EvidenceFlags } from './evidence-table.tsx';
import { EvidenceUploadForm } from './evidence-upload-form.tsx';
import { EvidenceVerify } from './evidence-verify.tsx';
import { formatDate, formatDateTime } from './format.ts';
import { EVIDENCE_KIND, formatBytes } from './monitoring-labels.ts';
import { QueryState } from './page-state.tsx';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <Text size="sm" c="dimmed" w={110} style={{ flexShrink: 0 }}>
        {label}
      </Text>
      <Text size="sm" component="div" style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </Group>
  );
}

interface Props {
  id: string | undefined;
  canAdd: boolean;
  onOpen: (id: string) => void;
  onClose: () => void;
}

export function EvidenceDrawer({ id, canAdd, onOpen, onClose }: Props) {
  const item = useEvidenceItem(id);
  const [renewing, setRenewing] = useState(false);
  const close = () => {
    setRenewing(false);
    onClose();
  };
  return (
    <Drawer
      opened={!!id}
      onClose={close}
      position="right"
      size="lg"
      title="Evidence"
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      {id && (
        <QueryState query={item} label="Loading evidence…">
          {(e) =>
            renewing ? (
              <EvidenceUploadForm
                supersedes={e}
                onDone={(next) => {
                  setRenewing(false);
                  onOpen(next.id);
                }}
              />
            ) : (
              <Stack gap="sm">
                <Group gap="xs">
                  <Text fw={600}>{e.title}</Text>
                  <EvidenceFlags item={e} />
                </Group>
                {e.description && <Text size="sm">{e.description}</Text>}
                <Fact label="Kind">{EVIDENCE_KIND[e.kind as keyof typeof EVIDENCE_KIND] ?? e.kind}</Fact>
                <Fact label="File">
                  {e.fileName} · {formatBytes(e.size)} · {e.mediaType}
                </Fact>
                <Fact label="SHA-256">
                  <Code data-testid="evidence-sha256">{e.sha256}</Code>
                </Fact>
                <Fact label="Added">
                  {formatDateTime(e.createdAt)} by {e.createdBy ?? 'Vigil'}
                  {e.chainSeq !== null && ` · chain entry #${e.chainSeq}`}
                </Fact>
                <Fact label="Period">
                  {e.periodStart || e.periodEnd
                    ? `${formatDate(e.periodStart)} – ${formatDate(e.periodEnd)}`
                    : 'Not set'}
                </Fact>
                <Fact label="Renew by">{formatDate(e.renewBy) || 'Not set'}</Fact>
                <Fact label="Controls">
                  <Group gap={6}>
                    {e.controls.length === 0 && 'None'}
                    {e.controls.map((c) => (
                      <AnchorLink
                        key={c.id}
                        to="/controls/$controlId"
                        params={{ controlId: c.id }}
                        size="sm"
                        title={c.title}
                      >
                        {c.code}
                      </AnchorLink>
                    ))}
                  </Group>
                </Fact>
                <Group gap="sm">
                  <Button
                    component="a"
                    href={urlOf(evidenceRoutes.download, { params: { evidenceId: e.id } })}
                    size="xs"
                    variant="default"
                  >
                    Download
                  </Button>
                  {canAdd && e.current && (
                    <Button size="xs" variant="default" onClick={() => setRenewing(true)}>
                      Upload a new version
                    </Button>
                  )}
                </Group>
                <EvidenceVerify key={e.id} evidenceId={e.id} />
                {e.history.length > 1 && (
                  <Stack gap="xs">
                    <Text size="sm" fw={600}>
                      Versions (oldest first)
                    </Text>
                    <Timeline active={e.history.length - 1} bulletSize={14} lineWidth={2}>
                      {e.history.map((h) => (
                        <Timeline.Item key={h.id} title={h.id === e.id ? `${h.title} (this one)` : h.title}>
                          <Text size="xs" c="dimmed">
                            {formatDateTime(h.createdAt)} · {h.current ? 'current' : 'superseded'}
                          </Text>
                          <Text size="xs" ff="monospace">
                            {h.sha256.slice(0, 16)}…
                          </Text>
                          {h.id !== e.id && (
                            <UnstyledButton onClick={() => onOpen(h.id)}>
                              <Anchor component="span" size="xs">
                                Open this version
                              </Anchor>
                            </UnstyledButton>
                          )}
                        </Timeline.Item>
                      ))}
                    </Timeline>
                  </Stack>
                )}
              </Stack>
            )
          }
        </QueryState>
      )}
    </Drawer>
  );
}
