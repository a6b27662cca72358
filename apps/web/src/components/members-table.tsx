/** Members of the organization: change a role or remove someone (owners and admins only). */
import { Button, Select, Table, Text } from '@mantine/core';
import type { Member } from '@vigil/api';
import { assignableRoles, type Role } from '@vigil/core/permissions';
import { useChangeRole, useRemoveUser } from '../api/admin-hooks.ts';
import { formatDateTime, roleOptions } from './format.ts';
import { ScrollTable } from './scroll-table.tsx';

export function MembersTable({ users, myRole, myId }: { users: Member[]; myRole: Role; myId: string }) {
  const changeRole = useChangeRole();
  const remove = useRemoveUser();
  const roles = assignableRoles(myRole);
  return (
    <ScrollTable label="Members" minWidth={560}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Email</Table.Th>
            <Table.Th w={180}>Role</Table.Th>
            <Table.Th w={150}>Access ends</Table.Th>
            <Table.Th w={120}>Remove</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((u) => {
            // Only an owner may change an owner; nobody edits themselves here.
            const editable = u.id !== myId && roles.includes(u.role);
            return (
              <Table.Tr key={u.id}>
                <Table.Td>
                  {u.name}
                  {u.id === myId && (
                    <Text span c="dimmed" size="sm">
                      {' '}
                      (you)
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{u.email}</Table.Td>
                <Table.Td>
                  <Select
                    aria-label={`Role of ${u.name}`}
                    size="xs"
                    allowDeselect={false}
                    disabled={!editable}
                    data={roleOptions(editable ? roles : [u.role])}
                    value={u.role}
                    onChange={(role) =>
                      role && role !== u.role && changeRole.mutate({ userId: u.id, role: role as Role })
                    }
                  />
                </Table.Td>
                <Table.Td>{formatDateTime(u.expiresAt) || 'Never'}</Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    disabled={!editable}
                    aria-label={`Remove ${u.name}`}
                    onClick={() => {
                      if (window.confirm(`Remove ${u.name} from the organization?`)) remove.mutate(u.id);
                    }}
                  >
                    Remove
                  </Button>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
