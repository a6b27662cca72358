/** Open invitations with a revoke button. */
import { Button, Table, Text } from '@mantine/core';
import type { Invitation } from '@vigil/api';
import { useRevokeInvitation } from '../api/admin-hooks.ts';
import { formatDateTime } from './format.ts';
import { ScrollTable } from './scroll-table.tsx';

export function InvitationsTable({ invitations }: { invitations: Invitation[] }) {
  const revoke = useRevokeInvitation();
  if (invitations.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No open invitations.
      </Text>
    );
  }
  return (
    <ScrollTable label="Invitations" minWidth={520}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Email</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Link expires</Table.Th>
            <Table.Th w={110}>Revoke</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {invitations.map((i) => (
            <Table.Tr key={i.id}>
              <Table.Td>{i.email}</Table.Td>
              <Table.Td>{i.role}</Table.Td>
              <Table.Td>{formatDateTime(i.expiresAt) || '—'}</Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  aria-label={`Revoke invitation for ${i.email}`}
                  loading={revoke.isPending && revoke.variables === i.id}
                  onClick={() => revoke.mutate(i.id)}
                >
                  Revoke
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
