/** The policies addressed to the signed-in person, and the page where they read one and accept it. */
import { Alert, Anchor, Badge, Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { getRouteApi, Link } from '@tanstack/react-router';
import type { MyPolicy } from '@vigil/api';
import { useAcceptPolicy, useMyPolicies, useMyPolicyVersion } from '../api/policy-hooks.ts';
import { AnchorLink } from '../components/anchor-link.tsx';
import { formatDate, formatDateTime } from '../components/format.ts';
import { PageHeader, QueryState } from '../components/page-state.tsx';
import { PolicyMarkdown } from '../components/policy-markdown.tsx';
import { ScrollTable } from '../components/scroll-table.tsx';

const route = getRouteApi('/app/my/policies/$versionId');

function Standing({ p }: { p: MyPolicy }) {
  if (p.acceptedAt)
    return (
      <Badge color="green" variant="light">
        Accepted {formatDate(p.acceptedAt.slice(0, 10))}
      </Badge>
    );
  if (p.dueDate)
    return (
      <Badge color="orange" variant="light">
        Due {formatDate(p.dueDate)}
      </Badge>
    );
  return (
    <Badge color="gray" variant="light">
      To read
    </Badge>
  );
}

export function MyPoliciesPage() {
  const mine = useMyPolicies();
  return (
    <>
      <PageHeader
        title="My policies"
        description="The company policies that apply to you. Read each one and accept it."
      />
      <QueryState query={mine} label="Loading your policies…">
        {(data) =>
          data.items.length === 0 ? (
            <Text c="dimmed">No policy is addressed to you yet.</Text>
          ) : (
            <ScrollTable label="My policies" minWidth={520}>
              <Table aria-label="My policies">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Policy</Table.Th>
                    <Table.Th>Version</Table.Th>
                    <Table.Th>Your acceptance</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((p) => (
                    <Table.Tr key={p.versionId}>
                      <Table.Td>
                        <AnchorLink to="/my/policies/$versionId" params={{ versionId: p.versionId }}>
                          {p.policyTitle}
                        </AnchorLink>
                      </Table.Td>
                      <Table.Td>{p.label}</Table.Td>
                      <Table.Td>
                        <Standing p={p} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          )
        }
      </QueryState>
    </>
  );
}

export function MyPolicyPage() {
  const { versionId } = route.useParams();
  const version = useMyPolicyVersion(versionId);
  const accept = useAcceptPolicy();
  return (
    <QueryState query={version} label="Loading the policy…">
      {(v) => (
        <>
          <PageHeader
            title={v.policyTitle}
            description={`Version ${v.label}, published ${formatDate(v.publishedAt.slice(0, 10))}${v.dueDate && !v.acceptedAt ? ` · please accept by ${formatDate(v.dueDate)}` : ''}`}
          />
          <Stack gap="md">
            {!v.current && (
              <Alert color="gray" title="This version has been replaced">
                You can read what you accepted, but only the current version can be accepted.
              </Alert>
            )}
            <Card withBorder padding="lg">
              <PolicyMarkdown text={v.content} />
            </Card>
            {v.acceptedAt ? (
              <Alert color="green" title="Accepted">
                You accepted version {v.label} on {formatDateTime(v.acceptedAt)}.
              </Alert>
            ) : (
              v.current && (
                <Group justify="flex-end">
                  <Text size="sm" c="dimmed">
                    By accepting, you confirm you have read version {v.label} and will follow it.
                  </Text>
                  <Button loading={accept.isPending} onClick={() => accept.mutate(versionId)}>
                    I have read and accept version {v.label}
                  </Button>
                </Group>
              )
            )}
            <Anchor component={Link} to="/my/policies">
              All my policies
            </Anchor>
          </Stack>
        </>
      )}
    </QueryState>
  );
}
