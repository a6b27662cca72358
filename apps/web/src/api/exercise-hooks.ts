/** TanStack Query hooks for exercises: tabletops and continuity tests, recording and changing either. */
import { useQuery } from '@tanstack/react-query';
import {
  type ContinuityTestCreateSchema,
  type ContinuityTestUpdateSchema,
  exerciseRoutes,
  type TabletopCreateSchema,
  type TabletopUpdateSchema,
} from '@vigil/api';
import type { z } from 'zod';
import { call } from './client.ts';
import { useApiMutation } from './hooks.ts';

export const useTabletops = () =>
  useQuery({ queryKey: ['exercises', 'tabletops'], queryFn: () => call(exerciseRoutes.tabletops) });

export const useContinuityTests = () =>
  useQuery({ queryKey: ['exercises', 'tests'], queryFn: () => call(exerciseRoutes.continuityTests) });

export const useCreateTabletop = () =>
  useApiMutation(
    (body: z.input<typeof TabletopCreateSchema>) => call(exerciseRoutes.createTabletop, { body }),
    {
      fields: ['scenario', 'scenarioDescription', 'heldOn', 'facilitatorId', 'attendees', 'actions'],
      success: 'Tabletop exercise recorded',
      invalidate: [['exercises'], ['tasks']],
    },
  );

export const useCreateContinuityTest = () =>
  useApiMutation(
    (body: z.input<typeof ContinuityTestCreateSchema>) => call(exerciseRoutes.createContinuityTest, { body }),
    {
      fields: [...TEST_FIELDS, 'actions'],
      success: 'Continuity test recorded',
      invalidate: [['exercises'], ['tasks']],
    },
  );

const TEST_FIELDS = [
  'kind',
  'performedOn',
  'subject',
  'targetRtoMinutes',
  'achievedRtoMinutes',
  'targetRpoMinutes',
  'achievedRpoMinutes',
];

export const useUpdateTabletop = (tabletopId: string) =>
  useApiMutation(
    (body: z.input<typeof TabletopUpdateSchema>) =>
      call(exerciseRoutes.updateTabletop, { params: { tabletopId }, body }),
    {
      fields: ['scenario', 'scenarioDescription', 'heldOn', 'facilitatorId', 'attendees'],
      success: 'Tabletop exercise saved',
      invalidate: [['exercises']],
    },
  );

export const useUpdateContinuityTest = (continuityTestId: string) =>
  useApiMutation(
    (body: z.input<typeof ContinuityTestUpdateSchema>) =>
      call(exerciseRoutes.updateContinuityTest, { params: { continuityTestId }, body }),
    { fields: TEST_FIELDS, success: 'Continuity test saved', invalidate: [['exercises']] },
  );

export const useSetActionStatus = () =>
  useApiMutation(
    ({ exerciseActionId, status }: { exerciseActionId: string; status: 'open' | 'done' }) =>
      call(exerciseRoutes.setActionStatus, { params: { exerciseActionId }, body: { status } }),
    {
      success: 'Follow-up action saved',
      invalidate: [['exercises'], ['tasks']],
    },
  );
