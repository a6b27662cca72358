/** TanStack Query hooks for the evidence library: search, one item, verify, upload, a control's evidence. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import type {
  ControlEvidence,
  EvidenceDetail,
  EvidenceFilters,
  EvidenceVerification,
  EvidenceView,
} from './monitoring-types.ts';
import type { Page } from './types.ts';
import { formDataOf, type UploadPhase, uploadForm } from './upload.ts';

export const useEvidenceList = (filters: EvidenceFilters) =>
  useQuery({
    queryKey: ['evidence', 'list', filters],
    queryFn: () => api<Page<EvidenceView>>('/api/evidence', { query: { ...filters } }),
    placeholderData: (previous) => previous,
  });

export const useEvidenceItem = (id: string | undefined) =>
  useQuery({
    queryKey: ['evidence', 'one', id],
    queryFn: () => api<EvidenceDetail>(`/api/evidence/${id}`),
    enabled: !!id,
  });

export const useControlEvidence = (controlId: string) =>
  useQuery({
    queryKey: ['evidence', 'control', controlId],
    queryFn: () => api<ControlEvidence>(`/api/controls/${controlId}/evidence`),
  });

/** Re-hashes the stored file and checks its audit-chain entry; a result per item, kept until asked again. */
export const useVerifyEvidence = () =>
  useMutation({
    mutationFn: (id: string) => api<EvidenceVerification>(`/api/evidence/${id}/verify`),
  });

/** What the upload form sends; dates are YYYY-MM-DD, empty ones left out. */
export interface EvidenceUpload {
  file: File;
  title: string;
  description?: string;
  controlIds?: string[];
  periodStart?: string;
  periodEnd?: string;
  renewBy?: string;
  supersedesId?: string;
}

export const EVIDENCE_FIELDS = [
  'file',
  'title',
  'description',
  'controlIds',
  'periodStart',
  'periodEnd',
  'renewBy',
  'supersedesId',
] as const;

export function useUploadEvidence() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ onProgress, ...fields }: EvidenceUpload & { onProgress: (p: UploadPhase) => void }) =>
      uploadForm<EvidenceView & { deduped: boolean }>('/api/evidence', formDataOf({ ...fields }), onProgress),
    meta: { fields: [...EVIDENCE_FIELDS, 'body'], success: 'Evidence recorded' },
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: ['evidence'] }),
        qc.invalidateQueries({ queryKey: ['monitoring', 'control'] }),
      ]),
  });
}
