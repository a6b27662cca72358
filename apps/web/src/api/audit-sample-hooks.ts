/** TanStack Query hooks for an engagement's populations and samples, and every write on them. */
import { useQuery } from '@tanstack/react-query';
import {
  auditSampleRoutes,
  type DrawSampleSchema,
  type PopulationKind,
  type SampleResultInputSchema,
  type SampleSizeTableSchema,
  type UploadPopulationSchema,
} from '@vigil/api';
import type { z } from 'zod';
import { call } from './client.ts';
import { useApiMutation } from './hooks.ts';

const key = (engagementId: string) => ['audit-samples', engagementId];

export const usePopulations = (engagementId: string) =>
  useQuery({
    queryKey: [...key(engagementId), 'list'],
    queryFn: () => call(auditSampleRoutes.listPopulations, { params: { engagementId } }),
  });

export const useSampleSizePreview = (engagementId: string, populationId: string, controlId: string | null) =>
  useQuery({
    queryKey: [...key(engagementId), 'size', populationId, controlId],
    queryFn: () =>
      call(auditSampleRoutes.sizePreview, {
        params: { engagementId, populationId },
        query: { controlId: controlId! },
      }),
    enabled: !!controlId,
  });

export const useProducePopulation = (engagementId: string) =>
  useApiMutation(
    (kind: PopulationKind) => call(auditSampleRoutes.produce, { params: { engagementId }, body: { kind } }),
    { success: 'Population produced', invalidate: [key(engagementId)] },
  );

export const useUploadPopulation = (engagementId: string) =>
  useApiMutation(
    (body: z.input<typeof UploadPopulationSchema>) =>
      call(auditSampleRoutes.upload, { params: { engagementId }, body }),
    {
      fields: [
        'name',
        'source',
        'fileName',
        'text',
        'idColumn',
        'timeColumn',
        'file',
        'id',
        'occurredAt',
        'attributes',
      ],
      success: 'Population uploaded',
      invalidate: [key(engagementId)],
    },
  );

export const useDrawSample = (engagementId: string, populationId: string) =>
  useApiMutation(
    (body: z.input<typeof DrawSampleSchema>) =>
      call(auditSampleRoutes.draw, { params: { engagementId, populationId }, body }),
    {
      fields: ['controlId', 'override.size', 'override.reason'],
      success: 'Sample drawn',
      invalidate: [key(engagementId)],
    },
  );

export const useRecordSampleResult = (engagementId: string, sampleId: string) =>
  useApiMutation(
    (body: z.input<typeof SampleResultInputSchema>) =>
      call(auditSampleRoutes.recordResult, { params: { engagementId, sampleId }, body }),
    { fields: ['result', 'note'], success: 'Result recorded', invalidate: [key(engagementId)] },
  );

/** Fetched only when asked for: the server redraws the sample from its stored population and seed. */
export const useVerifySample = (engagementId: string, sampleId: string) =>
  useQuery({
    queryKey: [...key(engagementId), 'verify', sampleId],
    queryFn: () => call(auditSampleRoutes.verify, { params: { engagementId, sampleId } }),
    enabled: false,
  });

export const useSampleSizeTable = () =>
  useQuery({ queryKey: ['sample-sizes'], queryFn: () => call(auditSampleRoutes.getSizeTable) });

export const useSaveSampleSizeTable = () =>
  useApiMutation(
    (body: z.input<typeof SampleSizeTableSchema>) => call(auditSampleRoutes.putSizeTable, { body }),
    {
      fields: [
        ...['annual', 'quarterly', 'monthly', 'weekly', 'daily', 'several_times_a_day'].map(
          (f) => `byFrequency.${f}`,
        ),
        ...Array.from({ length: 20 }, (_, i) => `eventBands[${i}]`),
      ],
      success: 'Sample sizes saved',
      invalidate: [['sample-sizes'], ['audit-samples']],
    },
  );
