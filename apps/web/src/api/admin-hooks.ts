/** TanStack Query hooks for people, invitations, API tokens and the audit trail. */
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type AuditFilter, auditTrailRoutes } from '@vigil/api';
import { api, call, setCsrfToken } from './client.ts';
import { sessionQuery, useApiMutation } from './hooks.ts';
import type {
  ApiToken,
  ApiTokenCreated,
  AuditFilters,
  Invitation,
  InvitationCreated,
  InvitationInput,
  InvitationLookup,
  Items,
  Role,
  Session,
  SsoInput,
  SsoSettings,
  User,
} from './types.ts';

export const useSso = (enabled = true) =>
  useQuery({ queryKey: ['sso'], queryFn: () => api<SsoSettings>('/api/sso'), enabled });
export const useSaveSso = () =>
  useApiMutation((body: SsoInput) => api<SsoSettings>('/api/sso', { method: 'PUT', body }), {
    fields: ['issuer', 'clientId', 'clientSecret', 'defaultRole', 'autoProvision'],
    success: 'Single sign-on saved',
    invalidate: [['sso']],
  });
export const useRemoveSso = () =>
  useApiMutation(() => api('/api/sso', { method: 'DELETE' }), {
    success: 'Single sign-on turned off',
    invalidate: [['sso']],
  });

/** Creates an organization owned by the signed-in user; the caller then switches to it. */
export const useCreateOrganization = () =>
  useApiMutation(
    (body: { name: string }) =>
      api<{ id: string; name: string; slug: string }>('/api/organizations', { method: 'POST', body }),
    { fields: ['name'] },
  );

export const useUsers = (enabled = true) =>
  useQuery({ queryKey: ['users'], queryFn: () => api<Items<User>>('/api/users'), enabled });
export const useChangeRole = () =>
  useApiMutation(
    ({ userId, role }: { userId: string; role: Role }) =>
      api<User>(`/api/users/${userId}`, { method: 'PATCH', body: { role } }),
    { success: 'Role changed', invalidate: [['users']] },
  );
export const useRemoveUser = () =>
  useApiMutation((userId: string) => api(`/api/users/${userId}`, { method: 'DELETE' }), {
    success: 'Member removed',
    invalidate: [['users']],
  });

export const useInvitations = () =>
  useQuery({ queryKey: ['invitations'], queryFn: () => api<Items<Invitation>>('/api/invitations') });
export const useCreateInvitation = () =>
  useApiMutation(
    (body: InvitationInput) => api<InvitationCreated>('/api/invitations', { method: 'POST', body }),
    { fields: ['email', 'role', 'engagementId', 'accessExpiresAt'], invalidate: [['invitations']] },
  );
export const useRevokeInvitation = () =>
  useApiMutation((id: string) => api(`/api/invitations/${id}`, { method: 'DELETE' }), {
    success: 'Invitation revoked',
    invalidate: [['invitations']],
  });

export const useInvitationLookup = (token: string) =>
  useQuery({
    queryKey: ['invitation-lookup', token],
    queryFn: () => api<InvitationLookup>('/api/invitations/lookup', { query: { token } }),
    enabled: token.length > 0,
    retry: false,
  });

/** Accepting signs the invitee in: the answer is their new session. */
export function useAcceptInvitation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { token: string; name?: string; password: string }) =>
      api<Session>('/api/invitations/accept', { method: 'POST', body }),
    meta: { fields: ['name', 'password'], inline: true },
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
      qc.setQueryData(sessionQuery.queryKey, session);
    },
  });
}

export const useTokens = () =>
  useQuery({ queryKey: ['tokens'], queryFn: () => api<Items<ApiToken>>('/api/tokens') });
export const useCreateToken = () =>
  useApiMutation(
    (body: { name: string; scope: 'read' | 'write'; expiresInDays: number | null }) =>
      api<ApiTokenCreated>('/api/tokens', { method: 'POST', body }),
    { fields: ['name', 'scope', 'expiresInDays'], invalidate: [['tokens']] },
  );
export const useRevokeToken = () =>
  useApiMutation((id: string) => api(`/api/tokens/${id}`, { method: 'DELETE' }), {
    success: 'Token revoked',
    invalidate: [['tokens']],
  });

const AUDIT_PAGE = 50;

/** The filters as the API takes them: calendar dates become the start and end of that local day. */
export function auditQuery(f: AuditFilters): AuditFilter {
  const at = (date: string | undefined, time: string) => {
    if (!date) return undefined;
    const d = new Date(`${date}T${time}`);
    return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
  };
  return { ...f, from: at(f.from, '00:00:00'), to: at(f.to, '23:59:59.999') };
}

/** The audit trail, newest first, one page at a time ("older" loads the next page). */
export const useAuditEvents = (filters: AuditFilters) =>
  useInfiniteQuery({
    queryKey: ['audit', 'events', filters],
    queryFn: ({ pageParam }) =>
      call(auditTrailRoutes.list, {
        query: { ...auditQuery(filters), limit: AUDIT_PAGE, before: pageParam },
      }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });

export const useVerifyChain = () =>
  useMutation({
    mutationFn: () => call(auditTrailRoutes.verify),
  });
