/** TanStack Query hooks for the person register: list, one person, accounts, checklists, the SLA. */
import { useQuery } from '@tanstack/react-query';
import {
  type OnboardingItem,
  type PeopleQuery,
  type PersonCreate,
  type PersonUpdate,
  peopleRoutes,
} from '@vigil/api';
import { call } from './client.ts';
import { useApiMutation } from './hooks.ts';

const PEOPLE = ['people'];
const PERSON_FIELDS = [
  'name',
  'email',
  'aliases',
  'workerType',
  'department',
  'title',
  'managerId',
  'startDate',
  'endDate',
  'status',
  'inScope',
  'scopeJustification',
] as const;

export const usePeople = (query: PeopleQuery) =>
  useQuery({
    queryKey: ['people', 'list', query],
    queryFn: () => call(peopleRoutes.list, { query }),
    placeholderData: (previous) => previous,
  });

export const usePerson = (personId: string) =>
  useQuery({
    queryKey: ['people', 'one', personId],
    queryFn: () => call(peopleRoutes.get, { params: { personId } }),
  });

export const useOrphans = () =>
  useQuery({ queryKey: ['people', 'orphans'], queryFn: () => call(peopleRoutes.orphans) });

export const usePeopleSettings = () =>
  useQuery({ queryKey: ['people', 'settings'], queryFn: () => call(peopleRoutes.settings) });

export const useCreatePerson = () =>
  useApiMutation((body: PersonCreate) => call(peopleRoutes.create, { body }), {
    fields: PERSON_FIELDS,
    success: 'Person added',
    invalidate: [PEOPLE],
  });

export const useUpdatePerson = (personId: string) =>
  useApiMutation((body: PersonUpdate) => call(peopleRoutes.update, { params: { personId }, body }), {
    fields: PERSON_FIELDS,
    success: 'Person saved',
    invalidate: [PEOPLE],
  });

export const useLinkAccount = (personId: string) =>
  useApiMutation(
    (resourceId: string) => call(peopleRoutes.link, { params: { personId }, body: { resourceId } }),
    {
      fields: ['resourceId'],
      success: 'Account linked',
      invalidate: [PEOPLE],
    },
  );

export const useUnlinkAccount = (personId: string) =>
  useApiMutation((resourceId: string) => call(peopleRoutes.unlink, { params: { personId, resourceId } }), {
    success: 'Account unlinked',
    invalidate: [PEOPLE],
  });

export const useCompleteOnboarding = (personId: string) =>
  useApiMutation(
    (v: { item: OnboardingItem; evidenceId: string; note: string | null }) =>
      call(peopleRoutes.completeOnboarding, { params: { personId }, body: v }),
    { fields: ['evidenceId', 'note'], success: 'Item done', invalidate: [PEOPLE] },
  );

export const useAttestAccount = (personId: string) =>
  useApiMutation(
    (body: { system: string; account: string; reason: string }) =>
      call(peopleRoutes.attest, { params: { personId }, body }),
    { fields: ['system', 'account', 'reason'], success: 'Attestation recorded', invalidate: [PEOPLE] },
  );

export const useUpdatePeopleSettings = () =>
  useApiMutation(
    (days: number) => call(peopleRoutes.updateSettings, { body: { offboardingSlaBusinessDays: days } }),
    { fields: ['offboardingSlaBusinessDays'], success: 'Offboarding deadline saved', invalidate: [PEOPLE] },
  );
