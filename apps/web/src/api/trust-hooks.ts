/** TanStack Query hooks for the trust page: settings, SOC 3, NDA, documents, requests and the access log. */
import { useQuery } from '@tanstack/react-query';
import { type TrustSettings, trustRoutes } from '@vigil/api';
import type { TrustDocumentKind, TrustVisibility } from '@vigil/core/trust-page';
import { call } from './client.ts';
import { useApiMutation } from './hooks.ts';

const invalidate = [['trust']];

export const useTrustSettings = () =>
  useQuery({ queryKey: ['trust', 'settings'], queryFn: () => call(trustRoutes.settings) });
export const useTrustNda = () =>
  useQuery({ queryKey: ['trust', 'nda'], queryFn: () => call(trustRoutes.nda) });
export const useTrustDocuments = () =>
  useQuery({ queryKey: ['trust', 'documents'], queryFn: () => call(trustRoutes.documents) });
export const useTrustRequests = () =>
  useQuery({ queryKey: ['trust', 'requests'], queryFn: () => call(trustRoutes.requests) });
export const useTrustAccessLog = () =>
  useQuery({ queryKey: ['trust', 'log'], queryFn: () => call(trustRoutes.accessLog) });

export type TrustSettingsBody = Pick<
  TrustSettings,
  'enabled' | 'slug' | 'overview' | 'autoApproveDomains' | 'grantDays'
> & {
  practices: { controlId: string; summary: string }[];
};

export const useSaveTrustSettings = () =>
  useApiMutation((body: TrustSettingsBody) => call(trustRoutes.saveSettings, { body }), {
    fields: ['enabled', 'slug', 'overview', 'autoApproveDomains', 'practices', 'grantDays'],
    success: 'Trust page settings saved',
    invalidate,
  });

export const usePublishSoc3 = () =>
  useApiMutation((summary: string | null) => call(trustRoutes.publishSoc3, { body: { summary } }), {
    fields: ['summary'],
    success: 'SOC 3 summary saved',
    invalidate,
  });

export const usePublishNda = () =>
  useApiMutation((text: string) => call(trustRoutes.publishNda, { body: { text } }), {
    fields: ['text'],
    success: 'New NDA version published',
    invalidate,
  });

/** A file's bytes as base64, read in the browser. */
export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export const useAddTrustDocument = () =>
  useApiMutation(
    async (v: { title: string; kind: TrustDocumentKind; visibility: TrustVisibility; file: File }) =>
      call(trustRoutes.addDocument, {
        body: {
          title: v.title,
          kind: v.kind,
          visibility: v.visibility,
          fileName: v.file.name,
          mediaType: v.file.type || undefined,
          contentBase64: await fileToBase64(v.file),
        },
      }),
    {
      fields: ['title', 'kind', 'visibility', 'fileName', 'contentBase64'],
      success: 'Document added',
      invalidate,
    },
  );

export const useAddTrustVersion = () =>
  useApiMutation(
    async (v: { trustDocumentId: string; file: File }) =>
      call(trustRoutes.addVersion, {
        params: { trustDocumentId: v.trustDocumentId },
        body: {
          fileName: v.file.name,
          mediaType: v.file.type || undefined,
          contentBase64: await fileToBase64(v.file),
        },
      }),
    { success: 'New version uploaded', invalidate },
  );

export const useUpdateTrustDocument = () =>
  useApiMutation(
    (v: { trustDocumentId: string; visibility: TrustVisibility }) =>
      call(trustRoutes.updateDocument, {
        params: { trustDocumentId: v.trustDocumentId },
        body: { visibility: v.visibility },
      }),
    { success: 'Visibility changed', invalidate },
  );

export const useApproveTrustRequest = () =>
  useApiMutation((trustRequestId: string) => call(trustRoutes.approve, { params: { trustRequestId } }), {
    success: 'Approved; the link was emailed',
    invalidate,
  });
export const useRejectTrustRequest = () =>
  useApiMutation((trustRequestId: string) => call(trustRoutes.reject, { params: { trustRequestId } }), {
    success: 'Request declined',
    invalidate,
  });
export const useRevokeTrustGrant = () =>
  useApiMutation((trustGrantId: string) => call(trustRoutes.revoke, { params: { trustGrantId } }), {
    success: 'Access revoked',
    invalidate,
  });
