/** TanStack Query hooks for recurring activities: the calendar, one occurrence, edits, completion and the feed. */
import { useQuery } from '@tanstack/react-query';
import {
  type ActivitiesQuery,
  type ActivityUpdate,
  activityRoutes,
  evidenceRoutes,
  type UploadedEvidence,
  urlOf,
} from '@vigil/api';
import { call } from './client.ts';
import { useApiMutation } from './hooks.ts';
import { formDataOf, uploadForm } from './upload.ts';

export const useActivities = (query: ActivitiesQuery) =>
  useQuery({
    queryKey: ['activities', 'list', query],
    queryFn: () => call(activityRoutes.list, { query }),
    placeholderData: (previous) => previous,
  });

export const useActivity = (activityId: string | undefined) =>
  useQuery({
    queryKey: ['activities', 'one', activityId],
    queryFn: () => call(activityRoutes.get, { params: { activityId: activityId! } }),
    enabled: !!activityId,
  });

export const useUpdateActivity = () =>
  useApiMutation(
    ({ activityId, ...body }: ActivityUpdate & { activityId: string }) =>
      call(activityRoutes.update, { params: { activityId }, body }),
    { fields: ['ownerId', 'dueDate'], success: 'Activity saved', invalidate: [['activities']] },
  );

/** What completing asks for: a new file (uploaded as evidence of the control first) or an existing item. */
export interface ActivityCompletion {
  activityId: string;
  controlId: string;
  evidenceTitle: string;
  file?: File | null;
  evidenceId?: string | null;
  note?: string;
}

export const useCompleteActivity = () =>
  useApiMutation(
    async ({ activityId, controlId, evidenceTitle, file, evidenceId, note }: ActivityCompletion) => {
      let proof = evidenceId ?? undefined;
      if (file) {
        const form = formDataOf({ title: evidenceTitle, controlIds: [controlId], file });
        proof = (await uploadForm<UploadedEvidence>(urlOf(evidenceRoutes.upload), form)).id;
      }
      // Without evidence the server refuses, naming the field: the form shows it under the choice.
      return call(activityRoutes.complete, {
        params: { activityId },
        body: { evidenceId: proof as string, ...(note ? { note } : {}) },
      });
    },
    {
      fields: ['evidenceId', 'file', 'note'],
      success: 'Activity completed; the next one is on the calendar',
      invalidate: [['activities'], ['evidence']],
    },
  );

export const useScheduleActivities = () =>
  useApiMutation(() => call(activityRoutes.schedule), {
    success: 'Activities scheduled',
    invalidate: [['activities']],
  });

export const useCalendarFeed = () =>
  useQuery({ queryKey: ['activities', 'feed'], queryFn: () => call(activityRoutes.feed) });

export const useCreateCalendarFeed = () =>
  useApiMutation(() => call(activityRoutes.createFeed), { invalidate: [['activities', 'feed']] });
