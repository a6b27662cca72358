/** The scope API: the categories in scope and the inventory of system components. */
import { CategoryIdSchema, ComponentKindSchema } from '@vigil/catalog';
import { z } from 'zod';
import { itemsOf, NameSchema, NoBodySchema } from './common.ts';
import { defineRoute } from './route.ts';

export const ScopeSchema = z.object({ categories: z.array(CategoryIdSchema) });
export type Scope = z.infer<typeof ScopeSchema>;

export const ScopeUpdateSchema = z.strictObject({ categories: z.array(CategoryIdSchema).max(5) });
export type ScopeUpdate = z.infer<typeof ScopeUpdateSchema>;

export const SystemSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: ComponentKindSchema,
  description: z.string(),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  inScope: z.boolean(),
});
export type System = z.infer<typeof SystemSchema>;

export const SystemCreateSchema = z.strictObject({
  name: NameSchema,
  kind: ComponentKindSchema,
  description: z.string().trim().max(2000).default(''),
  ownerId: z.string().uuid().nullable().default(null),
  inScope: z.boolean().default(true),
});
/** A new system as a caller writes it. */
export type SystemInput = z.input<typeof SystemCreateSchema>;
/** A new system as the server reads it, defaults applied. */
export type SystemCreate = z.output<typeof SystemCreateSchema>;

export const SystemUpdateSchema = SystemCreateSchema.partial();
export type SystemUpdate = z.output<typeof SystemUpdateSchema>;

const SystemParams = z.strictObject({ systemId: z.string().uuid() });
const tag = 'scope';

/** Every endpoint of the scope domain: the scope itself and the systems in it. */
export const scopeRoutes = {
  get: defineRoute({
    method: 'GET',
    path: '/api/scope',
    access: { permission: 'scope.read' },
    tag,
    summary: 'The categories in scope',
    responses: { 200: ScopeSchema },
  }),
  update: defineRoute({
    method: 'PUT',
    path: '/api/scope',
    access: { permission: 'scope.edit' },
    tag,
    summary: 'Set the categories in scope',
    body: ScopeUpdateSchema,
    responses: { 200: ScopeSchema },
  }),
  listSystems: defineRoute({
    method: 'GET',
    path: '/api/systems',
    access: { permission: 'systems.read' },
    tag,
    summary: 'The inventory of system components',
    responses: { 200: itemsOf(SystemSchema) },
  }),
  createSystem: defineRoute({
    method: 'POST',
    path: '/api/systems',
    access: { permission: 'systems.edit' },
    tag,
    summary: 'Add a system component',
    body: SystemCreateSchema,
    responses: { 201: SystemSchema },
  }),
  updateSystem: defineRoute({
    method: 'PATCH',
    path: '/api/systems/:systemId',
    access: { permission: 'systems.edit' },
    tag,
    summary: 'Change a system component',
    params: SystemParams,
    body: SystemUpdateSchema,
    responses: { 200: SystemSchema },
  }),
  deleteSystem: defineRoute({
    method: 'DELETE',
    path: '/api/systems/:systemId',
    access: { permission: 'systems.edit' },
    tag,
    summary: 'Remove a system component',
    params: SystemParams,
    body: NoBodySchema,
    responses: { 200: z.object({ ok: z.boolean() }) },
  }),
} as const;
