/** The signed-in frame: header (burger, organization switcher, user menu) and the navigation bar. */
import {
  Alert,
  AppShell,
  Box,
  Burger,
  Collapse,
  Group,
  NavLink,
  type NavLinkProps,
  ScrollArea,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure, useLocalStorage, useMediaQuery } from '@mantine/hooks';
import { createLink, Link, Outlet, useRouterState } from '@tanstack/react-router';
import { can, type Permission } from '@vigil/core/permissions';
import { Fragment, forwardRef, type ReactNode, useEffect, useId, useRef } from 'react';
import { useEngagements, useSession } from '../api/hooks.ts';
import navClasses from './navigation.module.css';
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
    | '/calendar'
    | '/risks'
    | '/audit'
    | '/my-tasks'
    | '/my/policies'
    | '/my-training'
    | '/people'
    | '/training'
    | '/exercises'
    | '/readiness'
    | '/internal-audits'
    | '/users'
    | '/tokens'
    | '/settings/alerts'
    | '/settings/sso'
    | '/access-reviews'
    | '/incidents'
    | '/changes'
    | '/vendors'
    | '/trust-page'
    | '/policies'
    | '/vulnerabilities'
    | '/pen-tests';
  label: string;
  permission: Permission;
  description: string;
}

interface NavGroup {
  label: string;
  items: NavItem[];
}

/** The pages, in the groups the navigation shows them in; a group without a page the role may see is left out. */
const NAV: NavGroup[] = [
  {
    label: 'Your work',
    items: [
      { to: '/', label: 'Dashboard', permission: 'dashboard.read', description: 'Readiness at a glance' },
      {
        to: '/my-tasks',
        label: 'My tasks',
        permission: 'own_tasks.read',
        description: 'What is yours to do',
      },
      {
        to: '/my/policies',
        label: 'My policies',
        permission: 'own_tasks.read',
        description: 'Read and accept',
      },
      {
        to: '/my-training',
        label: 'My training',
        permission: 'own_tasks.read',
        description: 'Courses you owe',
      },
    ],
  },
  {
    label: 'Program',
    items: [
      { to: '/scope', label: 'Scope', permission: 'scope.edit', description: 'Categories, systems, report' },
      {
        to: '/criteria',
        label: 'Criteria',
        permission: 'catalog.read',
        description: 'Trust services criteria',
      },
      {
        to: '/controls',
        label: 'Controls',
        permission: 'controls.read',
        description: 'What you do, who owns it',
      },
      {
        to: '/policies',
        label: 'Policies',
        permission: 'policies.read',
        description: 'Versions, approval, acceptance',
      },
      {
        to: '/risks',
        label: 'Risks',
        permission: 'risks.read',
        description: 'Register, heat map, assessment',
      },
      {
        to: '/readiness',
        label: 'Readiness',
        permission: 'readiness.read',
        description: 'Gaps, next steps, snapshots',
      },
      {
        to: '/calendar',
        label: 'Calendar',
        permission: 'activities.read',
        description: 'Recurring activities',
      },
    ],
  },
  {
    label: 'Monitoring and evidence',
    items: [
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
      {
        to: '/evidence',
        label: 'Evidence',
        permission: 'evidence.read',
        description: 'Library, hash-verified',
      },
    ],
  },
  {
    label: 'People',
    items: [
      {
        to: '/people',
        label: 'People',
        permission: 'people.read',
        description: 'Register, accounts, leavers',
      },
      {
        to: '/training',
        label: 'Training',
        permission: 'training.read',
        description: 'Courses and completions',
      },
      {
        to: '/access-reviews',
        label: 'Access reviews',
        permission: 'access_reviews.read',
        description: 'Who keeps access, verified',
      },
    ],
  },
  {
    label: 'Operations',
    items: [
      {
        to: '/incidents',
        label: 'Incidents',
        permission: 'incidents.read',
        description: 'Detected, handled, learned from',
      },
      {
        to: '/exercises',
        label: 'Exercises',
        permission: 'exercises.read',
        description: 'Tabletops, restore tests',
      },
      {
        to: '/vulnerabilities',
        label: 'Vulnerabilities',
        permission: 'vulnerabilities.read',
        description: 'Remediation within SLA',
      },
      {
        to: '/pen-tests',
        label: 'Penetration tests',
        permission: 'vulnerabilities.read',
        description: 'Reports, findings, retests',
      },
      {
        to: '/changes',
        label: 'Changes',
        permission: 'changes.read',
        description: 'Merged changes and approvals',
      },
      {
        to: '/vendors',
        label: 'Vendors',
        permission: 'vendors.read',
        description: 'Tiers, reports, reviews',
      },
      {
        to: '/internal-audits',
        label: 'Internal audits',
        permission: 'internal_audits.read',
        description: 'Plans, results, findings',
      },
    ],
  },
  {
    label: 'Administration',
    items: [
      {
        to: '/audit',
        label: 'Audit trail',
        permission: 'audit_trail.read',
        description: 'Every change, hash-chained',
      },
      {
        to: '/users',
        label: 'Members',
        permission: 'users.read',
        description: 'Sign-ins, roles, invitations',
      },
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
        to: '/trust-page',
        label: 'Trust page',
        permission: 'trust.read',
        description: 'Public page, documents, NDA',
      },
      {
        to: '/settings/sso',
        label: 'Single sign-on',
        permission: 'sso.manage',
        description: 'OIDC identity provider',
      },
    ],
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

const NAV_ID = 'main-navigation';

function isActive(to: NavItem['to'], pathname: string): boolean {
  return to === '/' ? pathname === '/' : pathname.startsWith(to);
}

/**
 * One group of the navigation under a button that folds it away; the choice is remembered in this
 * browser, and a folded group opens again when the page shown belongs to it.
 */
function NavSection({ label, pathname, children }: { label: string; pathname: string; children: ReactNode }) {
  const id = useId();
  const [open, setOpen] = useLocalStorage({ key: `vigil.nav.${label}`, defaultValue: true });
  const group = NAV.find((g) => g.label === label);
  const holdsCurrentPage =
    !!group?.items.some((item) => isActive(item.to, pathname)) ||
    (label === 'Monitoring and evidence' && pathname.startsWith('/engagements/'));
  useEffect(() => {
    if (holdsCurrentPage) setOpen(true);
  }, [holdsCurrentPage, setOpen]);
  return (
    <Box mb={4}>
      <UnstyledButton
        className={navClasses.groupButton}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        <span>{label}</span>
        <svg
          aria-hidden="true"
          viewBox="0 0 16 16"
          width="12"
          height="12"
          className={navClasses.chevron}
          data-open={open}
        >
          <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
      </UnstyledButton>
      <Collapse expanded={open} keepMountedMode="display-none" id={id} inert={!open}>
        {children}
      </Collapse>
    </Box>
  );
}

export function AppLayout() {
  const [opened, { open, close }] = useDisclosure(false);
  const session = useSession();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const role = session.data?.org?.role;
  // Below Mantine's `sm` the navigation is a drawer; closed, it is out of the tab order and the
  // accessibility tree (inert), not only moved off-screen.
  const isPhone = useMediaQuery('(max-width: 47.99em)') ?? false;
  const drawerClosed = isPhone && !opened;
  const burgerRef = useRef<HTMLButtonElement>(null);
  const navRef = useRef<HTMLDivElement>(null);
  const mainRef = useRef<HTMLElement>(null);

  const openDrawer = () => {
    open();
    requestAnimationFrame(() => navRef.current?.querySelector<HTMLElement>('a[href]')?.focus());
  };
  const closeDrawer = () => {
    close();
    burgerRef.current?.focus();
  };
  // Choosing a page closes the drawer; focus waits in the main region for the page's heading.
  const onNavigate = () => {
    if (!opened) return;
    close();
    mainRef.current?.focus();
  };

  useEffect(() => {
    if (!opened || !isPhone) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      close();
      burgerRef.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [opened, isPhone, close]);

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
              ref={burgerRef}
              opened={opened}
              onClick={opened ? closeDrawer : openDrawer}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? 'Close navigation' : 'Open navigation'}
              aria-expanded={opened}
              aria-controls={NAV_ID}
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

      <AppShell.Navbar
        ref={navRef}
        id={NAV_ID}
        p="xs"
        aria-label="Main navigation"
        inert={drawerClosed}
        style={drawerClosed ? { visibility: 'hidden' } : undefined}
      >
        <AppShell.Section grow component={ScrollArea}>
          {role &&
            NAV.map((group) => {
              const items = group.items.filter((item) => can(role, item.permission));
              if (items.length === 0) return null;
              return (
                <NavSection key={group.label} label={group.label} pathname={pathname}>
                  {items.map((item) => (
                    <Fragment key={item.to}>
                      <NavLink
                        component={Link}
                        to={item.to}
                        label={item.label}
                        description={item.description}
                        active={isActive(item.to, pathname)}
                        onClick={onNavigate}
                      />
                      {item.to === '/evidence' && can(role, 'monitoring.read') && (
                        <EffectivenessLink pathname={pathname} onClick={onNavigate} />
                      )}
                    </Fragment>
                  ))}
                </NavSection>
              );
            })}
        </AppShell.Section>
        {session.data?.org && (
          <AppShell.Section p="xs">
            <Text size="xs" c="dimmed">
              Signed in to {session.data.org.name} as {session.data.org.role}
            </Text>
          </AppShell.Section>
        )}
      </AppShell.Navbar>

      <AppShell.Main ref={mainRef} id="main-content" tabIndex={-1} style={{ outline: 'none' }}>
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
