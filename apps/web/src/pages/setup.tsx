/** First run: create the organization and its owner, then go on to scoping. */
import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { fieldError } from '../api/client.ts';
import { useSetup } from '../api/hooks.ts';
import { AuthCard } from '../components/auth-card.tsx';

export function SetupPage() {
  const setup = useSetup();
  const navigate = useNavigate();
  const [form, setForm] = useState({ organizationName: '', name: '', email: '', password: '' });
  const set = (key: keyof typeof form) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setForm((f) => ({ ...f, [key]: value }));
  };

  function submit(e: FormEvent) {
    e.preventDefault();
    setup.mutate(form, { onSuccess: () => void navigate({ to: '/scope' }) });
  }

  return (
    <AuthCard
      title="Set up Vigil"
      subtitle="Create your organization and its owner account. Next you will choose what your SOC 2 audit covers."
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label="Organization name"
            required
            autoFocus
            value={form.organizationName}
            onChange={set('organizationName')}
            error={fieldError(setup.error, 'organizationName')}
          />
          <TextInput
            label="Your name"
            required
            autoComplete="name"
            value={form.name}
            onChange={set('name')}
            error={fieldError(setup.error, 'name')}
          />
          <TextInput
            label="Email"
            type="email"
            required
            autoComplete="email"
            value={form.email}
            onChange={set('email')}
            error={fieldError(setup.error, 'email')}
          />
          <PasswordInput
            label="Password"
            description="At least 12 characters; a passphrase works well."
            required
            autoComplete="new-password"
            value={form.password}
            onChange={set('password')}
            error={fieldError(setup.error, 'password')}
          />
          <Button type="submit" loading={setup.isPending} mt="xs">
            Create organization
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
