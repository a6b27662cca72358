/** Members: who signs in and their roles, and invitations (owners and admins only). */
import { Alert, Card, Stack, Title } from '@mantine/core';
import { can } from '@vigil/core/permissions';
import { useInvitations, useUsers } from '../api/admin-hooks.ts';
import { useSession } from '../api/hooks.ts';
import { InvitationsTable } from '../components/invitations-table.tsx';
import { InviteForm } from '../components/invite-form.tsx';
import { MembersTable } from '../components/members-table.tsx';
import { PageHeader, QueryState } from '../components/page-state.tsx';

function Manage({ myRole, myId }: { myRole: 'owner' | 'admin'; myId: string }) {
  const users = useUsers();
  const invitations = useInvitations();
  return (
    <Stack gap="md">
      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          Members
        </Title>
        <QueryState query={users} label="Loading members…">
          {(data) => <MembersTable users={data.items} myRole={myRole} myId={myId} />}
        </QueryState>
      </Card>
      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          Invite someone
        </Title>
        <InviteForm myRole={myRole} />
      </Card>
      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          Open invitations
        </Title>
        <QueryState query={invitations} label="Loading invitations…">
          {(data) => <InvitationsTable invitations={data.items} />}
        </QueryState>
      </Card>
    </Stack>
  );
}

export function UsersPage() {
  const session = useSession();
  const role = session.data?.org?.role;
  const userId = session.data?.user?.id;
  return (
    <>
      <PageHeader
        title="Members"
        description="Who can see and change your compliance program, and how much."
      />
      {role && userId && can(role, 'users.manage') ? (
        <Manage myRole={role as 'owner' | 'admin'} myId={userId} />
      ) : (
        <Alert color="blue" title="Owners and admins only">
          Only owners and admins manage people and invitations. Ask one of them to invite someone or change a
          role.
        </Alert>
      )}
    </>
  );
}
