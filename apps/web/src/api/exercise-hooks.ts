/** TanStack Query hooks for exercises: tabletops and continuity tests, and recording either. */
import { useQuery } from '@tanstack/react-query';
import { type ContinuityTestCreateSchema, exerciseRoutes, type TabletopCreateSchema } from '@vigil/api';
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
      fields: [
        'kind',
        'performedOn',
        'subject',
        'targetRtoMinutes',
        'achievedRtoMinutes',
        'targetRpoMinutes',
        'achievedRpoMinutes',
        'actions',
      ],
      success: 'Continuity test recorded',
      invalidate: [['exercises'], ['tasks']],
    },
  );
