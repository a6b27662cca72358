/** The signed-in frame: header (burger, organization switcher, user menu) and the navigation bar. */
import { Alert, AppShell, Burger, Group, NavLink, type NavLinkProps, ScrollArea, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { createLink, Link, Outlet, useRouterState } from '@tanstack/react-router';
import { can, type Permission } from '@vigil/core/permissions';
import { Fragment, forwardRef } from 'react';
import { useEngagements, useSession } from '../api/hooks.ts';
import { OrgSwitcher } from './org-switcher.tsx';
import { Loading } from './page-state.tsx';
import skipLinkClasses from './skip-link.module.css';
import { UserMenu } from './user-menu.tsx';

interface NavItem {
  to:
    | '/'
    | '/scope'
    | '/criteria'
    | '/controls'
    | '/integrations'
    | '/monitoring'
    | '/evidence'
    | '/audit'
    | '/users'
    | '/tokens'
    | '/settings/alerts'
    | '/settings/sso';
  label: string;
  permission: Permission;
  description: string;
}

const NAV: NavItem[] = [
  { to: '/', label: 'Dashboard', permission: 'dashboard.read', description: 'Readiness at a glance' },
  { to: '/scope', label: 'Scope', permission: 'scope.edit', description: 'Categories, systems, report' },
  { to: '/criteria', label: 'Criteria', permission: 'catalog.read', description: 'Trust services criteria' },
  {
    to: '/controls',
    label: 'Controls',
    permission: 'controls.read',
    description: 'What you do, who owns it',
  },
  {
    to: '/integrations',
    label: 'Integrations',
    permission: 'integrations.read',
    description: 'Connectors, uploads, runs',
  },
  {
    to: '/monitoring',
    label: 'Monitoring',
    permission: 'monitoring.read',
    description: 'Automated checks',
  },
  { to: '/evidence', label: 'Evidence', permission: 'evidence.read', description: 'Library, hash-verified' },
  {
    to: '/audit',
    label: 'Audit trail',
    permission: 'audit_trail.read',
    description: 'Every change, hash-chained',
  },
  { to: '/users', label: 'People', permission: 'users.read', description: 'Members and invitations' },
  {
    to: '/tokens',
    label: 'API tokens',
    permission: 'tokens.manage_own',
    description: 'Tokens for scripts and CI',
  },
  {
    to: '/settings/alerts',
    label: 'Alerts',
    permission: 'alerts.read',
    description: 'Email, webhook, Slack',
  },
  {
    to: '/settings/sso',
    label: 'Single sign-on',
    permission: 'sso.manage',
    description: 'OIDC identity provider',
  },
];

const RouterNavLink = createLink(
  forwardRef<HTMLAnchorElement, NavLinkProps & React.AnchorHTMLAttributes<HTMLAnchorElement>>(
    (props, ref) => <NavLink component="a" ref={ref} {...props} />,
  ),
);

/** "Effectiveness" of the current engagement (the newest), right after Evidence when there is one. */
function EffectivenessLink({ pathname, onClick }: { pathname: string; onClick: () => void }) {
  const engagements = useEngagements();
  const current = engagements.data?.items[0];
  if (!current) return null;
  return (
    <RouterNavLink
      to="/engagements/$engagementId/effectiveness"
      params={{ engagementId: current.id }}
      label="Effectiveness"
      description={current.name}
      active={pathname.startsWith('/engagements/')}
      onClick={onClick}
      preload="intent"
    />
  );
}

export function AppLayout() {
  const [opened, { toggle, close }] = useDisclosure(false);
  const session = useSession();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const role = session.data?.org?.role;

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      {/* The first thing Tab reaches: past the header and navigation to the page itself (focusable main). */}
      <a href="#main-content" className={skipLinkClasses.skipLink}>
        Skip to main content
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? 'Close navigation' : 'Open navigation'}
            />
            <Text component={Link} to="/" fw={700} fz="xl" c="indigo" td="none" aria-label="Vigil home">
              Vigil
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <OrgSwitcher />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="xs" aria-label="Main navigation">
        <AppShell.Section grow component={ScrollArea}>
          {NAV.filter((item) => role && can(role, item.permission)).map((item) => (
            <Fragment key={item.to}>
              <NavLink
                component={Link}
                to={item.to}
                label={item.label}
                description={item.description}
                active={item.to === '/' ? pathname === '/' : pathname.startsWith(item.to)}
                onClick={close}
              />
              {item.to === '/evidence' && role && can(role, 'monitoring.read') && (
                <EffectivenessLink pathname={pathname} onClick={close} />
              )}
            </Fragment>
          ))}
        </AppShell.Section>
        {session.data?.org && (
          <AppShell.Section p="xs">
            <Text size="xs" c="dimmed">
              Signed in to {session.data.org.name} as {session.data.org.role}
            </Text>
          </AppShell.Section>
        )}
      </AppShell.Navbar>

      <AppShell.Main id="main-content" tabIndex={-1} style={{ outline: 'none' }}>
        {!session.data ? (
          <Loading />
        ) : !session.data.org ? (
          <Alert color="yellow" title="No organization">
            Your account is not a member of any organization, or your access has expired. Ask an owner of your
            organization for a new invitation.
          </Alert>
        ) : (
          <Outlet />
        )}
      </AppShell.Main>
    </AppShell>
  );
}
