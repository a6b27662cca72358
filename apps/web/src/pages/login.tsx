/** Sign in with email and password, or through the organization's SSO provider. */
import { Alert, Anchor, Button, Divider, PasswordInput, Stack, TextInput } from '@mantine/core';
import { getRouteApi, useRouter } from '@tanstack/react-router';
import { ssoRoutes, urlOf } from '@vigil/api';
import { type FormEvent, useState } from 'react';
import { fieldError } from '../api/client.ts';
import { useLogin } from '../api/hooks.ts';
import { AuthCard } from '../components/auth-card.tsx';

const route = getRouteApi('/login');

/** Messages for the `?error=` codes the SSO callback redirects with. */
const SSO_ERRORS: Record<string, string> = {
  sso_not_configured: 'That organization has no single sign-on configured. Sign in with your password.',
  sso_state_invalid: 'The sign-on attempt expired or was started in another tab. Try again.',
  sso_denied: 'Your identity provider did not let you in.',
  sso_failed: 'Single sign-on failed. Try again, or sign in with your password.',
  sso_email_unverified: 'Your identity provider has not verified your email address.',
  sso_no_account:
    'Your identity provider signed you in, but no Vigil account matches it. Ask for an invitation.',
  sso_account_conflict:
    'Another Vigil account is already linked to that identity. Ask an owner to sort it out.',
  sso_access_expired: 'Your access to that organization has ended.',
};

export function LoginPage() {
  const search = route.useSearch();
  const login = useLogin();
  const router = useRouter();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [sso, setSso] = useState(false);
  const [slug, setSlug] = useState('');

  function submit(e: FormEvent) {
    e.preventDefault();
    login.mutate(
      { email, password },
      {
        onSuccess: () => {
          // Only ever back into this app: a redirect to another origin would be an open redirect.
          const target =
            search.redirect?.startsWith('/') && !search.redirect.startsWith('//') ? search.redirect : '/';
          router.history.push(target);
        },
      },
    );
  }

  function startSso(e: FormEvent) {
    e.preventDefault();
    const clean = slug.trim().toLowerCase();
    if (clean) window.location.assign(urlOf(ssoRoutes.start, { params: { orgSlug: clean } }));
  }

  return (
    <AuthCard title="Sign in">
      {search.error && (
        <Alert color="red" role="alert">
          {SSO_ERRORS[search.error] ?? search.error}
        </Alert>
      )}
      {login.error && !fieldError(login.error, 'email') && !fieldError(login.error, 'password') && (
        <Alert color="red" role="alert">
          {login.error.message}
        </Alert>
      )}
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label="Email"
            type="email"
            required
            autoFocus
            autoComplete="username"
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={fieldError(login.error, 'email')}
          />
          <PasswordInput
            label="Password"
            required
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={fieldError(login.error, 'password')}
          />
          <Button type="submit" loading={login.isPending}>
            Sign in
          </Button>
        </Stack>
      </form>
      <Divider label="or" labelPosition="center" />
      {sso ? (
        <form onSubmit={startSso}>
          <Stack gap="sm">
            <TextInput
              label="Organization slug"
              description="The short name in your organization's Vigil address, e.g. acme-corp"
              required
              autoFocus
              value={slug}
              onChange={(e) => setSlug(e.currentTarget.value)}
            />
            <Button type="submit" variant="light" disabled={!slug.trim()}>
              Continue with SSO
            </Button>
          </Stack>
        </form>
      ) : (
        <Anchor component="button" type="button" onClick={() => setSso(true)} ta="center">
          Sign in with SSO
        </Anchor>
      )}
    </AuthCard>
  );
}
