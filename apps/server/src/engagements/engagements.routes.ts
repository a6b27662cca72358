/** HTTP routes of engagements. */
import { z } from 'zod';
import { actorOf } from '../auth/request-auth.ts';
import type { App, AppContext } from '../context.ts';
import { errorResponses } from '../http/schemas.ts';
import { EngagementSchema, EngagementsCreateSchema, EngagementsUpdateSchema } from './engagements.schema.ts';
import { getEngagement, listEngagements, openEngagement, updateEngagement } from './engagements.service.ts';

const Params = z.strictObject({ engagementId: z.string().uuid() });

export function registerEngagementRoutes(app: App, { db }: AppContext) {
  const viewer = (req: { auth: { user: { id: string }; org: { role: string } | null } | null }) => ({
    role: req.auth!.org!.role,
    userId: req.auth!.user.id,
  });

  app.get(
    '/api/engagements',
    {
      config: { access: { permission: 'engagements.read' } },
      schema: { tags: ['engagements'], response: { 200: z.object({ items: z.array(EngagementSchema) }) } },
    },
    async (req) => ({ items: await listEngagements(db, req.auth!.org!.id, viewer(req)) }),
  );

  app.post(
    '/api/engagements',
    {
      config: { access: { permission: 'engagements.manage' } },
      schema: {
        tags: ['engagements'],
        body: EngagementsCreateSchema,
        response: { 201: EngagementSchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const id = await db.transaction((tx) => openEngagement(tx, actor, req.body));
      return reply.status(201).send(await getEngagement(db, actor.orgId, viewer(req), id));
    },
  );

  app.get(
    '/api/engagements/:engagementId',
    {
      config: { access: { permission: 'engagements.read' } },
      schema: {
        tags: ['engagements'],
        params: Params,
        response: { 200: EngagementSchema, ...errorResponses },
      },
    },
    async (req) => getEngagement(db, req.auth!.org!.id, viewer(req), req.params.engagementId),
  );

  app.patch(
    '/api/engagements/:engagementId',
    {
      config: { access: { permission: 'engagements.manage' } },
      schema: {
        tags: ['engagements'],
        params: Params,
        body: EngagementsUpdateSchema,
        response: { 200: EngagementSchema, ...errorResponses },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      await db.transaction((tx) => updateEngagement(tx, actor, req.params.engagementId, req.body));
      return getEngagement(db, actor.orgId, viewer(req), req.params.engagementId);
    },
  );
}
