/** TanStack Query hooks for alert channels: list, add (webhook secret once), edit, delete, test. */
import { useMutation, useQuery } from '@tanstack/react-query';
import { alertRoutes, type ChannelCreateReq, type ChannelUpdateReq } from '@vigil/api';
import { call } from './client.ts';
import { useApiMutation } from './hooks.ts';

export const useAlertChannels = () =>
  useQuery({ queryKey: ['alert-channels'], queryFn: () => call(alertRoutes.listChannels) });

export const useCreateChannel = () =>
  useApiMutation(
    (body: Partial<ChannelCreateReq> & Pick<ChannelCreateReq, 'kind' | 'name' | 'target'>) =>
      call(alertRoutes.createChannel, { body }),
    { fields: ['kind', 'name', 'target', 'events'], invalidate: [['alert-channels']] },
  );

export const useUpdateChannel = () =>
  useApiMutation(
    ({ id, ...body }: ChannelUpdateReq & { id: string }) =>
      call(alertRoutes.updateChannel, { params: { channelId: id }, body }),
    { fields: ['name', 'target', 'events'], success: 'Channel saved', invalidate: [['alert-channels']] },
  );

export const useDeleteChannel = () =>
  useApiMutation((id: string) => call(alertRoutes.deleteChannel, { params: { channelId: id } }), {
    success: 'Channel removed',
    invalidate: [['alert-channels']],
  });

export const useRotateSecret = () =>
  useApiMutation((id: string) => call(alertRoutes.rotateSecret, { params: { channelId: id } }), {
    invalidate: [['alert-channels']],
  });

export const useTestChannel = () =>
  useMutation({ mutationFn: (id: string) => call(alertRoutes.testChannel, { params: { channelId: id } }) });
