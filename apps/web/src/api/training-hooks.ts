/** TanStack Query hooks for training (courses, completions, LMS import, my training) and background checks. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type BackgroundCheckUpdate,
  backgroundCheckRoutes,
  type TrainingCompletion,
  type TrainingCourseCreate,
  type TrainingCourseUpdate,
  type TrainingImport,
  type TrainingRecord,
  trainingRoutes,
  urlOf,
} from '@vigil/api';
import { call } from './client.ts';
import { formDataOf, uploadForm } from './upload.ts';

const TRAINING = ['training'] as const;
const CHECKS = ['background-checks'] as const;

export const useCourses = () =>
  useQuery({ queryKey: [...TRAINING, 'courses'], queryFn: () => call(trainingRoutes.courses) });

export const useTrainingMatrix = (courseId: string | null, cycle: string | undefined) =>
  useQuery({
    queryKey: [...TRAINING, 'matrix', courseId, cycle],
    queryFn: () =>
      call(trainingRoutes.matrix, { query: { courseId: courseId!, ...(cycle ? { cycle } : {}) } }),
    enabled: !!courseId,
    placeholderData: (previous) => previous,
  });

export const useLmsColumns = () =>
  useQuery({
    queryKey: [...TRAINING, 'lms-columns'],
    queryFn: () => call(trainingRoutes.lmsColumns),
    staleTime: Number.POSITIVE_INFINITY,
  });

export const useMyTraining = () =>
  useQuery({ queryKey: [...TRAINING, 'mine'], queryFn: () => call(trainingRoutes.mine) });

export const useMyAccess = () =>
  useQuery({ queryKey: [...TRAINING, 'my-access'], queryFn: () => call(trainingRoutes.myAccess) });

/** A write of this domain: refreshes every training (and background-check) query once it succeeds. */
function useTrainingWrite<V, R>(
  fn: (v: V) => Promise<R>,
  fields: readonly string[],
  success: string,
  inline = false,
) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    meta: { fields, success, inline },
    onSuccess: () =>
      Promise.all([qc.invalidateQueries({ queryKey: TRAINING }), qc.invalidateQueries({ queryKey: CHECKS })]),
  });
}

export const useAdoptCourses = () =>
  useTrainingWrite(() => call(trainingRoutes.adoptCatalog), [], 'Catalog courses added');

export const useCreateCourse = () =>
  useTrainingWrite(
    (body: TrainingCourseCreate) => call(trainingRoutes.createCourse, { body }),
    ['title', 'description', 'audience', 'audienceDepartment', 'cadenceMonths', 'cycleStart'],
    'Course added',
  );

export const useUpdateCourse = () =>
  useTrainingWrite(
    ({ courseId, ...body }: TrainingCourseUpdate & { courseId: string }) =>
      call(trainingRoutes.updateCourse, { params: { courseId }, body }),
    ['title', 'description', 'audience', 'audienceDepartment', 'cadenceMonths', 'cycleStart'],
    'Course saved',
  );

export const useRecordCompletion = () =>
  useTrainingWrite(
    (body: TrainingRecord) => call(trainingRoutes.record, { body }),
    ['personId', 'courseId', 'completedOn', 'score'],
    'Completion recorded',
  );

/** The import shows its error beside the form (file, line and column), never as a passing notification. */
export const useImportCompletions = () =>
  useTrainingWrite(
    (body: TrainingImport) => call(trainingRoutes.import, { body }),
    [],
    'Completions imported',
    true,
  );

export const useRecordMine = () =>
  useTrainingWrite(
    (v: { courseId: string; completedOn: string; score?: string; file: File }) =>
      uploadForm<TrainingCompletion>(urlOf(trainingRoutes.recordMine), formDataOf(v)),
    ['courseId', 'completedOn', 'score', 'file'],
    'Training recorded',
  );

export const useBackgroundChecks = (enabled: boolean) =>
  useQuery({ queryKey: [...CHECKS, 'list'], queryFn: () => call(backgroundCheckRoutes.list), enabled });

export const useUpdateBackgroundCheck = () =>
  useTrainingWrite(
    ({ personId, ...body }: BackgroundCheckUpdate & { personId: string }) =>
      call(backgroundCheckRoutes.update, { params: { personId }, body }),
    ['status', 'checkedOn', 'providerReference', 'result', 'justification'],
    'Background check saved',
  );

export const useUploadReport = () =>
  useTrainingWrite(
    ({ personId, file }: { personId: string; file: File }) =>
      uploadForm(urlOf(backgroundCheckRoutes.uploadReport, { params: { personId } }), formDataOf({ file })),
    ['file'],
    'Report attached',
  );

export const useHrGrants = (enabled: boolean) =>
  useQuery({ queryKey: [...CHECKS, 'grants'], queryFn: () => call(backgroundCheckRoutes.grants), enabled });

export const useSetHrGrant = () =>
  useTrainingWrite(
    ({ userId, granted }: { userId: string; granted: boolean }) =>
      call(backgroundCheckRoutes.grant, { params: { userId }, body: { granted } }),
    [],
    'HR access saved',
  );
