/**
 * The route tree, written out by hand: public pages (setup, sign-in, invitation) and the signed-in
 * app under one layout whose guard sends visitors to /setup or /login.
 */
import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import type { CheckHealth, ControlStatus, EvidenceKind, Severity } from '@vigil/api';
import type { CategoryId } from '@vigil/catalog';
import { can } from '@vigil/core/permissions';
import type { AuditFilters } from './api/admin-hooks.ts';
import { sessionQuery, setupQuery } from './api/hooks.ts';
import { AppLayout } from './components/app-layout.tsx';
import { FormErrorFocus } from './components/form-error-focus.tsx';
import { EVIDENCE_KINDS, HEALTHS, SEVERITIES } from './components/monitoring-labels.ts';
import { NotFound, RouteError } from './components/page-state.tsx';
import { RouteAnnouncer } from './components/route-announcer.tsx';
import { AcceptInvitePage } from './pages/accept-invite.tsx';
import { AccessReviewPage } from './pages/access-review.tsx';
import { AccessReviewsPage } from './pages/access-reviews.tsx';
import { AlertsPage } from './pages/alerts.tsx';
import { AuditPage } from './pages/audit.tsx';
import { AuditSamplesPage } from './pages/audit-samples.tsx';
import { AuditTestingPage } from './pages/audit-testing.tsx';
import { BackgroundChecksPage } from './pages/background-checks.tsx';
import { CalendarPage } from './pages/calendar.tsx';
import { ChangesPage } from './pages/changes.tsx';
import { CheckDetailPage } from './pages/check-detail.tsx';
import { ControlDetailPage } from './pages/control-detail.tsx';
import { ControlsPage } from './pages/controls.tsx';
import { CriteriaPage } from './pages/criteria.tsx';
import { CriterionPage } from './pages/criterion.tsx';
import { DashboardPage } from './pages/dashboard.tsx';
import { EffectivenessPage } from './pages/effectiveness.tsx';
import { EngagementRequestsPage } from './pages/engagement-requests.tsx';
import { EngagementWorkspacePage } from './pages/engagement-workspace.tsx';
import { EvidencePage } from './pages/evidence.tsx';
import { ExercisesPage } from './pages/exercises.tsx';
import { IncidentDetailPage } from './pages/incident-detail.tsx';
import { IncidentsPage } from './pages/incidents.tsx';
import { IntegrationsPage } from './pages/integrations.tsx';
import { InternalAuditDetailPage } from './pages/internal-audit-detail.tsx';
import { InternalAuditsPage } from './pages/internal-audits.tsx';
import { LoginPage } from './pages/login.tsx';
import { MonitoringPage } from './pages/monitoring.tsx';
import { MyPoliciesPage, MyPolicyPage } from './pages/my-policy.tsx';
import { MyTasksPage } from './pages/my-tasks.tsx';
import { MyTrainingPage } from './pages/my-training.tsx';
import { PenTestPage, PenTestsPage } from './pages/pen-tests.tsx';
import { PeoplePage, type PeopleSearch } from './pages/people.tsx';
import { PersonPage } from './pages/person.tsx';
import { PoliciesPage } from './pages/policies.tsx';
import { PolicyDetailPage } from './pages/policy-detail.tsx';
import { ReadinessPage } from './pages/readiness.tsx';
import { BridgeLetterPage, SystemDescriptionPage } from './pages/report-document.tsx';
import { RisksPage } from './pages/risks.tsx';
import { ScopePage } from './pages/scope.tsx';
import { SetupPage } from './pages/setup.tsx';
import { SsoPage } from './pages/sso.tsx';
import { TokensPage } from './pages/tokens.tsx';
import { TrainingPage } from './pages/training.tsx';
import { TrustPagePage } from './pages/trust-page.tsx';
import { UsersPage } from './pages/users.tsx';
import { VendorDetailPage } from './pages/vendor-detail.tsx';
import { VendorsPage } from './pages/vendors.tsx';
import { VulnerabilitiesPage } from './pages/vulnerabilities.tsx';
import { oneOf, pageNo, parseSearch, str, stringifySearch } from './search.ts';

export interface RouterContext {
  queryClient: QueryClient;
}

/** Every page, public or signed in, with its title and route-change announcement. */
function RootLayout() {
  return (
    <>
      <RouteAnnouncer />
      <FormErrorFocus />
      <Outlet />
    </>
  );
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
  notFoundComponent: NotFound,
  errorComponent: RouteError,
});

const setupRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/setup',
  beforeLoad: async ({ context }) => {
    const setup = await context.queryClient.ensureQueryData(setupQuery);
    if (!setup.needsSetup) throw redirect({ to: '/login' });
  },
  component: SetupPage,
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: (s: Record<string, unknown>): { error?: string; redirect?: string } => ({
    error: str(s.error),
    redirect: str(s.redirect),
  }),
  beforeLoad: async ({ context }) => {
    const setup = await context.queryClient.ensureQueryData(setupQuery);
    if (setup.needsSetup) throw redirect({ to: '/setup' });
  },
  component: LoginPage,
});

const acceptInviteRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/accept-invite',
  validateSearch: (s: Record<string, unknown>): { token?: string } => ({ token: str(s.token) }),
  component: AcceptInvitePage,
});

const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    const setup = await context.queryClient.ensureQueryData(setupQuery);
    if (setup.needsSetup) throw redirect({ to: '/setup' });
    const session = await context.queryClient.ensureQueryData(sessionQuery);
    if (!session.user) throw redirect({ to: '/login', search: { redirect: location.href } });
  },
  component: AppLayout,
});

const page = <P extends string>(path: P) => ({ getParentRoute: () => appRoute, path }) as const;

const dashboardRoute = createRoute({
  ...page('/'),
  // Employees have no dashboard: they land on their own tasks.
  beforeLoad: async ({ context }) => {
    const session = await context.queryClient.ensureQueryData(sessionQuery);
    const role = session.org?.role;
    if (role && !can(role, 'dashboard.read')) throw redirect({ to: '/my-tasks' });
  },
  component: DashboardPage,
});
const myTasksRoute = createRoute({ ...page('/my-tasks'), component: MyTasksPage });
const scopeRoute = createRoute({ ...page('/scope'), component: ScopePage });
const criteriaRoute = createRoute({
  ...page('/criteria'),
  validateSearch: (s: Record<string, unknown>): { category?: CategoryId } => ({
    category: str(s.category) as CategoryId | undefined,
  }),
  component: CriteriaPage,
});
const criterionRoute = createRoute({ ...page('/criteria/$criterionId'), component: CriterionPage });

const STATUSES: readonly ControlStatus[] = ['not_started', 'in_progress', 'implemented'];
export interface ControlsSearch {
  q?: string;
  status?: ControlStatus;
  category?: CategoryId;
  applicable?: 'true' | 'false';
  page?: number;
}
const controlsRoute = createRoute({
  ...page('/controls'),
  validateSearch: (s: Record<string, unknown>): ControlsSearch => ({
    q: str(s.q),
    status: oneOf(s.status, STATUSES),
    category: str(s.category) as CategoryId | undefined,
    applicable: oneOf(s.applicable, ['true', 'false'] as const),
    page: pageNo(s.page),
  }),
  component: ControlsPage,
});
const controlRoute = createRoute({ ...page('/controls/$controlId'), component: ControlDetailPage });
const usersRoute = createRoute({ ...page('/users'), component: UsersPage });
const peopleRoute = createRoute({
  ...page('/people'),
  validateSearch: (s: Record<string, unknown>): PeopleSearch => ({
    q: str(s.q),
    status: oneOf(s.status, ['active', 'on_leave', 'terminated'] as const),
    workerType: oneOf(s.workerType, ['employee', 'contractor'] as const),
    inScope: oneOf(s.inScope, ['true', 'false'] as const),
  }),
  component: PeoplePage,
});
const personRoute = createRoute({ ...page('/people/$personId'), component: PersonPage });
const tokensRoute = createRoute({ ...page('/tokens'), component: TokensPage });
const auditRoute = createRoute({
  ...page('/audit'),
  validateSearch: (s: Record<string, unknown>): AuditFilters => ({
    action: str(s.action),
    entityType: str(s.entityType),
    actor: str(s.actor),
    from: str(s.from),
    to: str(s.to),
  }),
  component: AuditPage,
});

const integrationsRoute = createRoute({ ...page('/integrations'), component: IntegrationsPage });
export interface MonitoringSearch {
  control?: string;
  criterion?: string;
  severity?: Severity;
  status?: CheckHealth;
}
const monitoringRoute = createRoute({
  ...page('/monitoring'),
  validateSearch: (s: Record<string, unknown>): MonitoringSearch => ({
    control: str(s.control),
    criterion: str(s.criterion),
    severity: oneOf(s.severity, SEVERITIES),
    status: oneOf(s.status, HEALTHS),
  }),
  component: MonitoringPage,
});
const checkRoute = createRoute({
  ...page('/monitoring/checks/$checkId'),
  validateSearch: (s: Record<string, unknown>): { page?: number; historyPage?: number } => ({
    page: pageNo(s.page),
    historyPage: pageNo(s.historyPage),
  }),
  component: CheckDetailPage,
});
export interface EvidenceSearch {
  q?: string;
  controlId?: string;
  kind?: EvidenceKind;
  expired?: 'true' | 'false';
  superseded?: 'true';
  item?: string;
  page?: number;
}
const evidenceRoute = createRoute({
  ...page('/evidence'),
  validateSearch: (s: Record<string, unknown>): EvidenceSearch => ({
    q: str(s.q),
    controlId: str(s.controlId),
    kind: oneOf(s.kind, EVIDENCE_KINDS),
    expired: oneOf(s.expired, ['true', 'false'] as const),
    superseded: oneOf(s.superseded, ['true'] as const),
    item: str(s.item),
    page: pageNo(s.page),
  }),
  component: EvidencePage,
});
const effectivenessRoute = createRoute({
  ...page('/engagements/$engagementId/effectiveness'),
  validateSearch: (s: Record<string, unknown>): { control?: string } => ({ control: str(s.control) }),
  component: EffectivenessPage,
});
const auditSamplesRoute = createRoute({
  ...page('/engagements/$engagementId/samples'),
  component: AuditSamplesPage,
});
interface CalendarSearch {
  view?: 'month' | 'list';
  month?: string;
  owner?: string;
  status?: 'open' | 'overdue' | 'completed';
  activity?: string;
}
const calendarRoute = createRoute({
  ...page('/calendar'),
  validateSearch: (s: Record<string, unknown>): CalendarSearch => ({
    view: oneOf(s.view, ['month', 'list'] as const),
    month: typeof s.month === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(s.month) ? s.month : undefined,
    owner: str(s.owner),
    status: oneOf(s.status, ['open', 'overdue', 'completed'] as const),
    activity: str(s.activity),
  }),
  component: CalendarPage,
});
const risksRoute = createRoute({ ...page('/risks'), component: RisksPage });
const alertsRoute = createRoute({ ...page('/settings/alerts'), component: AlertsPage });
const ssoRoute = createRoute({ ...page('/settings/sso'), component: SsoPage });
const trainingRoute = createRoute({ ...page('/training'), component: TrainingPage });
const exercisesRoute = createRoute({ ...page('/exercises'), component: ExercisesPage });
const readinessRoute = createRoute({ ...page('/readiness'), component: ReadinessPage });
const engagementWorkspaceRoute = createRoute({
  ...page('/engagements/$engagementId'),
  component: EngagementWorkspacePage,
});
const systemDescriptionRoute = createRoute({
  ...page('/engagements/$engagementId/description'),
  component: SystemDescriptionPage,
});
const bridgeLetterRoute = createRoute({
  ...page('/engagements/$engagementId/bridge-letter'),
  component: BridgeLetterPage,
});
const engagementRequestsRoute = createRoute({
  ...page('/engagements/$engagementId/requests'),
  component: EngagementRequestsPage,
});
const internalAuditsRoute = createRoute({ ...page('/internal-audits'), component: InternalAuditsPage });
const internalAuditRoute = createRoute({
  ...page('/internal-audits/$internalAuditId'),
  component: InternalAuditDetailPage,
});
const myTrainingRoute = createRoute({ ...page('/my-training'), component: MyTrainingPage });
const backgroundChecksRoute = createRoute({ ...page('/background-checks'), component: BackgroundChecksPage });
const accessReviewsRoute = createRoute({ ...page('/access-reviews'), component: AccessReviewsPage });
const accessReviewRoute = createRoute({
  ...page('/access-reviews/$campaignId'),
  component: AccessReviewPage,
});
const vendorsRoute = createRoute({ ...page('/vendors'), component: VendorsPage });
const trustPageRoute = createRoute({ ...page('/trust-page'), component: TrustPagePage });
const vendorRoute = createRoute({ ...page('/vendors/$vendorId'), component: VendorDetailPage });
const policiesRoute = createRoute({ ...page('/policies'), component: PoliciesPage });
const policyRoute = createRoute({ ...page('/policies/$policyId'), component: PolicyDetailPage });
const myPoliciesRoute = createRoute({ ...page('/my/policies'), component: MyPoliciesPage });
const myPolicyRoute = createRoute({ ...page('/my/policies/$versionId'), component: MyPolicyPage });
const incidentsRoute = createRoute({ ...page('/incidents'), component: IncidentsPage });
const changesRoute = createRoute({ ...page('/changes'), component: ChangesPage });
const incidentRoute = createRoute({ ...page('/incidents/$incidentId'), component: IncidentDetailPage });
const vulnerabilitiesRoute = createRoute({
  ...page('/vulnerabilities'),
  validateSearch: (s: Record<string, unknown>): { page?: number } => ({ page: pageNo(s.page) }),
  component: VulnerabilitiesPage,
});
const penTestsRoute = createRoute({ ...page('/pen-tests'), component: PenTestsPage });
const penTestRoute = createRoute({ ...page('/pen-tests/$penTestId'), component: PenTestPage });
const auditTestingRoute = createRoute({
  ...page('/engagements/$engagementId/testing'),
  component: AuditTestingPage,
});

const routeTree = rootRoute.addChildren([
  setupRoute,
  loginRoute,
  acceptInviteRoute,
  appRoute.addChildren([
    dashboardRoute,
    myTasksRoute,
    scopeRoute,
    criteriaRoute,
    criterionRoute,
    controlsRoute,
    controlRoute,
    usersRoute,
    peopleRoute,
    personRoute,
    tokensRoute,
    auditRoute,
    integrationsRoute,
    monitoringRoute,
    checkRoute,
    evidenceRoute,
    effectivenessRoute,
    auditSamplesRoute,
    calendarRoute,
    risksRoute,
    alertsRoute,
    ssoRoute,
    trainingRoute,
    exercisesRoute,
    readinessRoute,
    internalAuditsRoute,
    engagementWorkspaceRoute,
    engagementRequestsRoute,
    systemDescriptionRoute,
    bridgeLetterRoute,
    internalAuditRoute,
    myTrainingRoute,
    backgroundChecksRoute,
    vendorsRoute,
    trustPageRoute,
    vendorRoute,
    accessReviewsRoute,
    accessReviewRoute,
    policiesRoute,
    policyRoute,
    myPoliciesRoute,
    myPolicyRoute,
    incidentsRoute,
    changesRoute,
    incidentRoute,
    vulnerabilitiesRoute,
    penTestsRoute,
    penTestRoute,
    auditTestingRoute,
  ]),
]);

/** Builds the router; the query client rides in the context so guards can read the session. */
export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    scrollRestoration: true,
    // Plain strings in the URL (`?applicable=false`), not JSON (`%22false%22`): see search.ts.
    parseSearch,
    stringifySearch,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
