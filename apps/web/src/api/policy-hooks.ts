/** TanStack Query hooks for policies: the list, one policy, its versions and diff, the matrix, and accepting. */
import { useQuery } from '@tanstack/react-query';
import {
  type PolicyCreate,
  type PolicyUpdate,
  type PolicyVersionCreate,
  type PolicyVersionUpdate,
  policyRoutes,
} from '@vigil/api';
import { call } from './client.ts';
import { useApiMutation } from './hooks.ts';

const all = ['policies'] as const;

export const usePolicies = () =>
  useQuery({ queryKey: [...all, 'list'], queryFn: () => call(policyRoutes.list) });

export const usePolicyTemplates = () =>
  useQuery({
    queryKey: [...all, 'templates'],
    queryFn: () => call(policyRoutes.templates),
    staleTime: Infinity,
  });

export const usePolicy = (policyId: string) =>
  useQuery({
    queryKey: [...all, 'one', policyId],
    queryFn: () => call(policyRoutes.get, { params: { policyId } }),
  });

export const usePolicyVersion = (policyId: string, versionId: string | null) =>
  useQuery({
    queryKey: [...all, 'version', versionId],
    queryFn: () => call(policyRoutes.version, { params: { policyId, versionId: versionId! } }),
    enabled: !!versionId,
  });

export const usePolicyDiff = (policyId: string, versionId: string | null) =>
  useQuery({
    queryKey: [...all, 'diff', versionId],
    queryFn: () => call(policyRoutes.diff, { params: { policyId, versionId: versionId! } }),
    enabled: !!versionId,
  });

export const useLiveOn = (policyId: string, on: string | null) =>
  useQuery({
    queryKey: [...all, 'live', policyId, on],
    queryFn: () => call(policyRoutes.live, { params: { policyId }, query: { on: on! } }),
    enabled: !!on,
  });

export const useAcceptanceMatrix = (policyId: string) =>
  useQuery({
    queryKey: [...all, 'matrix', policyId],
    queryFn: () => call(policyRoutes.matrix, { query: { policyId } }),
  });

export const useCreatePolicy = () =>
  useApiMutation((body: PolicyCreate) => call(policyRoutes.create, { body }), {
    fields: [
      'templateId',
      'title',
      'ownerId',
      'approverIds',
      'audience',
      'reviewCadenceMonths',
      'effectiveDate',
      'securityContact',
    ],
    success: 'Policy created',
    invalidate: [[...all]],
  });

export const useUpdatePolicy = (policyId: string) =>
  useApiMutation((body: PolicyUpdate) => call(policyRoutes.update, { params: { policyId }, body }), {
    fields: ['title', 'ownerId', 'approverIds', 'audience', 'reviewCadenceMonths'],
    success: 'Policy saved',
    invalidate: [[...all]],
  });

export const useNewVersion = (policyId: string) =>
  useApiMutation(
    (body: PolicyVersionCreate) => call(policyRoutes.newVersion, { params: { policyId }, body }),
    {
      fields: ['bump', 'changelog', 'content'],
      success: 'Draft started',
      invalidate: [[...all]],
    },
  );

export const useReviewPolicy = (policyId: string) =>
  useApiMutation(
    (note: string) => call(policyRoutes.review, { params: { policyId }, body: note ? { note } : {} }),
    {
      success: 'Review sent for approval',
      invalidate: [[...all]],
    },
  );

export const useEditDraft = (policyId: string) =>
  useApiMutation(
    ({ versionId, ...body }: PolicyVersionUpdate & { versionId: string }) =>
      call(policyRoutes.editVersion, { params: { policyId, versionId }, body }),
    { fields: ['content', 'changelog'], success: 'Draft saved', invalidate: [[...all]] },
  );

export const useSubmitVersion = (policyId: string) =>
  useApiMutation((versionId: string) => call(policyRoutes.submit, { params: { policyId, versionId } }), {
    success: 'Sent for approval',
    invalidate: [[...all]],
  });

export const useApproveVersion = (policyId: string) =>
  useApiMutation((versionId: string) => call(policyRoutes.approve, { params: { policyId, versionId } }), {
    success: 'Approved and published',
    invalidate: [[...all]],
  });

export const useRejectVersion = (policyId: string) =>
  useApiMutation(
    ({ versionId, reason }: { versionId: string; reason: string }) =>
      call(policyRoutes.reject, { params: { policyId, versionId }, body: { reason } }),
    { fields: ['reason'], success: 'Version rejected', invalidate: [[...all]] },
  );

export const useMyPolicies = () =>
  useQuery({ queryKey: ['my-policies'], queryFn: () => call(policyRoutes.mine) });

export const useMyPolicyVersion = (versionId: string) =>
  useQuery({
    queryKey: ['my-policies', versionId],
    queryFn: () => call(policyRoutes.myVersion, { params: { versionId } }),
  });

export const useAcceptPolicy = () =>
  useApiMutation((versionId: string) => call(policyRoutes.accept, { params: { versionId } }), {
    success: 'Thank you: your acceptance is recorded',
    invalidate: [['my-policies'], ['my-tasks']],
  });
