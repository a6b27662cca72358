/** Accept an invitation: see which organization and role it grants, choose a name and password. */
import { Alert, Badge, Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useAcceptInvitation, useInvitationLookup } from '../api/admin-hooks.ts';
import { fieldError } from '../api/client.ts';
import { AuthCard } from '../components/auth-card.tsx';
import { Loading } from '../components/page-state.tsx';

const route = getRouteApi('/accept-invite');

export function AcceptInvitePage() {
  const { token = '' } = route.useSearch();
  const lookup = useInvitationLookup(token);
  const accept = useAcceptInvitation();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');

  function submit(e: FormEvent) {
    e.preventDefault();
    const body = lookup.data?.existingAccount ? { token, password } : { token, name, password };
    accept.mutate(body, { onSuccess: () => void navigate({ to: '/' }) });
  }

  if (!token || lookup.error) {
    return (
      <AuthCard title="Invitation">
        <Alert color="red" role="alert" title="This invitation cannot be used">
          {lookup.error?.message ??
            'The link has no invitation token. Open the full link you were sent, or ask for a new invitation.'}
        </Alert>
        <Button component={Link} to="/login" variant="light">
          Go to sign in
        </Button>
      </AuthCard>
    );
  }
  if (!lookup.data) {
    return (
      <AuthCard title="Invitation">
        <Loading label="Checking your invitation…" />
      </AuthCard>
    );
  }

  const invite = lookup.data;
  if (invite.state !== 'pending') {
    const used = invite.state === 'accepted';
    return (
      <AuthCard title="Invitation">
        <Alert
          color={used ? 'blue' : 'red'}
          role="alert"
          title={used ? 'This invitation was already used' : 'This invitation has expired'}
        >
          {used
            ? `This invitation to ${invite.organizationName} was already used; sign in instead.`
            : `This invitation to ${invite.organizationName} can no longer be used. Ask for a new one.`}
        </Alert>
        <Button component={Link} to="/login" variant={used ? 'filled' : 'light'}>
          {used ? 'Sign in' : 'Go to sign in'}
        </Button>
      </AuthCard>
    );
  }
  return (
    <AuthCard
      title={`Join ${invite.organizationName}`}
      subtitle={
        invite.existingAccount
          ? 'You already have a Vigil account. Enter its password to accept.'
          : 'Choose your name and a password to accept this invitation.'
      }
    >
      <Stack gap={6}>
        <Group gap="xs">
          <Text size="sm">Role:</Text>
          <Badge variant="light">{invite.role}</Badge>
        </Group>
        <Text size="sm">Email: {invite.email}</Text>
      </Stack>
      {accept.error && !fieldError(accept.error, 'name') && !fieldError(accept.error, 'password') && (
        <Alert color="red" role="alert">
          {accept.error.message}
        </Alert>
      )}
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {!invite.existingAccount && (
            <TextInput
              label="Your name"
              required
              autoFocus
              autoComplete="name"
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={fieldError(accept.error, 'name')}
            />
          )}
          <PasswordInput
            label="Password"
            description={invite.existingAccount ? undefined : 'At least 12 characters.'}
            required
            autoFocus={invite.existingAccount}
            autoComplete={invite.existingAccount ? 'current-password' : 'new-password'}
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={fieldError(accept.error, 'password')}
          />
          <Button type="submit" loading={accept.isPending}>
            Accept invitation
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
