/** TanStack Query hooks for incidents: the register, one incident, its lifecycle, timeline, follow-ups and empty periods. */
import { useQuery } from '@tanstack/react-query';
import { type IncidentFieldsInput, type IncidentTransitionInput, incidentRoutes } from '@vigil/api';
import { call } from './client.ts';
import { useApiMutation } from './hooks.ts';

const invalidate = [['incidents'], ['tasks']];

export const useIncidents = () =>
  useQuery({ queryKey: ['incidents', 'list'], queryFn: () => call(incidentRoutes.list) });

export const useIncident = (incidentId: string) =>
  useQuery({
    queryKey: ['incidents', 'one', incidentId],
    queryFn: () => call(incidentRoutes.get, { params: { incidentId } }),
  });

export const useEmptyPeriods = () =>
  useQuery({ queryKey: ['incidents', 'empty-periods'], queryFn: () => call(incidentRoutes.emptyPeriods) });

const FIELDS = [
  'title',
  'description',
  'severity',
  'source',
  'occurredAt',
  'detectedAt',
  'reportedAt',
  'affectedData',
  'customers.deadline',
  'customers.notifiedAt',
  'customers.required',
  'authorities.deadline',
  'authorities.notifiedAt',
  'authorities.required',
  'rootCause',
] as const;

export const useCreateIncident = () =>
  useApiMutation((body: IncidentFieldsInput) => call(incidentRoutes.create, { body }), {
    fields: FIELDS,
    success: 'Incident recorded',
    invalidate,
  });

export const useUpdateIncident = (incidentId: string) =>
  useApiMutation(
    (body: IncidentFieldsInput) => call(incidentRoutes.update, { params: { incidentId }, body }),
    {
      fields: FIELDS,
      success: 'Incident saved',
      invalidate,
    },
  );

export const useMoveIncident = (incidentId: string) =>
  useApiMutation(
    (body: IncidentTransitionInput) => call(incidentRoutes.transition, { params: { incidentId }, body }),
    { fields: ['reason', 'lessonsLearned', 'status'], success: 'Status changed', invalidate },
  );

export const useAddTimelineEntry = (incidentId: string) =>
  useApiMutation(
    (body: { at: string; text: string }) =>
      call(incidentRoutes.addTimeline, { params: { incidentId }, body }),
    { fields: ['at', 'text'], success: 'Entry added', invalidate },
  );

export const useAddFollowUp = (incidentId: string) =>
  useApiMutation(
    (body: { title: string; ownerId: string; dueDate: string }) =>
      call(incidentRoutes.addFollowUp, { params: { incidentId }, body }),
    { fields: ['title', 'ownerId', 'dueDate'], success: 'Follow-up added', invalidate },
  );

export const useCompleteFollowUp = (incidentId: string) =>
  useApiMutation(
    (followUpId: string) => call(incidentRoutes.completeFollowUp, { params: { incidentId, followUpId } }),
    { success: 'Follow-up done', invalidate },
  );

export const usePromoteCheck = () =>
  useApiMutation((checkId: string) => call(incidentRoutes.promote, { params: { checkId } }), {
    success: 'Incident opened from the failing check',
    invalidate,
  });

export const useAttestEmptyPeriod = () =>
  useApiMutation(
    (body: { from: string; to: string; note?: string }) => call(incidentRoutes.attestEmpty, { body }),
    { fields: ['from', 'to', 'note'], success: 'Period without incidents recorded', invalidate },
  );

/** Sends the whole new set of linked risks; the risk register shows the link too, so both are refreshed. */
export const useSetIncidentRisks = (incidentId: string) =>
  useApiMutation(
    (riskIds: string[]) => call(incidentRoutes.setRisks, { params: { incidentId }, body: { riskIds } }),
    { fields: ['riskIds'], success: 'Linked risks saved', invalidate: [...invalidate, ['risks']] },
  );
