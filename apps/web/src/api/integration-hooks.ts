/** TanStack Query hooks for connectors: kinds, the list, create, schedule, delete, run and upload. */

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type ConnectorsCreateReq,
  type ConnectorsUpdateReq,
  connectorRoutes,
  type Run,
  urlOf,
} from '@vigil/api';
import { call } from './client.ts';
import { useApiMutation } from './hooks.ts';
import { formDataOf, type UploadPhase, uploadForm } from './upload.ts';

/** Everything a run can change: connector status, check results, runs and the evidence it recorded. */
const AFTER_RUN = [['integrations'], ['monitoring'], ['evidence'], ['dashboard']];

export const useConnectorKinds = () =>
  useQuery({
    queryKey: ['integrations', 'kinds'],
    queryFn: () => call(connectorRoutes.kinds),
    staleTime: Number.POSITIVE_INFINITY,
  });

export const useConnectors = () =>
  useQuery({
    queryKey: ['integrations', 'list'],
    queryFn: () => call(connectorRoutes.list),
  });

export const useCreateConnector = () =>
  useApiMutation((body: ConnectorsCreateReq) => call(connectorRoutes.create, { body }), {
    fields: ['kind', 'name', 'scheduleMinutes', 'config', 'credentials'],
    success: 'Connector added',
    invalidate: [['integrations']],
  });

export const useSetSchedule = () =>
  useApiMutation(
    ({ id, scheduleMinutes }: { id: string; scheduleMinutes: number | null }) =>
      call(connectorRoutes.schedule, { params: { connectorId: id }, body: { scheduleMinutes } }),
    { fields: ['scheduleMinutes'], success: 'Schedule saved', invalidate: [['integrations']] },
  );

export const useUpdateConnector = () =>
  useApiMutation(
    ({ id, ...body }: { id: string } & ConnectorsUpdateReq) =>
      call(connectorRoutes.update, { params: { connectorId: id }, body }),
    { fields: ['config', 'credentials'], invalidate: [['integrations']] },
  );

export const useDeleteConnector = () =>
  useApiMutation((id: string) => call(connectorRoutes.remove, { params: { connectorId: id } }), {
    success: 'Connector removed',
    invalidate: [['integrations'], ['monitoring']],
  });

/** Runs a connector now; the answer is its finished run, or `{queued}` when workers will pick it up. */
export function useRunConnector() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call(connectorRoutes.run, { params: { connectorId: id } }),
    onSettled: () => Promise.all(AFTER_RUN.map((queryKey) => qc.invalidateQueries({ queryKey }))),
  });
}

/**
 * Uploads an export through a connector. A refused file still records a failed run and the
 * connector's last error, so every outcome refreshes the lists. Errors about the file are shown
 * next to it (meta.fields), not as a notification.
 */
export function useUploadExport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { connectorId: string; file: File; onProgress: (p: UploadPhase) => void }) =>
      uploadForm<Run>(
        urlOf(connectorRoutes.upload, { params: { connectorId: v.connectorId } }),
        formDataOf({ file: v.file }),
        v.onProgress,
      ),
    meta: { fields: ['file'] },
    onSettled: () => Promise.all(AFTER_RUN.map((queryKey) => qc.invalidateQueries({ queryKey }))),
  });
}
