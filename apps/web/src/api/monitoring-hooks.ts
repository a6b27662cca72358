/** TanStack Query hooks for checks, runs, a control's monitoring status and engagement effectiveness. */
import { useQuery } from '@tanstack/react-query';
import { api } from './client.ts';
import type {
  CheckDetail,
  CheckSummary,
  ChecksListQuery,
  ControlMonitoring,
  ControlStatuses,
  EngagementEffectiveness,
  Run,
} from './monitoring-types.ts';
import type { Items } from './types.ts';

export const useChecks = (query: ChecksListQuery) =>
  useQuery({
    queryKey: ['monitoring', 'checks', query],
    queryFn: () =>
      api<{ items: CheckSummary[]; total: number }>('/api/monitoring/checks', { query: { ...query } }),
    placeholderData: (previous) => previous,
  });

export interface CheckDetailPaging {
  limit: number;
  offset: number;
  historyLimit: number;
  historyOffset: number;
}

export const useCheckDetail = (checkId: string, paging: CheckDetailPaging) =>
  useQuery({
    queryKey: ['monitoring', 'checks', 'one', checkId, paging],
    queryFn: () =>
      api<CheckDetail>(`/api/monitoring/checks/${encodeURIComponent(checkId)}`, { query: { ...paging } }),
    placeholderData: (previous) => previous,
  });

export const useControlMonitoring = (controlId: string) =>
  useQuery({
    queryKey: ['monitoring', 'control', controlId],
    queryFn: () => api<ControlMonitoring>(`/api/controls/${controlId}/monitoring`),
  });

/**
 * Recent collection runs, newest first. While one is running (or `live`, during an upload) the list
 * refreshes every second so its phase and counts move on screen.
 */
export const useRuns = (query: { connectorId?: string; limit?: number } = {}, live = false) =>
  useQuery({
    queryKey: ['monitoring', 'runs', query],
    queryFn: () => api<Items<Run>>('/api/monitoring/runs', { query: { ...query } }),
    refetchInterval: (q) => (live || q.state.data?.items.some((r) => r.status === 'running') ? 1000 : false),
  });

export const useEffectiveness = (engagementId: string) =>
  useQuery({
    queryKey: ['monitoring', 'effectiveness', engagementId],
    queryFn: () => api<EngagementEffectiveness>(`/api/engagements/${engagementId}/effectiveness`),
  });

/** Every control's monitoring status and the checks that test it (for filters and overviews). */
export const useControlStatuses = () =>
  useQuery({
    queryKey: ['monitoring', 'controls'],
    queryFn: () => api<ControlStatuses>('/api/monitoring/controls'),
  });
