/** TanStack Query hooks for testing inside an engagement: the controls' tests, the register, and every write. */
import { useQuery } from '@tanstack/react-query';
import {
  type AuditExceptionCreateSchema,
  type AuditExceptionUpdateSchema,
  auditTestingRoutes,
  type ControlTestInputSchema,
  type ManagementResponseSchema,
} from '@vigil/api';
import type { z } from 'zod';
import { call } from './client.ts';
import { useApiMutation } from './hooks.ts';

const invalidate = [['audit-testing']];

export const useEngagementTesting = (engagementId: string) =>
  useQuery({
    queryKey: ['audit-testing', engagementId, 'controls'],
    queryFn: () => call(auditTestingRoutes.get, { params: { engagementId } }),
  });

export const useExceptionsRegister = (
  engagementId: string,
  query: { status: 'all' | 'open' | 'remediated'; controlId?: string },
) =>
  useQuery({
    queryKey: ['audit-testing', engagementId, 'register', query],
    queryFn: () => call(auditTestingRoutes.exceptions, { params: { engagementId }, query }),
  });

export const useRecordControlTest = (engagementId: string) =>
  useApiMutation(
    (v: { controlId: string; body: z.input<typeof ControlTestInputSchema> }) =>
      call(auditTestingRoutes.recordTest, { params: { engagementId, controlId: v.controlId }, body: v.body }),
    { fields: ['attributes', 'procedure', 'conclusion'], success: 'Test recorded', invalidate },
  );

export const useRecordAuditException = (engagementId: string) =>
  useApiMutation(
    (body: z.input<typeof AuditExceptionCreateSchema>) =>
      call(auditTestingRoutes.recordException, { params: { engagementId }, body }),
    {
      fields: ['criterionId', 'sampleLabel', 'description', 'cause', 'conclusion'],
      success: 'Exception recorded',
      invalidate,
    },
  );

export const useUpdateAuditException = (engagementId: string) =>
  useApiMutation(
    (v: { auditExceptionId: string; body: z.input<typeof AuditExceptionUpdateSchema> }) =>
      call(auditTestingRoutes.updateException, {
        params: { engagementId, auditExceptionId: v.auditExceptionId },
        body: v.body,
      }),
    { fields: ['description', 'cause', 'conclusion'], success: 'Exception saved', invalidate },
  );

export const useManagementResponse = (engagementId: string) =>
  useApiMutation(
    (v: { auditExceptionId: string; body: z.input<typeof ManagementResponseSchema> }) =>
      call(auditTestingRoutes.respond, {
        params: { engagementId, auditExceptionId: v.auditExceptionId },
        body: v.body,
      }),
    {
      fields: ['managementResponse', 'remediationOwnerId', 'remediationDate', 'remediationStatus'],
      success: "Management's response saved",
      invalidate,
    },
  );
