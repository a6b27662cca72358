/** HTTP routes of custom CEL checks: list, create, replace, delete; each save is compiled first. */

import { NoBodySchema } from '@vigil/api';
import { CustomCheckSchema } from '@vigil/monitoring';
import { z } from 'zod';
import { actorOf } from '../auth/request-auth.ts';
import type { App, AppContext } from '../context.ts';
import { errorResponses } from '../http/schemas.ts';
import {
  createCustomCheck,
  deleteCustomCheck,
  listCustomChecks,
  updateCustomCheck,
} from './custom-checks.service.ts';
import { registryOf } from './registry.ts';

export const CustomChecksCreateSchema = CustomCheckSchema;
export const CustomChecksUpdateSchema = CustomCheckSchema.omit({ id: true }).extend({
  id: z.string().optional(),
});
const CustomCheckViewSchema = z.object({
  checkId: z.string(),
  spec: z.record(z.string(), z.unknown()),
  /** Why a saved check no longer compiles (its resource type was removed …), else null. */
  problem: z.string().nullable(),
});
const Params = z.strictObject({ checkId: z.string().min(1).max(200) });

export function registerCustomCheckRoutes(app: App, ctx: AppContext) {
  const { db } = ctx;
  const one = async (orgId: string, checkId: string) =>
    (await listCustomChecks(db, orgId)).find((c) => c.checkId === checkId)!;

  app.get(
    '/api/monitoring/custom-checks',
    {
      config: { access: { permission: 'monitoring.read' } },
      schema: {
        tags: ['monitoring'],
        response: { 200: z.object({ items: z.array(CustomCheckViewSchema) }), ...errorResponses },
      },
    },
    async (req) => ({ items: await listCustomChecks(db, req.auth!.org!.id) }),
  );

  app.post(
    '/api/monitoring/custom-checks',
    {
      config: { access: { permission: 'monitoring.manage' } },
      schema: {
        tags: ['monitoring'],
        summary: 'Add a custom check in CEL; the expression is compiled before it is saved',
        body: CustomChecksCreateSchema,
        response: { 201: CustomCheckViewSchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      await db.transaction((tx) => createCustomCheck(tx, actor, registryOf(ctx), req.body));
      return reply.status(201).send(await one(actor.orgId, req.body.id));
    },
  );

  app.put(
    '/api/monitoring/custom-checks/:checkId',
    {
      config: { access: { permission: 'monitoring.manage' } },
      schema: {
        tags: ['monitoring'],
        params: Params,
        body: CustomChecksUpdateSchema,
        response: { 200: CustomCheckViewSchema, ...errorResponses },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      await db.transaction((tx) => updateCustomCheck(tx, actor, req.params.checkId, req.body));
      return one(actor.orgId, req.params.checkId);
    },
  );

  app.delete(
    '/api/monitoring/custom-checks/:checkId',
    {
      config: { access: { permission: 'monitoring.manage' } },
      schema: {
        body: NoBodySchema,
        tags: ['monitoring'],
        params: Params,
        response: { 200: z.object({ deleted: z.literal(true) }), ...errorResponses },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      await db.transaction((tx) => deleteCustomCheck(tx, actor, req.params.checkId));
      return { deleted: true as const };
    },
  );
}
