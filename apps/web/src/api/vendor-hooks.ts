/** TanStack Query hooks for the vendor register: vendors, subservice section, reviews and reports. */
import { useQuery } from '@tanstack/react-query';
import {
  vendorRoutes as routes,
  type VendorDetail,
  type VendorInput,
  type VendorReviewUpdate,
  type VendorSubservice,
} from '@vigil/api';
import { call } from './client.ts';
import { useApiMutation } from './hooks.ts';
import { type FormValue, formDataOf, uploadForm } from './upload.ts';

export const useVendors = () => useQuery({ queryKey: ['vendors'], queryFn: () => call(routes.list) });

export const useVendor = (vendorId: string) =>
  useQuery({ queryKey: ['vendors', vendorId], queryFn: () => call(routes.get, { params: { vendorId } }) });

const VENDOR_FIELDS = [
  'name',
  'services',
  'dataAccess',
  'businessImpact',
  'tierOverride',
  'tierOverrideReason',
  'ownerUserId',
  'status',
  'contractStart',
  'contractEnd',
  'dpaSignedOn',
  'parentId',
];

export const useCreateVendor = () =>
  useApiMutation((body: VendorInput) => call(routes.create, { body }), {
    fields: VENDOR_FIELDS,
    success: 'Vendor added',
    invalidate: [['vendors']],
  });

export const useUpdateVendor = (vendorId: string) =>
  useApiMutation((body: VendorInput) => call(routes.update, { params: { vendorId }, body }), {
    fields: VENDOR_FIELDS,
    success: 'Vendor saved',
    invalidate: [['vendors']],
  });

export const useSetSubservice = (vendorId: string) =>
  useApiMutation((body: VendorSubservice) => call(routes.setSubservice, { params: { vendorId }, body }), {
    fields: ['subserviceMethod', 'csocs', 'cuecs'],
    success: 'Subservice organization saved',
    invalidate: [['vendors']],
  });

export const useScheduleReview = (vendorId: string) =>
  useApiMutation(() => call(routes.createReview, { params: { vendorId }, body: {} }), {
    success: 'Review scheduled',
    invalidate: [['vendors']],
  });

export const useUpdateReview = (vendorId: string) =>
  useApiMutation(
    ({ reviewId, ...body }: VendorReviewUpdate & { reviewId: string }) =>
      call(routes.updateReview, { params: { vendorId, reviewId }, body }),
    {
      fields: ['conclusion', 'residualRisk', 'notes', 'reviewerUserId'],
      success: 'Review saved',
      invalidate: [['vendors']],
    },
  );

export const useUploadVendorReport = (vendorId: string) =>
  useApiMutation(
    (fields: Record<string, FormValue>) =>
      uploadForm<VendorDetail>(routes.uploadReport.path.replace(':vendorId', vendorId), formDataOf(fields)),
    {
      fields: [
        'kind',
        'periodStart',
        'periodEnd',
        'issuedOn',
        'auditor',
        'opinion',
        'exceptions',
        'assessment',
        'file',
      ],
      success: 'Report added',
      invalidate: [['vendors']],
    },
  );
