/** Invites someone by email; auditors are tied to one engagement and may get an access end date. */
import { Alert, Button, Code, CopyButton, Grid, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { assignableRoles, type Role } from '@vigil/core/permissions';
import { type FormEvent, useState } from 'react';
import { useCreateInvitation } from '../api/admin-hooks.ts';
import { fieldError } from '../api/client.ts';
import { useEngagements } from '../api/hooks.ts';
import { roleOptions } from './format.ts';

export function InviteForm({ myRole }: { myRole: Role }) {
  const create = useCreateInvitation();
  const engagements = useEngagements();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('member');
  const [engagementId, setEngagementId] = useState<string | null>(null);
  const [accessExpiresAt, setAccessExpiresAt] = useState('');
  const [url, setUrl] = useState<string | null>(null);
  const err = (field: string) => fieldError(create.error, field);
  const auditor = role === 'auditor';

  function submit(e: FormEvent) {
    e.preventDefault();
    create.mutate(
      {
        email,
        role,
        engagementId: auditor && engagementId ? engagementId : undefined,
        accessExpiresAt:
          auditor && accessExpiresAt ? new Date(`${accessExpiresAt}T23:59:59`).toISOString() : undefined,
      },
      {
        onSuccess: (res) => {
          setUrl(new URL(res.url, window.location.origin).toString());
          setEmail('');
        },
      },
    );
  }

  return (
    <Stack gap="sm">
      <form onSubmit={submit} noValidate aria-label="Invite someone">
        <Grid gap="sm" align="flex-start">
          <Grid.Col span={{ base: 12, sm: 5 }}>
            <TextInput
              label="Email"
              type="email"
              required
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={err('email')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 3 }}>
            <Select
              label="Role"
              allowDeselect={false}
              data={roleOptions(assignableRoles(myRole))}
              value={role}
              onChange={(v) => v && setRole(v as Role)}
              error={err('role')}
            />
          </Grid.Col>
          {auditor && (
            <>
              <Grid.Col span={{ base: 12, sm: 4 }}>
                <Select
                  label="Engagement"
                  description="Auditors see one engagement"
                  required
                  placeholder={engagements.data?.items.length === 0 ? 'Plan an engagement first' : 'Pick one'}
                  data={(engagements.data?.items ?? []).map((en) => ({ value: en.id, label: en.name }))}
                  value={engagementId}
                  onChange={setEngagementId}
                  error={err('engagementId')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 5 }}>
                <TextInput
                  type="date"
                  label="Access ends"
                  description="Optional; the auditor's access stops after this day"
                  value={accessExpiresAt}
                  onChange={(e) => setAccessExpiresAt(e.currentTarget.value)}
                  error={err('accessExpiresAt')}
                />
              </Grid.Col>
            </>
          )}
          <Grid.Col span={12}>
            <Button
              type="submit"
              loading={create.isPending}
              disabled={!email.trim() || (auditor && !engagementId)}
            >
              Create invitation
            </Button>
          </Grid.Col>
        </Grid>
      </form>
      {url && (
        <Alert
          color="teal"
          title="Invitation created"
          withCloseButton
          onClose={() => setUrl(null)}
          closeButtonLabel="Dismiss"
        >
          <Text size="sm">Send this link to the invitee. It works once.</Text>
          <Group gap="xs" mt="xs" wrap="nowrap">
            <Code data-testid="invite-url" style={{ overflowWrap: 'anywhere' }}>
              {url}
            </Code>
            <CopyButton value={url}>
              {({ copied, copy }) => (
                <Button size="xs" variant="light" onClick={copy}>
                  {copied ? 'Copied' : 'Copy'}
                </Button>
              )}
            </CopyButton>
          </Group>
        </Alert>
      )}
    </Stack>
  );
}
