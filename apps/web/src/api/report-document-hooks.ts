/** TanStack Query hooks for an engagement's system description and bridge letter. */
import { useQuery } from '@tanstack/react-query';
import { type ReportDocumentSlug, reportDocumentRoutes } from '@vigil/api';
import { call } from './client.ts';
import { useApiMutation } from './hooks.ts';

const key = (engagementId: string, document: ReportDocumentSlug) => [
  'report-documents',
  engagementId,
  document,
];

export const useReportDocument = (engagementId: string, document: ReportDocumentSlug) =>
  useQuery({
    queryKey: key(engagementId, document),
    queryFn: () => call(reportDocumentRoutes.get, { params: { engagementId, document } }),
  });

export const useDraftReportDocument = (engagementId: string, document: ReportDocumentSlug) =>
  useApiMutation(() => call(reportDocumentRoutes.generate, { params: { engagementId, document } }), {
    success: 'New draft made from Vigil data',
    invalidate: [key(engagementId, document)],
  });

export const useEditReportSection = (engagementId: string, document: ReportDocumentSlug) =>
  useApiMutation(
    (v: { version: number; section: string; body: string; confirm?: boolean }) =>
      call(reportDocumentRoutes.editSection, {
        params: { engagementId, document, version: v.version, section: v.section },
        body: { body: v.body },
      }),
    { fields: ['body'], success: 'Section saved', invalidate: [key(engagementId, document)] },
  );

export const useApproveReportDocument = (engagementId: string, document: ReportDocumentSlug) =>
  useApiMutation(
    (version: number) => call(reportDocumentRoutes.approve, { params: { engagementId, document, version } }),
    { success: 'Version approved', invalidate: [key(engagementId, document)] },
  );
