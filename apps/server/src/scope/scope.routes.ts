/** Scope: the Trust Services Criteria categories in scope and the inventory of system components. */

import { NameSchema, NoBodySchema } from '@vigil/api';
import { CategoryIdSchema, ComponentKindSchema } from '@vigil/catalog';
import { normalizeCategories, notFound } from '@vigil/core';
import { schema } from '@vigil/db';
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { diffFields, recordAudit } from '../audit/audit-recorder.ts';
import { actorOf } from '../auth/request-auth.ts';
import type { App, AppContext } from '../context.ts';
import { errorResponses } from '../http/schemas.ts';
import { assertMember } from '../users/membership-check.ts';

const ScopeSchema = z.object({ categories: z.array(CategoryIdSchema) });
const SystemSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: ComponentKindSchema,
  description: z.string(),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  inScope: z.boolean(),
});
const SystemsCreateSchema = z.strictObject({
  name: NameSchema,
  kind: ComponentKindSchema,
  description: z.string().trim().max(2000).default(''),
  ownerId: z.string().uuid().nullable().default(null),
  inScope: z.boolean().default(true),
});
const SystemsUpdateSchema = SystemsCreateSchema.partial();
const SystemParams = z.strictObject({ systemId: z.string().uuid() });

export function registerScopeRoutes(app: App, { db }: AppContext) {
  const { organizations, systems, users } = schema;

  async function listSystems(orgId: string, id?: string) {
    return db
      .select({
        id: systems.id,
        name: systems.name,
        kind: systems.kind,
        description: systems.description,
        ownerId: systems.ownerId,
        ownerName: users.name,
        inScope: systems.inScope,
      })
      .from(systems)
      .leftJoin(users, eq(users.id, systems.ownerId))
      .where(and(eq(systems.orgId, orgId), id ? eq(systems.id, id) : undefined))
      .orderBy(asc(systems.kind), asc(systems.name));
  }

  app.get(
    '/api/scope',
    {
      config: { access: { permission: 'scope.read' } },
      schema: { tags: ['scope'], response: { 200: ScopeSchema } },
    },
    async (req) => {
      const [org] = await db.select().from(organizations).where(eq(organizations.id, req.auth!.org!.id));
      return { categories: normalizeCategories(org?.categories ?? []) };
    },
  );

  app.put(
    '/api/scope',
    {
      config: { access: { permission: 'scope.edit' } },
      schema: {
        tags: ['scope'],
        body: z.strictObject({ categories: z.array(CategoryIdSchema).max(5) }),
        response: { 200: ScopeSchema, ...errorResponses },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const categories = normalizeCategories(req.body.categories);
      await db.transaction(async (tx) => {
        const [before] = await tx
          .select()
          .from(organizations)
          .where(eq(organizations.id, actor.orgId))
          .for('update');
        await tx.update(organizations).set({ categories }).where(eq(organizations.id, actor.orgId));
        await recordAudit(tx, actor, {
          orgId: actor.orgId,
          action: 'scope.updated',
          entityType: 'organization',
          entityId: actor.orgId,
          changes: { categories: { from: before?.categories ?? [], to: categories } },
        });
      });
      return { categories };
    },
  );

  app.get(
    '/api/systems',
    {
      config: { access: { permission: 'systems.read' } },
      schema: { tags: ['scope'], response: { 200: z.object({ items: z.array(SystemSchema) }) } },
    },
    async (req) => ({ items: await listSystems(req.auth!.org!.id) }),
  );

  app.post(
    '/api/systems',
    {
      config: { access: { permission: 'systems.edit' } },
      schema: {
        tags: ['scope'],
        body: SystemsCreateSchema,
        response: { 201: SystemSchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const id = await db.transaction(async (tx) => {
        await assertMember(tx, actor.orgId, req.body.ownerId, 'ownerId');
        const [row] = await tx
          .insert(systems)
          .values({ ...req.body, orgId: actor.orgId })
          .returning();
        await recordAudit(tx, actor, {
          orgId: actor.orgId,
          action: 'system.created',
          entityType: 'system',
          entityId: row!.id,
          changes: req.body,
        });
        return row!.id;
      });
      const [view] = await listSystems(actor.orgId, id);
      return reply.status(201).send(view!);
    },
  );

  app.patch(
    '/api/systems/:systemId',
    {
      config: { access: { permission: 'systems.edit' } },
      schema: {
        tags: ['scope'],
        params: SystemParams,
        body: SystemsUpdateSchema,
        response: { 200: SystemSchema, ...errorResponses },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      await db.transaction(async (tx) => {
        const [before] = await tx
          .select()
          .from(systems)
          .where(and(eq(systems.orgId, actor.orgId), eq(systems.id, req.params.systemId)))
          .for('update');
        if (!before) throw notFound('system');
        await assertMember(tx, actor.orgId, req.body.ownerId, 'ownerId');
        const changes = diffFields(before, req.body);
        if (Object.keys(changes).length === 0) return;
        await tx.update(systems).set(req.body).where(eq(systems.id, before.id));
        await recordAudit(tx, actor, {
          orgId: actor.orgId,
          action: 'system.updated',
          entityType: 'system',
          entityId: before.id,
          changes,
        });
      });
      const [view] = await listSystems(actor.orgId, req.params.systemId);
      return view!;
    },
  );

  app.delete(
    '/api/systems/:systemId',
    {
      config: { access: { permission: 'systems.edit' } },
      schema: {
        body: NoBodySchema,
        tags: ['scope'],
        params: SystemParams,
        response: { 200: z.object({ ok: z.boolean() }), ...errorResponses },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      await db.transaction(async (tx) => {
        const [gone] = await tx
          .delete(systems)
          .where(and(eq(systems.orgId, actor.orgId), eq(systems.id, req.params.systemId)))
          .returning();
        if (!gone) throw notFound('system');
        await recordAudit(tx, actor, {
          orgId: actor.orgId,
          action: 'system.deleted',
          entityType: 'system',
          entityId: gone.id,
          changes: { name: gone.name, kind: gone.kind },
        });
      });
      return { ok: true };
    },
  );
}
