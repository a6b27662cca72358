/** First run: create the organization and its owner, then go on to scoping. */
import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { fieldError } from '../api/client.ts';
import { useSetup } from '../api/hooks.ts';
import { AuthCard } from '../components/auth-card.tsx';

type SetupForm = { organizationName: string; name: string; email: string; password: string };

/** What to fill in, field by field, before asking the server: every empty field says so at once. */
const EMPTY_MESSAGES: Record<keyof SetupForm, string> = {
  organizationName: 'Enter your organization’s name',
  name: 'Enter your name',
  email: 'Enter your email address',
  password: 'Choose a password',
};

export function SetupPage() {
  const setup = useSetup();
  const navigate = useNavigate();
  const [form, setForm] = useState<SetupForm>({ organizationName: '', name: '', email: '', password: '' });
  const [missing, setMissing] = useState<Partial<Record<keyof SetupForm, string>>>({});
  const set = (key: keyof typeof form) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setForm((f) => ({ ...f, [key]: value }));
    setMissing((m) => ({ ...m, [key]: undefined }));
  };
  // An empty field's own message first; otherwise the server's message when it names this field.
  const errorOf = (key: keyof SetupForm) => missing[key] ?? fieldError(setup.error, key);
  const otherError =
    setup.error &&
    !(Object.keys(EMPTY_MESSAGES) as (keyof SetupForm)[]).some((k) => fieldError(setup.error, k))
      ? setup.error.message
      : null;

  function submit(e: FormEvent) {
    e.preventDefault();
    const empty = Object.fromEntries(
      (Object.keys(EMPTY_MESSAGES) as (keyof SetupForm)[])
        .filter((k) => !form[k].trim())
        .map((k) => [k, EMPTY_MESSAGES[k]]),
    );
    setMissing(empty);
    if (Object.keys(empty).length > 0) return;
    setup.mutate(form, { onSuccess: () => void navigate({ to: '/scope' }) });
  }

  return (
    <AuthCard
      title="Set up Vigil"
      subtitle="Create your organization and its owner account. Next you will choose what your SOC 2 audit covers."
    >
      {otherError && (
        <Alert color="red" role="alert">
          {otherError}
        </Alert>
      )}
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label="Organization name"
            required
            autoFocus
            value={form.organizationName}
            onChange={set('organizationName')}
            error={errorOf('organizationName')}
          />
          <TextInput
            label="Your name"
            required
            autoComplete="name"
            value={form.name}
            onChange={set('name')}
            error={errorOf('name')}
          />
          <TextInput
            label="Email"
            type="email"
            required
            autoComplete="email"
            value={form.email}
            onChange={set('email')}
            error={errorOf('email')}
          />
          <PasswordInput
            label="Password"
            description="At least 12 characters; a passphrase works well."
            required
            autoComplete="new-password"
            value={form.password}
            onChange={set('password')}
            error={errorOf('password')}
            // Mantine's PasswordInput does not mark its input invalid itself, unlike TextInput.
            aria-invalid={errorOf('password') ? true : undefined}
          />
          <Button type="submit" loading={setup.isPending} mt="xs">
            Create organization
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
