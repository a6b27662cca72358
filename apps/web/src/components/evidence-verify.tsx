/** "Verify hash": re-hashes the stored file on the server and checks its audit-chain entry. */
import { Alert, Button, Code, Stack, Text } from '@mantine/core';
import { useVerifyEvidence } from '../api/evidence-hooks.ts';

export function EvidenceVerify({ evidenceId }: { evidenceId: string }) {
  const verify = useVerifyEvidence();
  const r = verify.data;
  return (
    <Stack gap="xs" align="flex-start">
      <Button variant="light" size="xs" onClick={() => verify.mutate(evidenceId)} loading={verify.isPending}>
        Verify hash
      </Button>
      {r?.ok && (
        <Alert color="teal" title="Hash verified" role="status" w="100%">
          <Text size="sm">
            The stored file still hashes to its SHA-256, and audit-chain entry #{r.chainSeq} commits to it.
          </Text>
        </Alert>
      )}
      {r && !r.ok && (
        <Alert color="red" title="Verification failed" role="alert" w="100%">
          <Stack gap={4}>
            <Text size="sm">{r.problem ?? 'The item did not verify.'}</Text>
            <Text size="xs">
              Recorded <Code>{r.sha256}</Code>
            </Text>
            <Text size="xs">
              Now <Code>{r.recomputed ?? 'unreadable'}</Code> · chain{' '}
              {r.chainOk ? 'intact' : 'does not match'}
            </Text>
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
