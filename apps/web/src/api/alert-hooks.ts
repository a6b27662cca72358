/** TanStack Query hooks for alert channels: list, add (webhook secret once), edit, delete, test. */
import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from './client.ts';
import { useApiMutation } from './hooks.ts';
import type {
  ChannelCreateReq,
  ChannelUpdateReq,
  ChannelView,
  ChannelWithSecret,
} from './monitoring-types.ts';
import type { Items } from './types.ts';

export const useAlertChannels = () =>
  useQuery({ queryKey: ['alert-channels'], queryFn: () => api<Items<ChannelView>>('/api/alert-channels') });

export const useCreateChannel = () =>
  useApiMutation(
    (body: Partial<ChannelCreateReq> & Pick<ChannelCreateReq, 'kind' | 'name' | 'target'>) =>
      api<ChannelWithSecret>('/api/alert-channels', { method: 'POST', body }),
    { fields: ['kind', 'name', 'target', 'events'], invalidate: [['alert-channels']] },
  );

export const useUpdateChannel = () =>
  useApiMutation(
    ({ id, ...body }: ChannelUpdateReq & { id: string }) =>
      api<ChannelView>(`/api/alert-channels/${id}`, { method: 'PATCH', body }),
    { fields: ['name', 'target', 'events'], success: 'Channel saved', invalidate: [['alert-channels']] },
  );

export const useDeleteChannel = () =>
  useApiMutation((id: string) => api(`/api/alert-channels/${id}`, { method: 'DELETE' }), {
    success: 'Channel removed',
    invalidate: [['alert-channels']],
  });

export const useRotateSecret = () =>
  useApiMutation(
    (id: string) => api<ChannelWithSecret>(`/api/alert-channels/${id}/rotate-secret`, { method: 'POST' }),
    { invalidate: [['alert-channels']] },
  );

export const useTestChannel = () =>
  useMutation({
    mutationFn: (id: string) =>
      api<{ ok: boolean; error: string | null }>(`/api/alert-channels/${id}/test`, { method: 'POST' }),
  });
