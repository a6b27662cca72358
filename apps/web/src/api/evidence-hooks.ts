/** TanStack Query hooks for the evidence library: search, one item, verify, upload, a control's evidence. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  EVIDENCE_UPLOAD_FIELDS,
  type EvidenceFilters,
  evidenceRoutes,
  type UploadedEvidence,
  urlOf,
} from '@vigil/api';
import { call } from './client.ts';
import { formDataOf, type UploadPhase, uploadForm } from './upload.ts';

export const useEvidenceList = (query: EvidenceFilters) =>
  useQuery({
    queryKey: ['evidence', 'list', query],
    queryFn: () => call(evidenceRoutes.list, { query }),
    placeholderData: (previous) => previous,
  });

export const useEvidenceItem = (evidenceId: string | undefined) =>
  useQuery({
    queryKey: ['evidence', 'one', evidenceId],
    queryFn: () => call(evidenceRoutes.get, { params: { evidenceId: evidenceId! } }),
    enabled: !!evidenceId,
  });

export const useControlEvidence = (controlId: string) =>
  useQuery({
    queryKey: ['evidence', 'control', controlId],
    queryFn: () => call(evidenceRoutes.forControl, { params: { controlId } }),
  });

/** Re-hashes the stored file and checks its audit-chain entry; a result per item, kept until asked again. */
export const useVerifyEvidence = () =>
  useMutation({
    mutationFn: (evidenceId: string) => call(evidenceRoutes.verify, { params: { evidenceId } }),
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

export const EVIDENCE_FIELDS = EVIDENCE_UPLOAD_FIELDS;

export function useUploadEvidence() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ onProgress, ...fields }: EvidenceUpload & { onProgress: (p: UploadPhase) => void }) =>
      uploadForm<UploadedEvidence>(urlOf(evidenceRoutes.upload), formDataOf({ ...fields }), onProgress),
    meta: { fields: [...EVIDENCE_UPLOAD_FIELDS, 'body'], success: 'Evidence recorded' },
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: ['evidence'] }),
        qc.invalidateQueries({ queryKey: ['monitoring', 'control'] }),
      ]),
  });
}
