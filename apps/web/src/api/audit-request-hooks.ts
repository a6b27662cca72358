/** TanStack Query hooks for an engagement's audit requests: the workspace, the list, one request, the loop. */
import { useQuery } from '@tanstack/react-query';
import { type AuditRequestImport, engagementRoutes, auditRequestRoutes as routes } from '@vigil/api';
import type { AuditRequestStatus } from '@vigil/core/audit-requests';
import { call } from './client.ts';
import { useApiMutation } from './hooks.ts';

const invalidate = [['audit-requests'], ['dashboard']];

export const useEngagement = (engagementId: string) =>
  useQuery({
    queryKey: ['engagements', 'one', engagementId],
    queryFn: () => call(engagementRoutes.get, { params: { engagementId } }),
  });

export const useAuditWorkspace = (engagementId: string) =>
  useQuery({
    queryKey: ['audit-requests', 'workspace', engagementId],
    queryFn: () => call(routes.workspace, { params: { engagementId } }),
  });

export interface RequestFilters {
  status?: AuditRequestStatus;
  assigneeId?: string;
  overdue?: 'true';
}

export const useAuditRequests = (engagementId: string, query: RequestFilters) =>
  useQuery({
    queryKey: ['audit-requests', 'list', engagementId, query],
    queryFn: () => call(routes.list, { params: { engagementId }, query }),
  });

export const useAuditRequest = (engagementId: string, auditRequestId: string | null) =>
  useQuery({
    queryKey: ['audit-requests', 'one', engagementId, auditRequestId],
    queryFn: () => call(routes.get, { params: { engagementId, auditRequestId: auditRequestId! } }),
    enabled: !!auditRequestId,
  });

export const useImportRequests = (engagementId: string) =>
  useApiMutation((body: AuditRequestImport) => call(routes.import, { params: { engagementId }, body }), {
    fields: ['file', 'fileName', 'content', 'columns'],
    success: 'Request list imported',
    invalidate,
  });

export const useGenerateRequests = (engagementId: string) =>
  useApiMutation(() => call(routes.generate, { params: { engagementId } }), {
    success: 'Requests opened for the controls',
    invalidate,
  });

/** Every write on one request, each refreshing the list and the workspace. */
export function useRequestActions(engagementId: string, auditRequestId: string) {
  const params = { engagementId, auditRequestId };
  return {
    submit: useApiMutation(() => call(routes.submit, { params }), {
      success: 'Sent to the auditor',
      invalidate,
    }),
    accept: useApiMutation(() => call(routes.accept, { params }), {
      success: 'Request accepted',
      invalidate,
    }),
    flag: useApiMutation((reason: string) => call(routes.flag, { params, body: { reason } }), {
      fields: ['reason'],
      success: 'Request sent back to the company',
      invalidate,
    }),
    comment: useApiMutation((body: string) => call(routes.comment, { params, body: { body } }), {
      fields: ['body'],
      success: 'Comment added',
      invalidate,
    }),
    link: useApiMutation(
      (evidenceId: string) => call(routes.linkEvidence, { params, body: { evidenceId } }),
      {
        fields: ['evidenceId'],
        success: 'Evidence added to the request',
        invalidate,
      },
    ),
    update: useApiMutation(
      (body: { assigneeId?: string | null; dueDate?: string | null }) =>
        call(routes.update, { params, body }),
      { fields: ['assigneeId', 'dueDate'], success: 'Request updated', invalidate },
    ),
  };
}
