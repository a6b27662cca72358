/**
 * The training API: courses, completions per cycle (recorded by hand, by the person themself with a
 * certificate, or imported from a learning system's CSV export), and what a person may see of HR.
 */
import { LMS_FIELDS } from '@vigil/core/lms-import';
import { TrainingAudienceSchema, TrainingSourceSchema } from '@vigil/core/training';
import { WorkerTypeSchema } from '@vigil/core/vocabulary';
import { z } from 'zod';
import { IsoDateSchema, itemsOf, NoBodySchema } from './common.ts';
import { defineRoute } from './route.ts';

// Background checks are the other half of this part of the contract; one entry in index.ts serves both.
export * from './background-checks.ts';

const tag = 'training';
const read = { permission: 'training.read' } as const;
const manage = { permission: 'training.manage' } as const;

export const TrainingCourseSchema = z.object({
  id: z.string(),
  key: z.string().nullable(),
  title: z.string(),
  description: z.string(),
  audience: TrainingAudienceSchema,
  audienceDepartment: z.string().nullable(),
  cadenceMonths: z.number().int(),
  cycleStart: IsoDateSchema,
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
});
export type TrainingCourse = z.infer<typeof TrainingCourseSchema>;

const CourseFields = {
  title: z.string().trim().min(1, 'cannot be empty').max(200, 'must be 200 characters or fewer'),
  description: z.string().trim().max(5000, 'must be 5000 characters or fewer'),
  audience: TrainingAudienceSchema,
  audienceDepartment: z.string().trim().min(1).max(200).nullable(),
  cadenceMonths: z.number().int().min(1, 'must be at least 1 month').max(60, 'must be at most 60 months'),
  cycleStart: IsoDateSchema,
  ownerId: z.string().uuid().nullable(),
};
export const TrainingCourseCreateSchema = z.strictObject({
  ...CourseFields,
  description: CourseFields.description.default(''),
  audienceDepartment: CourseFields.audienceDepartment.default(null),
  ownerId: CourseFields.ownerId.default(null),
});
export type TrainingCourseCreate = z.input<typeof TrainingCourseCreateSchema>;
export const TrainingCourseUpdateSchema = z.strictObject(CourseFields).partial();
export type TrainingCourseUpdate = z.input<typeof TrainingCourseUpdateSchema>;

/** One cycle of a course, with its name in words ("2026"). */
export const TrainingCycleSchema = z.object({
  number: z.number().int(),
  start: IsoDateSchema,
  end: IsoDateSchema,
  label: z.string(),
});
export type TrainingCycleView = z.infer<typeof TrainingCycleSchema>;

export const TrainingCompletionSchema = z.object({
  id: z.string(),
  personId: z.string(),
  courseId: z.string(),
  cycle: TrainingCycleSchema,
  completedOn: IsoDateSchema,
  score: z.number().nullable(),
  source: TrainingSourceSchema,
  /** The certificate in the evidence library, when one was uploaded. */
  evidenceId: z.string().nullable(),
});
export type TrainingCompletion = z.infer<typeof TrainingCompletionSchema>;

export const CompletionStateSchema = z.enum(['done', 'late', 'open', 'missing']);

/** One person's standing on one cycle: due date, and done, late, open or missing. */
export const TrainingStandingSchema = z.object({
  person: z.object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    department: z.string().nullable(),
    workerType: WorkerTypeSchema,
    startDate: IsoDateSchema.nullable(),
  }),
  dueDate: IsoDateSchema,
  state: CompletionStateSchema,
  completion: TrainingCompletionSchema.nullable(),
});
export type TrainingStanding = z.infer<typeof TrainingStandingSchema>;

export const TrainingMatrixQuerySchema = z.strictObject({
  courseId: z.string().uuid(),
  /** The first day of the cycle to show; the current cycle when absent. */
  cycle: IsoDateSchema.optional(),
});
export const TrainingMatrixSchema = z.object({
  course: TrainingCourseSchema,
  cycle: TrainingCycleSchema,
  /** Every cycle from the course's first to the current one, newest first. */
  cycles: z.array(TrainingCycleSchema),
  rows: z.array(TrainingStandingSchema),
});
export type TrainingMatrix = z.infer<typeof TrainingMatrixSchema>;

export const TrainingRecordSchema = z.strictObject({
  personId: z.string().uuid(),
  courseId: z.string().uuid(),
  completedOn: IsoDateSchema,
  score: z.number().min(0).max(100).nullable().default(null),
});
export type TrainingRecord = z.input<typeof TrainingRecordSchema>;

/** The largest LMS export imported in one request, in characters of its text. */
const LMS_IMPORT_MAX_CHARS = 8_000_000;

const LmsFieldSchema = z.enum(LMS_FIELDS);
export const TrainingImportSchema = z.strictObject({
  fileName: z.string().trim().min(1).max(255),
  /**
   * The CSV export's text: up to 8 MB (about 100,000 rows), so a year of a large company's
   * completions goes in at once; the route raises the server-wide JSON limit for it alone.
   */
  content: z
    .string()
    .max(
      LMS_IMPORT_MAX_CHARS,
      'the export is larger than 8 MB; split it by course or period and import each part',
    ),
  /** The file's own column for a field, over the usual names (`{ "email": "Learner" }`). */
  columns: z.partialRecord(LmsFieldSchema, z.string().trim().max(200)).default({}),
  /** How dates other than YYYY-MM-DD are written: month first (US) or day first. */
  dateOrder: z.enum(['mdy', 'dmy']).default('mdy'),
});
export type TrainingImport = z.input<typeof TrainingImportSchema>;
export const TrainingImportResultSchema = z.object({
  imported: z.number().int(),
  /** Rows whose cycle already had this person's completion: the stored one is kept, never replaced. */
  alreadyRecorded: z.number().int(),
});

/** The usual column names of an LMS export, for the mapping form. */
export const LmsColumnsSchema = itemsOf(
  z.object({ field: LmsFieldSchema, label: z.string(), required: z.boolean(), headers: z.array(z.string()) }),
);

/** What the signed-in person has to complete, per course that addresses them. */
export const MyTrainingSchema = z.object({
  /** False when the signed-in user is not linked to anyone in the person register. */
  inRegister: z.boolean(),
  items: z.array(
    z.object({
      course: TrainingCourseSchema.pick({ id: true, title: true, description: true }),
      cycle: TrainingCycleSchema,
      dueDate: IsoDateSchema,
      state: CompletionStateSchema,
      completion: TrainingCompletionSchema.nullable(),
    }),
  ),
});
export type MyTraining = z.infer<typeof MyTrainingSchema>;

/** The text fields of "record my training" (multipart, with the certificate in `file`). */
export const MyTrainingRecordFieldsSchema = z.strictObject({
  courseId: z.string().uuid('must be a course id'),
  completedOn: IsoDateSchema,
  score: z.coerce.number().min(0).max(100).optional(),
});

/** What the signed-in person may do beyond their role: HR access, and granting it. */
export const MyAccessSchema = z.object({ hr: z.boolean(), grantHr: z.boolean() });

const CourseParams = z.strictObject({ courseId: z.string().uuid() });

/** Every endpoint of training. */
export const trainingRoutes = {
  courses: defineRoute({
    method: 'GET',
    path: '/api/training/courses',
    access: read,
    tag,
    summary: 'The courses the organization requires',
    responses: { 200: itemsOf(TrainingCourseSchema) },
  }),
  createCourse: defineRoute({
    method: 'POST',
    path: '/api/training/courses',
    access: manage,
    tag,
    summary: 'Add a course of your own',
    body: TrainingCourseCreateSchema,
    responses: { 201: TrainingCourseSchema },
  }),
  adoptCatalog: defineRoute({
    method: 'POST',
    path: '/api/training/courses/adopt',
    access: manage,
    tag,
    summary: 'Adopt the catalog courses not adopted yet (privacy only when Privacy is in scope)',
    body: NoBodySchema,
    responses: { 200: z.object({ added: z.number().int(), items: z.array(TrainingCourseSchema) }) },
  }),
  updateCourse: defineRoute({
    method: 'PATCH',
    path: '/api/training/courses/:courseId',
    access: manage,
    tag,
    summary: 'Edit a course; completions keep the cycle they were recorded in',
    params: CourseParams,
    body: TrainingCourseUpdateSchema,
    responses: { 200: TrainingCourseSchema },
  }),
  matrix: defineRoute({
    method: 'GET',
    path: '/api/training/completions',
    access: read,
    tag,
    summary: "Each person's completion of one cycle of a course, with late and missing ones marked",
    query: TrainingMatrixQuerySchema,
    responses: { 200: TrainingMatrixSchema },
  }),
  record: defineRoute({
    method: 'POST',
    path: '/api/training/completions',
    access: manage,
    tag,
    summary: "Record a person's completion by hand",
    body: TrainingRecordSchema,
    responses: { 201: TrainingCompletionSchema },
  }),
  lmsColumns: defineRoute({
    method: 'GET',
    path: '/api/training/import/columns',
    access: read,
    tag,
    summary: 'The fields an LMS export needs and their usual column names',
    responses: { 200: LmsColumnsSchema },
  }),
  import: defineRoute({
    method: 'POST',
    path: '/api/training/import',
    access: manage,
    tag,
    summary: 'Import an LMS completion export (CSV): all of it, or nothing when any row is wrong',
    body: TrainingImportSchema,
    // The text plus JSON's escaping of its line ends and quotes.
    maxJsonBytes: 10 * 1024 * 1024,
    responses: { 200: TrainingImportResultSchema },
  }),
  mine: defineRoute({
    method: 'GET',
    path: '/api/training/mine',
    access: { permission: 'own_tasks.read' },
    tag,
    summary: "The signed-in person's courses, cycles and due dates",
    responses: { 200: MyTrainingSchema },
  }),
  recordMine: defineRoute({
    method: 'POST',
    path: '/api/training/mine',
    access: { permission: 'own_tasks.complete' },
    tag,
    summary:
      'Record my own completion with its certificate (multipart/form-data: file, courseId, completedOn, score)',
    upload: true,
    responses: { 201: TrainingCompletionSchema },
  }),
  myAccess: defineRoute({
    method: 'GET',
    path: '/api/training/my-access',
    access: { permission: 'own_tasks.read' },
    tag,
    summary: 'Whether the signed-in person holds HR access, and may grant it',
    responses: { 200: MyAccessSchema },
  }),
};
