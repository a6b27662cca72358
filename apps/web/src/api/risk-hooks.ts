/** TanStack Query hooks for the risk register: the register, the library, edits, acceptance and assessments. */
import { useQuery } from '@tanstack/react-query';
import {
  type RiskAccept,
  type RiskCreate,
  type RiskMatrixUpdate,
  type RiskUpdate,
  riskRoutes,
} from '@vigil/api';
import { call } from './client.ts';
import { useApiMutation } from './hooks.ts';

export const useRiskRegister = () =>
  useQuery({ queryKey: ['risks', 'register'], queryFn: () => call(riskRoutes.list) });
export const useRiskLibrary = () =>
  useQuery({ queryKey: ['risks', 'library'], queryFn: () => call(riskRoutes.library) });
export const useRiskAssessments = () =>
  useQuery({ queryKey: ['risks', 'assessments'], queryFn: () => call(riskRoutes.assessments) });
export const useRiskAssessment = (assessmentId: string | undefined) =>
  useQuery({
    queryKey: ['risks', 'assessment', assessmentId],
    queryFn: () => call(riskRoutes.assessment, { params: { assessmentId: assessmentId! } }),
    enabled: !!assessmentId,
  });
export const useReassessments = () =>
  useQuery({ queryKey: ['risks', 'reassessments'], queryFn: () => call(riskRoutes.reassessments) });

export const useCreateRisk = () =>
  useApiMutation((body: RiskCreate) => call(riskRoutes.create, { body }), {
    fields: [
      'templateId',
      'title',
      'description',
      'category',
      'components',
      'ownerId',
      'inherentLikelihood',
      'inherentImpact',
      'currentLikelihood',
      'currentImpact',
      'targetLikelihood',
      'targetImpact',
      'treatment',
    ],
    success: 'Risk added',
    invalidate: [['risks']],
  });

export const useUpdateRisk = () =>
  useApiMutation(
    ({ riskId, ...body }: RiskUpdate & { riskId: string }) =>
      call(riskRoutes.update, { params: { riskId }, body }),
    {
      fields: [
        'title',
        'description',
        'category',
        'components',
        'ownerId',
        'inherentLikelihood',
        'inherentImpact',
        'currentLikelihood',
        'currentImpact',
        'targetLikelihood',
        'targetImpact',
        'treatment',
        'status',
        'controlIds',
        'evidenceIds',
      ],
      success: 'Risk saved',
      invalidate: [['risks']],
    },
  );

export const useAcceptRisk = () =>
  useApiMutation(
    ({ riskId, ...body }: RiskAccept & { riskId: string }) =>
      call(riskRoutes.accept, { params: { riskId }, body }),
    {
      fields: ['justification', 'expiresOn', 'approverId'],
      success: 'Risk accepted',
      invalidate: [['risks']],
    },
  );

export const useTakeAssessment = () =>
  useApiMutation(() => call(riskRoutes.takeAssessment, { body: {} }), {
    fields: ['risks'],
    success: 'Assessment taken; it waits for approval',
    invalidate: [['risks']],
  });

export const useApproveAssessment = () =>
  useApiMutation((assessmentId: string) => call(riskRoutes.approveAssessment, { params: { assessmentId } }), {
    success: 'Assessment approved',
    invalidate: [['risks']],
  });

export const useSetRiskMatrix = () =>
  useApiMutation((body: RiskMatrixUpdate) => call(riskRoutes.setMatrix, { body }), {
    fields: ['matrix', 'preset', 'likelihood', 'impact', 'levels', 'grid'],
    success: 'Risk matrix changed',
    invalidate: [['risks']],
  });
