/**
 * TanStack Query hooks for the session, catalog, scope and controls. Each write names the form
 * fields it can show errors on (`meta.fields`); any other error becomes a notification.
 */
import { type QueryKey, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ControlsQuery, type ControlUpdate, controlRoutes } from '@vigil/api';
import { api, call, setCsrfToken } from './client.ts';
import type {
  Category,
  ComponentKindInfo,
  CriterionDetail,
  CriterionView,
  Dashboard,
  Engagement,
  EngagementInput,
  EngagementUpdate,
  Items,
  ReportKinds,
  Scope,
  Session,
  SetupState,
  System,
  SystemInput,
} from './types.ts';

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: { fields?: readonly string[]; success?: string; inline?: boolean };
  }
}

async function fetchSession() {
  const session = await api<Session>('/api/auth/session');
  setCsrfToken(session.csrfToken);
  return session;
}

export const sessionQuery = queryOptions({ queryKey: ['session'], queryFn: fetchSession, staleTime: 60_000 });
export const setupQuery = queryOptions({
  queryKey: ['setup'],
  queryFn: () => api<SetupState>('/api/setup'),
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
function useSessionMutation<V>(path: string, fields: readonly string[], inline = false) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: V) => api<Session>(path, { method: 'POST', body }),
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
  useSessionMutation<{ organizationName: string; name: string; email: string; password: string }>(
    '/api/setup',
    ['organizationName', 'name', 'email', 'password'],
  );
export const useLogin = () =>
  useSessionMutation<{ email: string; password: string }>('/api/auth/login', ['email', 'password'], true);
export const useSwitchOrg = () => useSessionMutation<{ orgId: string }>('/api/auth/switch-org', []);

export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api<{ ok: boolean }>('/api/auth/logout', { method: 'POST' }),
    onSettled: () => {
      setCsrfToken(null);
      qc.clear();
    },
  });
}

export const useDashboard = () =>
  useQuery({ queryKey: ['dashboard'], queryFn: () => api<Dashboard>('/api/dashboard') });

const forever = Number.POSITIVE_INFINITY;
export const useCategories = () =>
  useQuery({
    queryKey: ['catalog', 'categories'],
    queryFn: () => api<Items<Category>>('/api/catalog/categories'),
    staleTime: forever,
  });
export const useComponentKinds = () =>
  useQuery({
    queryKey: ['catalog', 'component-kinds'],
    queryFn: () => api<Items<ComponentKindInfo>>('/api/catalog/component-kinds'),
    staleTime: forever,
  });
export const useReportKinds = () =>
  useQuery({
    queryKey: ['catalog', 'report-kinds'],
    queryFn: () => api<ReportKinds>('/api/catalog/report-kinds'),
    staleTime: forever,
  });
export const useCriteria = () =>
  useQuery({ queryKey: ['criteria'], queryFn: () => api<Items<CriterionView>>('/api/catalog/criteria') });
export const useCriterion = (id: string) =>
  useQuery({
    queryKey: ['criteria', id],
    queryFn: () => api<CriterionDetail>(`/api/catalog/criteria/${encodeURIComponent(id)}`),
  });

export const useScope = () => useQuery({ queryKey: ['scope'], queryFn: () => api<Scope>('/api/scope') });
export const useSaveScope = () =>
  useApiMutation((body: Scope) => api<Scope>('/api/scope', { method: 'PUT', body }), {
    fields: ['categories'],
    invalidate: [['scope'], ['dashboard'], ['criteria']],
  });

export const useSystems = () =>
  useQuery({ queryKey: ['systems'], queryFn: () => api<Items<System>>('/api/systems') });
export const useCreateSystem = () =>
  useApiMutation((body: SystemInput) => api<System>('/api/systems', { method: 'POST', body }), {
    fields: ['name', 'kind', 'description', 'ownerId'],
    invalidate: [['systems']],
  });
export const useUpdateSystem = () =>
  useApiMutation(
    ({ id, ...body }: Partial<SystemInput> & { id: string }) =>
      api<System>(`/api/systems/${id}`, { method: 'PATCH', body }),
    { invalidate: [['systems']] },
  );
export const useDeleteSystem = () =>
  useApiMutation((id: string) => api(`/api/systems/${id}`, { method: 'DELETE' }), {
    success: 'System removed',
    invalidate: [['systems']],
  });

export const useEngagements = () =>
  useQuery({ queryKey: ['engagements'], queryFn: () => api<Items<Engagement>>('/api/engagements') });
export const useCreateEngagement = () =>
  useApiMutation((body: EngagementInput) => api<Engagement>('/api/engagements', { method: 'POST', body }), {
    fields: ['name', 'reportType', 'asOfDate', 'windowStart', 'windowEnd', 'auditFirm'],
    invalidate: [['engagements'], ['dashboard']],
  });

export const useUpdateEngagement = (id: string) =>
  useApiMutation(
    (body: EngagementUpdate) => api<Engagement>(`/api/engagements/${id}`, { method: 'PATCH', body }),
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
