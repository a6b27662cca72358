/** Shows the current organization and, for members of several, switches between them. */
import { Select, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useSession, useSwitchOrg } from '../api/hooks.ts';

export function OrgSwitcher() {
  const session = useSession();
  const switchOrg = useSwitchOrg();
  const navigate = useNavigate();
  const org = session.data?.org;
  const orgs = session.data?.orgs ?? [];
  if (!org) return null;
  if (orgs.length < 2) {
    return (
      <Text fw={500} size="sm" truncate maw={{ base: 120, sm: 260 }} visibleFrom="xs">
        {org.name}
      </Text>
    );
  }
  return (
    <Select
      aria-label="Organization"
      size="xs"
      w={{ base: 130, sm: 220 }}
      allowDeselect={false}
      data={orgs.map((o) => ({ value: o.id, label: o.name }))}
      value={org.id}
      disabled={switchOrg.isPending}
      onChange={(orgId) => {
        if (!orgId || orgId === org.id) return;
        switchOrg.mutate({ orgId }, { onSuccess: () => void navigate({ to: '/' }) });
      }}
    />
  );
}
