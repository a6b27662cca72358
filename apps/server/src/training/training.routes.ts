/** HTTP routes of training (/api/training) and background checks (/api/background-checks). */
import multipart from '@fastify/multipart';
import { MyTrainingRecordFieldsSchema, trainingRoutes as routes } from '@vigil/api';
import { canWith, forbidden, inAudience, invalid, LMS_COLUMNS } from '@vigil/core';
import { actorOf } from '../auth/request-auth.ts';
import type { App, AppContext } from '../context.ts';
import { recordEvidence, todayUtc } from '../evidence/index.ts';
import { serve } from '../http/serve.ts';
import { registerBackgroundCheckRoutes } from './background-checks.routes.ts';
import { importLmsCompletions, recordCompletion } from './completion-recorder.ts';
import { adoptCourseCatalog, createCourse, updateCourse } from './course-editor.ts';
import { readFileUpload } from './file-upload.ts';
import {
  courseRow,
  cycleView,
  getCourse,
  listCourses,
  personOfUser,
  presentCompletion,
  trainingMatrix,
  trainingOf,
} from './training.queries.ts';

export async function registerTrainingRoutes(app: App, ctx: AppContext) {
  const { db, evidenceStore: store } = ctx;

  serve(app, routes.courses, async (req) => ({ items: await listCourses(db, req.auth!.org!.id) }));

  serve(app, routes.createCourse, async (req, reply) => {
    const actor = actorOf(req);
    const id = await db.transaction((tx) => createCourse(tx, actor, req.body));
    return reply.status(201).send(await getCourse(db, actor.orgId, id));
  });

  serve(app, routes.adoptCatalog, async (req) => {
    const actor = actorOf(req);
    const added = await db.transaction((tx) => adoptCourseCatalog(tx, actor, todayUtc()));
    return { added, items: await listCourses(db, actor.orgId) };
  });

  serve(app, routes.updateCourse, async (req) => {
    const actor = actorOf(req);
    await db.transaction((tx) => updateCourse(tx, actor, req.params.courseId, req.body));
    return getCourse(db, actor.orgId, req.params.courseId);
  });

  serve(app, routes.matrix, async (req) =>
    trainingMatrix(db, req.auth!.org!.id, req.query.courseId, req.query.cycle, todayUtc()),
  );

  serve(app, routes.record, async (req, reply) => {
    const actor = actorOf(req);
    const row = await db.transaction((tx) =>
      recordCompletion(tx, actor, { ...req.body, source: 'manual' }, todayUtc()),
    );
    const course = await courseRow(db, actor.orgId, row.courseId);
    return reply.status(201).send(presentCompletion(course, row));
  });

  serve(app, routes.lmsColumns, async () => ({ items: LMS_COLUMNS.map((c) => ({ ...c })) }));

  serve(app, routes.import, async (req) => {
    const actor = actorOf(req);
    return db.transaction((tx) => importLmsCompletions(tx, actor, req.body, todayUtc()));
  });

  serve(app, routes.mine, async (req) => {
    const orgId = req.auth!.org!.id;
    const person = await personOfUser(db, orgId, req.auth!.user.id);
    if (!person) return { inRegister: false, items: [] };
    const items = await trainingOf(db, orgId, person, todayUtc());
    return {
      inRegister: true,
      items: items.map((i) => ({
        course: { id: i.course.id, title: i.course.title, description: i.course.description },
        cycle: cycleView(i.cycle),
        dueDate: i.dueDate,
        state: i.state,
        completion: i.completion ? presentCompletion(i.course, i.completion) : null,
      })),
    };
  });

  serve(app, routes.myAccess, async (req) => {
    const org = req.auth!.org!;
    return {
      hr: canWith(org.role, org.grants, 'hr.read'),
      grantHr: canWith(org.role, org.grants, 'hr.grant'),
    };
  });

  await app.register(async (scope: App) => {
    // Multipart parsing only where files are accepted; the file size is enforced while staging.
    await scope.register(multipart, {
      throwFileSizeLimit: false,
      limits: { fileSize: store.maxBytes + 1, files: 1, fields: 20, fieldSize: 64 * 1024, parts: 25 },
    });

    serve(scope, routes.recordMine, async (req, reply) => {
      const actor = actorOf(req);
      const upload = await readFileUpload(req, store, actor.orgId, MyTrainingRecordFieldsSchema);
      try {
        const { fields } = upload;
        const person = await personOfUser(db, actor.orgId, actor.userId!);
        if (!person) {
          throw forbidden(
            'You are not in the person register yet; ask an administrator to link your account',
          );
        }
        const course = await courseRow(db, actor.orgId, fields.courseId).catch(() => {
          throw invalid('courseId', 'courseId: no such course in this organization');
        });
        if (!inAudience(course, person)) {
          throw invalid('courseId', `courseId: "${course.title}" is not one of your courses`);
        }
        const row = await db.transaction(async (tx) => {
          const certificate = await recordEvidence(tx, actor, store, {
            orgId: actor.orgId,
            kind: 'upload',
            title: `Training certificate: ${course.title}, ${person.name}`,
            fileName: upload.fileName,
            mediaType: upload.mediaType,
            content: upload.staged,
            periodStart: fields.completedOn,
            periodEnd: fields.completedOn,
            renewBy: null,
          });
          return recordCompletion(
            tx,
            actor,
            {
              personId: person.id,
              courseId: course.id,
              completedOn: fields.completedOn,
              score: fields.score ?? null,
              source: 'self',
              evidenceId: certificate.id,
            },
            todayUtc(),
          );
        });
        return reply.status(201).send(presentCompletion(course, row));
      } finally {
        await upload.staged.discard();
      }
    });

    registerBackgroundCheckRoutes(scope, ctx);
  });
}
