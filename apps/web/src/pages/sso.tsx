/** Single sign-on (OIDC) settings, for the owner: provider, client, who gets in and with what role. */
import {
  Alert,
  Anchor,
  Button,
  Card,
  Code,
  Group,
  PasswordInput,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { SsoDefaultRole, SsoSettings } from '@vigil/api';
import { can } from '@vigil/core/permissions';
import { type FormEvent, useState } from 'react';
import { useRemoveSso, useSaveSso, useSso } from '../api/admin-hooks.ts';
import { fieldError } from '../api/client.ts';
import { useSession } from '../api/hooks.ts';
import { PageHeader, QueryState } from '../components/page-state.tsx';

const ROLES: { value: SsoDefaultRole; label: string }[] = [
  { value: 'employee', label: 'Employee (own tasks and policies only)' },
  { value: 'viewer', label: 'Viewer' },
  { value: 'member', label: 'Member' },
  { value: 'admin', label: 'Admin' },
];

function SsoForm({ settings }: { settings: SsoSettings }) {
  const save = useSaveSso();
  const remove = useRemoveSso();
  const [issuer, setIssuer] = useState(settings.issuer ?? '');
  const [clientId, setClientId] = useState(settings.clientId ?? '');
  // Write-only: the API never returns the secret, so the field starts empty and empty means "keep it".
  const [clientSecret, setClientSecret] = useState('');
  const [defaultRole, setDefaultRole] = useState<SsoDefaultRole>(settings.defaultRole);
  const [autoProvision, setAutoProvision] = useState(settings.autoProvision);

  function submit(e: FormEvent) {
    e.preventDefault();
    save.mutate(
      {
        issuer: issuer.trim(),
        clientId: clientId.trim(),
        ...(clientSecret ? { clientSecret } : {}),
        defaultRole,
        autoProvision,
      },
      { onSuccess: () => setClientSecret('') },
    );
  }

  return (
    <Stack gap="md">
      <Card withBorder>
        <Title order={2} size="h4" mb="xs">
          Identity provider
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          Register Vigil at your provider (Okta, Entra ID, Google Workspace, Keycloak …) as a web application
          with this redirect URI: <Code>{settings.redirectUri}</Code>
        </Text>
        <form onSubmit={submit} noValidate aria-label="Single sign-on settings">
          <Stack gap="sm" maw={560}>
            <TextInput
              label="Issuer URL"
              description="The provider's OIDC issuer, e.g. https://acme.okta.com"
              required
              value={issuer}
              onChange={(e) => setIssuer(e.currentTarget.value)}
              error={fieldError(save.error, 'issuer')}
            />
            <TextInput
              label="Client ID"
              required
              value={clientId}
              onChange={(e) => setClientId(e.currentTarget.value)}
              error={fieldError(save.error, 'clientId')}
            />
            <PasswordInput
              label="Client secret"
              description={
                settings.configured
                  ? 'Stored encrypted and never shown again. Leave empty to keep the current secret.'
                  : 'Stored encrypted and never shown again.'
              }
              required={!settings.configured}
              autoComplete="new-password"
              value={clientSecret}
              onChange={(e) => setClientSecret(e.currentTarget.value)}
              error={fieldError(save.error, 'clientSecret')}
            />
            <Select
              label="Role of people who sign in for the first time"
              allowDeselect={false}
              data={ROLES}
              value={defaultRole}
              onChange={(v) => v && setDefaultRole(v as SsoDefaultRole)}
              error={fieldError(save.error, 'defaultRole')}
            />
            <Switch
              label="Create an account on first sign-in"
              description="Off: only people who are already members (or invited) can sign in with SSO."
              checked={autoProvision}
              onChange={(e) => setAutoProvision(e.currentTarget.checked)}
            />
            <Group gap="sm">
              <Button type="submit" loading={save.isPending} disabled={!issuer.trim() || !clientId.trim()}>
                {settings.configured ? 'Save' : 'Turn on single sign-on'}
              </Button>
              {settings.configured && (
                <Button
                  variant="subtle"
                  color="red"
                  loading={remove.isPending}
                  onClick={() => remove.mutate()}
                >
                  Turn off single sign-on
                </Button>
              )}
            </Group>
          </Stack>
        </form>
      </Card>
      {settings.configured && (
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            Try it
          </Title>
          <Text size="sm" mb="xs">
            Open the sign-in link in a private window to test the provider without signing out here. Share it
            with your team: it is where they start signing in.
          </Text>
          <Anchor
            href={settings.loginUrl}
            target="_blank"
            rel="noopener noreferrer"
            data-testid="sso-login-url"
          >
            {settings.loginUrl}
          </Anchor>
        </Card>
      )}
    </Stack>
  );
}

export function SsoPage() {
  const session = useSession();
  const role = session.data?.org?.role;
  const allowed = !!role && can(role, 'sso.manage');
  const query = useSso(allowed);
  return (
    <>
      <PageHeader
        title="Single sign-on"
        description="Let members sign in with your identity provider (OpenID Connect)."
      />
      {!allowed ? (
        <Alert color="blue" title="Owners only">
          Only an owner of the organization can change single sign-on.
        </Alert>
      ) : (
        <QueryState query={query} label="Loading single sign-on settings…">
          {(settings) => (
            <Stack gap="sm">
              <Text size="sm">
                Status:{' '}
                <Text span fw={600}>
                  {settings.configured ? 'on' : 'off'}
                </Text>
              </Text>
              <SsoForm key={String(settings.configured)} settings={settings} />
            </Stack>
          )}
        </QueryState>
      )}
    </>
  );
}
