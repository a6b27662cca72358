/** TanStack Query hooks for the change population and its justifications. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type ChangeQuery, changeRoutes, type JustifyChange } from '@vigil/api';
import { call } from './client.ts';
import { useApiMutation } from './hooks.ts';

export const useChanges = (query: ChangeQuery) =>
  useQuery({
    queryKey: ['changes', query],
    queryFn: () => call(changeRoutes.list, { query }),
    placeholderData: keepPreviousData,
  });

export const useJustifyChange = (changeId: string) =>
  useApiMutation((body: JustifyChange) => call(changeRoutes.justify, { params: { changeId }, body }), {
    fields: ['reason', 'approver'],
    success: 'Justification recorded',
    invalidate: [['changes']],
  });
