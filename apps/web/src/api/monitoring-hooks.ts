/** TanStack Query hooks for checks, runs, a control's monitoring status and engagement effectiveness. */

import { useQuery } from '@tanstack/react-query';
import {
  type CheckDetailQuery,
  type ChecksListQuery,
  effectivenessRoutes,
  monitoringRoutes,
  type RunsListQuery,
} from '@vigil/api';
import { call } from './client.ts';

export const useChecks = (query: ChecksListQuery) =>
  useQuery({
    queryKey: ['monitoring', 'checks', query],
    queryFn: () => call(monitoringRoutes.checks, { query }),
    placeholderData: (previous) => previous,
  });

export type CheckDetailPaging = Required<CheckDetailQuery>;

export const useCheckDetail = (checkId: string, paging: CheckDetailPaging) =>
  useQuery({
    queryKey: ['monitoring', 'checks', 'one', checkId, paging],
    queryFn: () => call(monitoringRoutes.check, { params: { checkId }, query: paging }),
    placeholderData: (previous) => previous,
  });

export const useControlMonitoring = (controlId: string) =>
  useQuery({
    queryKey: ['monitoring', 'control', controlId],
    queryFn: () => call(monitoringRoutes.control, { params: { controlId } }),
  });

/**
 * Recent collection runs, newest first. While one is running (or `live`, during an upload) the list
 * refreshes every second so its phase and counts move on screen.
 */
export const useRuns = (query: RunsListQuery = {}, live = false) =>
  useQuery({
    queryKey: ['monitoring', 'runs', query],
    queryFn: () => call(monitoringRoutes.runs, { query }),
    refetchInterval: (q) => (live || q.state.data?.items.some((r) => r.status === 'running') ? 1000 : false),
  });

export const useEffectiveness = (engagementId: string) =>
  useQuery({
    queryKey: ['monitoring', 'effectiveness', engagementId],
    queryFn: () => call(effectivenessRoutes.engagement, { params: { engagementId } }),
  });

/** Every control's monitoring status and the checks that test it (for filters and overviews). */
export const useControlStatuses = () =>
  useQuery({
    queryKey: ['monitoring', 'controls'],
    queryFn: () => call(monitoringRoutes.controls),
  });
