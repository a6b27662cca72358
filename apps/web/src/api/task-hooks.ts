/** TanStack Query hooks for "My tasks", the dashboard's overdue counts and inviting the register. */
import { useQuery } from '@tanstack/react-query';
import { invitationRoutes, taskRoutes } from '@vigil/api';
import { call } from './client.ts';
import { useApiMutation } from './hooks.ts';

export const useMyTasks = () => useQuery({ queryKey: ['my-tasks'], queryFn: () => call(taskRoutes.mine) });

export const useOverdueAreas = (enabled = true) =>
  useQuery({ queryKey: ['overdue-areas'], queryFn: () => call(taskRoutes.overdue), enabled });

export const useInviteRoster = () =>
  useApiMutation(() => call(invitationRoutes.inviteRoster), { invalidate: [['invitations']] });
