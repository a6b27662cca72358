/** HTTP routes of the controls domain. */
import { z } from 'zod';
import { actorOf } from '../auth/request-auth.ts';
import type { App, AppContext } from '../context.ts';
import { OrgResponseCache } from '../http/org-response-cache.ts';
import { errorResponses, NoBodySchema } from '../http/schemas.ts';
import { adoptControlLibrary } from './control-adopter.ts';
import { createControl, updateControl } from './control-editor.ts';
import { getControl, listControls, listControlVersions } from './controls.queries.ts';
import {
  ControlSchema,
  ControlsCreateSchema,
  ControlsListQuerySchema,
  ControlsUpdateSchema,
  ControlVersionSchema,
} from './controls.schema.ts';

const ControlsListSchema = z.object({ items: z.array(ControlSchema), total: z.number() });
const ControlParams = z.strictObject({ controlId: z.string().uuid() });

export function registerControlRoutes(app: App, { db, changeFeed }: AppContext) {
  const cache = new OrgResponseCache(db, changeFeed);

  app.get(
    '/api/controls',
    {
      config: { access: { permission: 'controls.read' } },
      schema: {
        tags: ['controls'],
        querystring: ControlsListQuerySchema,
        response: { 200: ControlsListSchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      const orgId = req.auth!.org!.id;
      const key = `controls:${JSON.stringify(req.query)}`;
      const body = await cache.json(orgId, key, ControlsListSchema, () => listControls(db, orgId, req.query));
      // A buffer is sent as it is: no second serialization or encoding; the schema still documents it.
      return reply.type('application/json').send(body as never);
    },
  );

  app.post(
    '/api/controls',
    {
      config: { access: { permission: 'controls.edit' } },
      schema: {
        tags: ['controls'],
        body: ControlsCreateSchema,
        response: { 201: ControlSchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const id = await db.transaction((tx) => createControl(tx, actor, req.body));
      return reply.status(201).send(await getControl(db, actor.orgId, id));
    },
  );

  app.post(
    '/api/controls/adopt',
    {
      config: { access: { permission: 'controls.adopt' } },
      schema: {
        body: NoBodySchema,
        tags: ['controls'],
        summary: 'Adopt the control library for the categories in scope',
        response: { 200: z.object({ added: z.number(), codes: z.array(z.string()) }), ...errorResponses },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      return db.transaction((tx) => adoptControlLibrary(tx, actor));
    },
  );

  app.get(
    '/api/controls/:controlId',
    {
      config: { access: { permission: 'controls.read' } },
      schema: {
        tags: ['controls'],
        params: ControlParams,
        response: { 200: ControlSchema, ...errorResponses },
      },
    },
    async (req) => getControl(db, req.auth!.org!.id, req.params.controlId),
  );

  app.patch(
    '/api/controls/:controlId',
    {
      config: { access: { permission: 'controls.edit' } },
      schema: {
        tags: ['controls'],
        params: ControlParams,
        body: ControlsUpdateSchema,
        response: { 200: ControlSchema, ...errorResponses },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      await db.transaction((tx) => updateControl(tx, actor, req.params.controlId, req.body));
      return getControl(db, actor.orgId, req.params.controlId);
    },
  );

  app.get(
    '/api/controls/:controlId/versions',
    {
      config: { access: { permission: 'controls.read' } },
      schema: {
        tags: ['controls'],
        params: ControlParams,
        response: { 200: z.object({ items: z.array(ControlVersionSchema) }), ...errorResponses },
      },
    },
    async (req) => ({ items: await listControlVersions(db, req.auth!.org!.id, req.params.controlId) }),
  );
}
