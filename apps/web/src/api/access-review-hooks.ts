/** TanStack Query hooks for access reviews: campaigns, sources, uploads, decisions, bulk keep, close. */
import { useQuery } from '@tanstack/react-query';
import {
  type CampaignCreate,
  type DecisionRequest,
  type ReviewUpload,
  accessReviewRoutes as routes,
} from '@vigil/api';
import { call } from './client.ts';
import { useApiMutation } from './hooks.ts';
import { formDataOf, uploadForm } from './upload.ts';

export const useCampaigns = () =>
  useQuery({ queryKey: ['access-reviews'], queryFn: () => call(routes.list) });

export const useReviewSources = (enabled = true) =>
  useQuery({ queryKey: ['access-reviews', 'sources'], queryFn: () => call(routes.sources), enabled });

export const useCampaign = (campaignId: string) =>
  useQuery({
    queryKey: ['access-reviews', campaignId],
    queryFn: () => call(routes.get, { params: { campaignId } }),
  });

export const useReviewAccounts = (campaignId: string) =>
  useQuery({
    queryKey: ['access-reviews', campaignId, 'accounts'],
    queryFn: () => call(routes.accounts, { params: { campaignId } }),
  });

export const useCreateCampaign = () =>
  useApiMutation((body: CampaignCreate) => call(routes.create, { body }), {
    fields: ['name', 'systems', 'dueDate', 'recurrence', 'reviewerMode', 'remediationDays'],
    success: 'Access review created',
    invalidate: [['access-reviews']],
  });

export const useUploadUserList = () =>
  useApiMutation(
    ({ systemName, file }: { systemName: string; file: File }) =>
      uploadForm<ReviewUpload>(routes.upload.path, formDataOf({ systemName, file })),
    {
      fields: ['systemName', 'file'],
      success: 'User list uploaded',
      invalidate: [['access-reviews', 'sources']],
    },
  );

export const useStartCampaign = () =>
  useApiMutation((campaignId: string) => call(routes.start, { params: { campaignId } }), {
    success: 'Snapshot taken: the review has started',
    invalidate: [['access-reviews']],
  });

export const useDecide = (campaignId: string) =>
  useApiMutation(
    ({ accountId, ...body }: DecisionRequest & { accountId: string }) =>
      call(routes.decide, { params: { campaignId, accountId }, body }),
    { fields: ['reason', 'decision'], invalidate: [['access-reviews', campaignId]] },
  );

export const useBulkKeep = (campaignId: string) =>
  useApiMutation(() => call(routes.bulkKeep, { params: { campaignId }, body: { confirm: true } }), {
    invalidate: [['access-reviews', campaignId]],
  });

export const useCloseCampaign = (campaignId: string) =>
  useApiMutation(() => call(routes.close, { params: { campaignId } }), {
    success: 'Access review closed; its report is kept as evidence',
    invalidate: [['access-reviews']],
  });
