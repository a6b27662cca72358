/** TanStack Query hooks for readiness: the assessment now, its snapshots, and taking one. */
import { useQuery } from '@tanstack/react-query';
import { readinessRoutes } from '@vigil/api';
import { call } from './client.ts';
import { useApiMutation } from './hooks.ts';

export const useReadiness = () =>
  useQuery({ queryKey: ['readiness', 'current'], queryFn: () => call(readinessRoutes.current) });

export const useReadinessSnapshots = () =>
  useQuery({ queryKey: ['readiness', 'snapshots'], queryFn: () => call(readinessRoutes.snapshots) });

export const useTakeReadiness = () =>
  useApiMutation(() => call(readinessRoutes.take, { body: {} }), {
    fields: [],
    success: 'Readiness assessment taken',
    invalidate: [['readiness'], ['audit']],
  });
