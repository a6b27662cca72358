/** A control's current evidence, expired items flagged, with an upload for editors. */

import { Alert, Anchor, Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { evidenceRoutes, urlOf } from '@vigil/api';
import { useControlEvidence } from '../api/evidence-hooks.ts';
import { AnchorLink } from './anchor-link.tsx';
import { EvidenceFlags } from './evidence-table.tsx';
import { EvidenceUploadForm } from './evidence-upload-form.tsx';
import { formatDate, formatDateTime } from './format.ts';
import { QueryState } from './page-state.tsx';

export function ControlEvidence({ controlId, canAdd }: { controlId: string; canAdd: boolean }) {
  const evidence = useControlEvidence(controlId);
  const [uploading, upload] = useDisclosure(false);
  return (
    <Card withBorder component="section" aria-label="Evidence">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          Evidence
        </Title>
        {canAdd && (
          <Button size="xs" variant="light" onClick={upload.open}>
            Upload evidence
          </Button>
        )}
      </Group>
      <QueryState query={evidence} label="Loading evidence…">
        {(data) => (
          <Stack gap="xs">
            {data.evidenceExpired > 0 && (
              <Alert color="red" title="Evidence expired">
                {data.evidenceExpired} {data.evidenceExpired === 1 ? 'item is' : 'items are'} past the renewal
                date. Upload a new version to keep this control covered.
              </Alert>
            )}
            {data.items.length === 0 && (
              <Text size="sm" c="dimmed">
                No evidence linked to this control yet.
              </Text>
            )}
            {data.items.map((e) => (
              <Group key={e.id} justify="space-between" wrap="wrap" gap="xs">
                <Stack gap={0} style={{ flex: '1 1 240px' }}>
                  <Group gap={6}>
                    <AnchorLink to="/evidence" search={{ item: e.id }} size="sm" fw={500}>
                      {e.title}
                    </AnchorLink>
                    <EvidenceFlags item={e} />
                  </Group>
                  <Text size="xs" c="dimmed">
                    {formatDateTime(e.createdAt)}
                    {e.renewBy && ` · renew by ${formatDate(e.renewBy)}`}
                  </Text>
                </Stack>
                <Anchor
                  size="xs"
                  href={urlOf(evidenceRoutes.download, { params: { evidenceId: e.id } })}
                  aria-label={`Download ${e.fileName}`}
                >
                  Download
                </Anchor>
              </Group>
            ))}
            {data.items.length > 0 && (
              <AnchorLink to="/evidence" search={{ controlId }} size="xs">
                All evidence of {data.code}
              </AnchorLink>
            )}
          </Stack>
        )}
      </QueryState>
      <Modal
        opened={uploading}
        onClose={upload.close}
        title="Upload evidence"
        size="lg"
        closeButtonProps={{ 'aria-label': 'Close' }}
      >
        <EvidenceUploadForm controlIds={[controlId]} onDone={upload.close} />
      </Modal>
    </Card>
  );
}
