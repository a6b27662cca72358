/** API tokens for scripts and CI: create (the secret is shown once), list and revoke. */
import {
  Alert,
  Anchor,
  Button,
  Card,
  Code,
  CopyButton,
  Grid,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { ApiToken } from '@vigil/api';
import { can } from '@vigil/core/permissions';
import { type FormEvent, useState } from 'react';
import { useCreateToken, useRevokeToken, useTokens } from '../api/admin-hooks.ts';
import { fieldError } from '../api/client.ts';
import { useSession } from '../api/hooks.ts';
import { formatDateTime } from '../components/format.ts';
import { PageHeader, QueryState } from '../components/page-state.tsx';
import { ScrollTable } from '../components/scroll-table.tsx';

function TokenList() {
  const query = useTokens();
  return (
    <QueryState query={query} label="Loading tokens…">
      {(data) => <TokenRows tokens={data.items.filter((t) => !t.revokedAt)} />}
    </QueryState>
  );
}

/** Revoking breaks every script using the token, so it is confirmed in a dialog naming the token. */
function RevokeTokenModal({ token, onClose }: { token: ApiToken | null; onClose: () => void }) {
  const revoke = useRevokeToken();
  return (
    <Modal
      opened={token !== null}
      onClose={onClose}
      title={token ? `Revoke the token “${token.name}”?` : ''}
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <Stack gap="sm">
        <Text size="sm">
          Scripts and CI jobs using it stop working at once. This cannot be undone; you can create a new token
          later.
        </Text>
        {revoke.error && (
          <Alert color="red" role="alert">
            {revoke.error.message}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            color="red"
            loading={revoke.isPending}
            onClick={() => token && revoke.mutate(token.id, { onSuccess: onClose })}
          >
            Revoke token
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function TokenRows({ tokens }: { tokens: ApiToken[] }) {
  const [confirming, setConfirming] = useState<ApiToken | null>(null);
  if (tokens.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No tokens yet. Create one above for a script or CI job.
      </Text>
    );
  return (
    <ScrollTable label="API tokens" minWidth={560}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Scope</Table.Th>
            <Table.Th>Expires</Table.Th>
            <Table.Th>Last used</Table.Th>
            <Table.Th w={100}>Revoke</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tokens.map((t) => (
            <Table.Tr key={t.id}>
              <Table.Td>
                {t.name} {t.prefix && <Code>{t.prefix}…</Code>}
              </Table.Td>
              <Table.Td>{t.scope}</Table.Td>
              <Table.Td>{formatDateTime(t.expiresAt) || 'Never'}</Table.Td>
              <Table.Td>{formatDateTime(t.lastUsedAt) || 'Never'}</Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  aria-label={`Revoke ${t.name}`}
                  onClick={() => setConfirming(t)}
                >
                  Revoke
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <RevokeTokenModal token={confirming} onClose={() => setConfirming(null)} />
    </ScrollTable>
  );
}

function CreateToken() {
  const create = useCreateToken();
  const [name, setName] = useState('');
  const [scope, setScope] = useState<'read' | 'write'>('read');
  const [days, setDays] = useState<number | string>(90);
  const [secret, setSecret] = useState<string | null>(null);

  function submit(e: FormEvent) {
    e.preventDefault();
    create.mutate(
      { name, scope, expiresInDays: days === '' ? null : Number(days) },
      {
        onSuccess: (res) => {
          setSecret(res.token);
          setName('');
        },
      },
    );
  }

  return (
    <>
      <form onSubmit={submit} noValidate aria-label="Create an API token">
        <Grid gap="sm" align="flex-start">
          <Grid.Col span={{ base: 12, sm: 5 }}>
            <TextInput
              label="Name"
              placeholder="e.g. CI evidence upload"
              required
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={fieldError(create.error, 'name')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 3 }}>
            <Select
              label="Scope"
              allowDeselect={false}
              data={[
                { value: 'read', label: 'Read only' },
                { value: 'write', label: 'Read and write' },
              ]}
              value={scope}
              onChange={(v) => v && setScope(v as 'read' | 'write')}
              error={fieldError(create.error, 'scope')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 2 }}>
            <NumberInput
              label="Expires in (days)"
              description="Empty: never"
              min={1}
              max={365}
              value={days}
              onChange={setDays}
              error={fieldError(create.error, 'expiresInDays')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 2 }} pt={{ sm: 25 }}>
            <Button type="submit" fullWidth loading={create.isPending} disabled={!name.trim()}>
              Create
            </Button>
          </Grid.Col>
        </Grid>
      </form>
      <Modal
        opened={secret !== null}
        onClose={() => setSecret(null)}
        title="Your new API token"
        closeButtonProps={{ 'aria-label': 'Close' }}
        size="lg"
      >
        <Stack gap="sm">
          <Alert color="yellow">Copy it now: it is shown only once and Vigil keeps only a hash of it.</Alert>
          <Code block data-testid="new-token" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
            {secret}
          </Code>
          <Group gap="sm">
            <CopyButton value={secret ?? ''}>
              {({ copied, copy }) => (
                <Button onClick={copy} color={copied ? 'teal' : undefined}>
                  {copied ? 'Copied' : 'Copy token'}
                </Button>
              )}
            </CopyButton>
            <Button variant="default" onClick={() => setSecret(null)}>
              Done
            </Button>
          </Group>
          <Text size="sm" c="dimmed">
            Send it as <Code>Authorization: Bearer …</Code>.
          </Text>
        </Stack>
      </Modal>
    </>
  );
}

export function TokensPage() {
  const session = useSession();
  const role = session.data?.org?.role;
  return (
    <>
      <PageHeader
        title="API tokens"
        description="Personal tokens that act as you, for scripts, the CLI and CI."
      />
      <Text size="sm" mb="md">
        Every endpoint and its fields are described in the{' '}
        <Anchor href="/api/docs/" target="_blank" rel="noopener">
          API documentation (opens in a new tab)
        </Anchor>
        .
      </Text>
      {role && !can(role, 'tokens.manage_own') ? (
        <Alert color="blue" title="Not available for your role">
          Your role ({role}) cannot create API tokens.
        </Alert>
      ) : (
        <Stack gap="md">
          <Card withBorder>
            <Title order={2} size="h4" mb="sm">
              New token
            </Title>
            <CreateToken />
          </Card>
          <Card withBorder>
            <Title order={2} size="h4" mb="sm">
              Your tokens
            </Title>
            <TokenList />
          </Card>
        </Stack>
      )}
    </>
  );
}
