/** Members: who signs in and with which role, and invitations (owners and admins only). */
import { Alert, Button, Card, Stack, Text, Title } from '@mantine/core';
import { can } from '@vigil/core/permissions';
import { useInvitations, useUsers } from '../api/admin-hooks.ts';
import { useSession } from '../api/hooks.ts';
import { useInviteRoster } from '../api/task-hooks.ts';
import { InvitationsTable } from '../components/invitations-table.tsx';
import { InviteForm } from '../components/invite-form.tsx';
import { MembersTable } from '../components/members-table.tsx';
import { PageHeader, QueryState } from '../components/page-state.tsx';

/** One action for the whole person register: everyone who must accept policies needs a sign-in. */
function InviteRoster() {
  const invite = useInviteRoster();
  const done = invite.data;
  return (
    <Stack gap="xs" align="flex-start">
      <Text>
        Everyone in the person register who is active, in scope and has no sign-in yet gets an invitation as
        an employee: they see only their own tasks and the policies addressed to them.
      </Text>
      <Button onClick={() => invite.mutate(undefined)} loading={invite.isPending}>
        Invite everyone in the register
      </Button>
      {done && (
        <Alert color={done.invited > 0 ? 'green' : 'blue'} title="Invitations">
          {done.invited === 0
            ? 'Nobody new to invite.'
            : `${done.invited} ${done.invited === 1 ? 'person' : 'people'} invited, ${done.emailed} by email.`}{' '}
          {done.alreadyMembers > 0 && `${done.alreadyMembers} already sign in. `}
          {done.alreadyInvited > 0 && `${done.alreadyInvited} already had an open invitation. `}
          {done.leftOut > 0 && `${done.leftOut} left out: terminated or out of scope. `}
          {done.invited > done.emailed &&
            `${done.invited - done.emailed} could not be emailed: they can sign in with single sign-on, or revoke those invitations and invite again once mail is set up.`}
        </Alert>
      )}
    </Stack>
  );
}

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
          Invite the person register
        </Title>
        <InviteRoster />
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
