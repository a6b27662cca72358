/** TanStack Query hooks for internal audits: the list, one audit, and every write on it. */
import { useQuery } from '@tanstack/react-query';
import {
  type AuditFindingCreateSchema,
  type AuditFindingUpdateSchema,
  type AuditResultInputSchema,
  type InternalAuditCreateSchema,
  internalAuditRoutes,
} from '@vigil/api';
import type { z } from 'zod';
import { call } from './client.ts';
import { useApiMutation } from './hooks.ts';

const invalidate = [['internal-audits'], ['tasks']];

export const useInternalAudits = (enabled = true) =>
  useQuery({
    queryKey: ['internal-audits', 'list'],
    queryFn: () => call(internalAuditRoutes.list),
    enabled,
  });

export const useInternalAudit = (internalAuditId: string) =>
  useQuery({
    queryKey: ['internal-audits', 'one', internalAuditId],
    queryFn: () => call(internalAuditRoutes.get, { params: { internalAuditId } }),
  });

export const usePlanInternalAudit = () =>
  useApiMutation(
    (body: z.input<typeof InternalAuditCreateSchema>) => call(internalAuditRoutes.create, { body }),
    {
      fields: ['title', 'auditorId', 'plannedDate', 'periodStart', 'periodEnd', 'controlIds'],
      success: 'Internal audit planned',
      invalidate,
    },
  );

export const useRecordAuditResult = (internalAuditId: string) =>
  useApiMutation(
    (v: { controlId: string; body: z.input<typeof AuditResultInputSchema> }) =>
      call(internalAuditRoutes.recordResult, {
        params: { internalAuditId, controlId: v.controlId },
        body: v.body,
      }),
    { fields: ['result', 'notes', 'evidenceIds'], success: 'Result recorded', invalidate },
  );

export const useAddAuditFinding = (internalAuditId: string) =>
  useApiMutation(
    (body: z.input<typeof AuditFindingCreateSchema>) =>
      call(internalAuditRoutes.addFinding, { params: { internalAuditId }, body }),
    {
      fields: ['description', 'controlId', 'ownerId', 'dueDate', 'remediation'],
      success: 'Finding added',
      invalidate,
    },
  );

export const useUpdateAuditFinding = (internalAuditId: string) =>
  useApiMutation(
    (v: { auditFindingId: string; body: z.input<typeof AuditFindingUpdateSchema> }) =>
      call(internalAuditRoutes.updateFinding, {
        params: { internalAuditId, auditFindingId: v.auditFindingId },
        body: v.body,
      }),
    { success: 'Finding updated', invalidate },
  );

export const useCompleteInternalAudit = (internalAuditId: string) =>
  useApiMutation(
    (body: { summary?: string }) => call(internalAuditRoutes.complete, { params: { internalAuditId }, body }),
    { success: 'Internal audit completed; the next one is planned', invalidate },
  );
