/** TanStack Query hooks for people, invitations, API tokens and the audit trail. */
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type ApiTokenCreate,
  type AuditFilter,
  auditTrailRoutes,
  authRoutes,
  type InvitationAccept,
  type InvitationCreate,
  invitationRoutes,
  type Role,
  type SsoUpdate,
  ssoRoutes,
  tokenRoutes,
  userRoutes,
} from '@vigil/api';
import { call, setCsrfToken } from './client.ts';
import { sessionQuery, useApiMutation } from './hooks.ts';

export const useSso = (enabled = true) =>
  useQuery({ queryKey: ['sso'], queryFn: () => call(ssoRoutes.get), enabled });
export const useSaveSso = () =>
  useApiMutation((body: SsoUpdate) => call(ssoRoutes.update, { body }), {
    fields: ['issuer', 'clientId', 'clientSecret', 'defaultRole', 'autoProvision'],
    success: 'Single sign-on saved',
    invalidate: [['sso']],
  });
export const useRemoveSso = () =>
  useApiMutation(() => call(ssoRoutes.remove), {
    success: 'Single sign-on turned off',
    invalidate: [['sso']],
  });

/** Creates an organization owned by the signed-in user; the caller then switches to it. */
export const useCreateOrganization = () =>
  useApiMutation((body: { name: string }) => call(authRoutes.createOrganization, { body }), {
    fields: ['name'],
  });

export const useUsers = (enabled = true) =>
  useQuery({ queryKey: ['users'], queryFn: () => call(userRoutes.list), enabled });
export const useChangeRole = () =>
  useApiMutation(
    ({ userId, role }: { userId: string; role: Role }) =>
      call(userRoutes.update, { params: { userId }, body: { role } }),
    { success: 'Role changed', invalidate: [['users']] },
  );
export const useRemoveUser = () =>
  useApiMutation((userId: string) => call(userRoutes.remove, { params: { userId } }), {
    success: 'Member removed',
    invalidate: [['users']],
  });

export const useInvitations = () =>
  useQuery({ queryKey: ['invitations'], queryFn: () => call(invitationRoutes.list) });
export const useCreateInvitation = () =>
  useApiMutation((body: InvitationCreate) => call(invitationRoutes.create, { body }), {
    fields: ['email', 'role', 'engagementId', 'accessExpiresAt'],
    invalidate: [['invitations']],
  });
export const useRevokeInvitation = () =>
  useApiMutation((invitationId: string) => call(invitationRoutes.revoke, { params: { invitationId } }), {
    success: 'Invitation revoked',
    invalidate: [['invitations']],
  });

export const useInvitationLookup = (token: string) =>
  useQuery({
    queryKey: ['invitation-lookup', token],
    queryFn: () => call(invitationRoutes.lookup, { query: { token } }),
    enabled: token.length > 0,
    retry: false,
  });

/** Accepting signs the invitee in: the answer is their new session. */
export function useAcceptInvitation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: InvitationAccept) => call(invitationRoutes.accept, { body }),
    meta: { fields: ['name', 'password'], inline: true },
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
      qc.setQueryData(sessionQuery.queryKey, session);
    },
  });
}

export const useTokens = () => useQuery({ queryKey: ['tokens'], queryFn: () => call(tokenRoutes.list) });
export const useCreateToken = () =>
  useApiMutation((body: ApiTokenCreate) => call(tokenRoutes.create, { body }), {
    fields: ['name', 'scope', 'expiresInDays'],
    invalidate: [['tokens']],
  });
export const useRevokeToken = () =>
  useApiMutation((tokenId: string) => call(tokenRoutes.revoke, { params: { tokenId } }), {
    success: 'Token revoked',
    invalidate: [['tokens']],
  });

const AUDIT_PAGE = 50;

/** Audit trail filters as the page holds them; `from`/`to` are calendar dates (YYYY-MM-DD). */
export interface AuditFilters {
  action?: string;
  entityType?: string;
  actor?: string;
  from?: string;
  to?: string;
}

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

/** Everyone who appears in the trail, to filter by. */
export const useAuditActors = () =>
  useQuery({ queryKey: ['audit', 'actors'], queryFn: () => call(auditTrailRoutes.actors) });

export const useVerifyChain = () =>
  useMutation({
    mutationFn: () => call(auditTrailRoutes.verify),
  });
