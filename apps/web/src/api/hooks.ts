/**
 * TanStack Query hooks for the session, catalog, scope and controls. Each write names the form
 * fields it can show errors on (`meta.fields`); any other error becomes a notification.
 */
import { type QueryKey, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  authRoutes,
  type ControlsQuery,
  type ControlUpdate,
  catalogRoutes,
  controlRoutes,
  dashboardRoutes,
  type EngagementInput,
  type EngagementUpdate,
  engagementRoutes,
  type Login,
  type ScopeUpdate,
  type Session,
  type Setup,
  type SystemInput,
  scopeRoutes,
} from '@vigil/api';
import { call, setCsrfToken } from './client.ts';

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: { fields?: readonly string[]; success?: string; inline?: boolean };
  }
}

async function fetchSession() {
  const session = await call(authRoutes.session);
  setCsrfToken(session.csrfToken);
  return session;
}

export const sessionQuery = queryOptions({ queryKey: ['session'], queryFn: fetchSession, staleTime: 60_000 });
export const setupQuery = queryOptions({
  queryKey: ['setup'],
  queryFn: () => call(authRoutes.setupState),
  staleTime: Number.POSITIVE_INFINITY,
});

/** The signed-in session; only rendered under the app layout, which guarantees a user. */
export function useSession() {
  return useQuery(sessionQuery);
}

/** A write that may invalidate some queries when it succeeds. */
export function useApiMutation<V, R>(
  fn: (vars: V) => Promise<R>,
  options: { fields?: readonly string[]; success?: string; invalidate?: QueryKey[] } = {},
) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    meta: { fields: options.fields, success: options.success },
    onSuccess: async () => {
      await Promise.all((options.invalidate ?? []).map((queryKey) => qc.invalidateQueries({ queryKey })));
    },
  });
}

/** A write whose answer is the new session (setup, sign-in, switching organization). */
function useSessionMutation<V>(fn: (body: V) => Promise<Session>, fields: readonly string[], inline = false) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    meta: { fields, inline },
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
      qc.setQueryData(sessionQuery.queryKey, session);
      qc.setQueryData(setupQuery.queryKey, { needsSetup: false });
    },
  });
}

export const useSetup = () =>
  useSessionMutation(
    (body: Setup) => call(authRoutes.setup, { body }),
    ['organizationName', 'name', 'email', 'password'],
  );
export const useLogin = () =>
  useSessionMutation((body: Login) => call(authRoutes.login, { body }), ['email', 'password'], true);
export const useSwitchOrg = () =>
  useSessionMutation((body: { orgId: string }) => call(authRoutes.switchOrg, { body }), []);

export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => call(authRoutes.logout),
    onSettled: () => {
      setCsrfToken(null);
      qc.clear();
    },
  });
}

export const useDashboard = () =>
  useQuery({ queryKey: ['dashboard'], queryFn: () => call(dashboardRoutes.get) });

const forever = Number.POSITIVE_INFINITY;
export const useCategories = () =>
  useQuery({
    queryKey: ['catalog', 'categories'],
    queryFn: () => call(catalogRoutes.categories),
    staleTime: forever,
  });
export const useComponentKinds = () =>
  useQuery({
    queryKey: ['catalog', 'component-kinds'],
    queryFn: () => call(catalogRoutes.componentKinds),
    staleTime: forever,
  });
export const useReportKinds = () =>
  useQuery({
    queryKey: ['catalog', 'report-kinds'],
    queryFn: () => call(catalogRoutes.reportKinds),
    staleTime: forever,
  });
export const useCriteria = () =>
  useQuery({ queryKey: ['criteria'], queryFn: () => call(catalogRoutes.criteria) });
export const useCriterion = (criterionId: string) =>
  useQuery({
    queryKey: ['criteria', criterionId],
    queryFn: () => call(catalogRoutes.criterion, { params: { criterionId } }),
  });

export const useScope = () => useQuery({ queryKey: ['scope'], queryFn: () => call(scopeRoutes.get) });
export const useSaveScope = () =>
  useApiMutation((body: ScopeUpdate) => call(scopeRoutes.update, { body }), {
    fields: ['categories'],
    invalidate: [['scope'], ['dashboard'], ['criteria']],
  });

export const useSystems = () =>
  useQuery({ queryKey: ['systems'], queryFn: () => call(scopeRoutes.listSystems) });
export const useCreateSystem = () =>
  useApiMutation((body: SystemInput) => call(scopeRoutes.createSystem, { body }), {
    fields: ['name', 'kind', 'description', 'ownerId'],
    invalidate: [['systems']],
  });
export const useUpdateSystem = () =>
  useApiMutation(
    ({ id, ...body }: Partial<SystemInput> & { id: string }) =>
      call(scopeRoutes.updateSystem, { params: { systemId: id }, body }),
    { invalidate: [['systems']] },
  );
export const useDeleteSystem = () =>
  useApiMutation((systemId: string) => call(scopeRoutes.deleteSystem, { params: { systemId } }), {
    success: 'System removed',
    invalidate: [['systems']],
  });

export const useEngagements = () =>
  useQuery({ queryKey: ['engagements'], queryFn: () => call(engagementRoutes.list) });
export const useCreateEngagement = () =>
  useApiMutation((body: EngagementInput) => call(engagementRoutes.create, { body }), {
    fields: ['name', 'reportType', 'asOfDate', 'windowStart', 'windowEnd', 'auditFirm'],
    invalidate: [['engagements'], ['dashboard']],
  });

export const useUpdateEngagement = (engagementId: string) =>
  useApiMutation(
    (body: EngagementUpdate) => call(engagementRoutes.update, { params: { engagementId }, body }),
    {
      fields: ['name', 'status', 'auditFirm', 'asOfDate', 'windowStart', 'windowEnd'],
      success: 'Engagement saved',
      invalidate: [['engagements'], ['dashboard'], ['monitoring', 'effectiveness']],
    },
  );

export const useAdoptControls = () =>
  useApiMutation(() => call(controlRoutes.adopt), {
    invalidate: [['controls'], ['dashboard'], ['criteria']],
  });

export const useControls = (query: ControlsQuery) =>
  useQuery({
    queryKey: ['controls', 'list', query],
    queryFn: () => call(controlRoutes.list, { query }),
    placeholderData: (previous) => previous,
  });
export const useControl = (controlId: string) =>
  useQuery({
    queryKey: ['controls', 'one', controlId],
    queryFn: () => call(controlRoutes.get, { params: { controlId } }),
  });
export const useControlVersions = (controlId: string) =>
  useQuery({
    queryKey: ['controls', 'one', controlId, 'versions'],
    queryFn: () => call(controlRoutes.versions, { params: { controlId } }),
  });
export const useUpdateControl = (controlId: string) =>
  useApiMutation((body: ControlUpdate) => call(controlRoutes.update, { params: { controlId }, body }), {
    fields: ['ownerId', 'status', 'frequency', 'applicable', 'naJustification', 'notes', 'criteria'],
    success: 'Control saved',
    invalidate: [['controls'], ['dashboard'], ['criteria'], ['audit']],
  });
