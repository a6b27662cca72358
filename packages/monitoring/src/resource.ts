/**
 * The normalized resource model: whatever a connector reads (a CSV export, `gh api` JSON, a live
 * API), it produces resources of a known type whose attributes follow that type's schema.
 */
import { z } from 'zod';

/** A resource as a connector emits it, before it is stored. */
export const ResourceSchema = z.object({
  /** The connector that produced it, e.g. `aws`, `github`, `trivy`. */
  source: z.string().min(1),
  /** A registered resource type, e.g. `identity.user`. */
  type: z.string().min(1),
  /** Stable id within the source and type (an ARN, `owner/repo`, an email …). */
  externalId: z.string().min(1),
  /** What a person calls it, for lists and messages. */
  name: z.string(),
  attributes: z.record(z.string(), z.unknown()),
});
export type Resource = z.infer<typeof ResourceSchema>;

/** The identity of a resource across sweeps. */
export const resourceKey = (r: Pick<Resource, 'source' | 'type' | 'externalId'>) =>
  `${r.source}|${r.type}|${r.externalId}`;

export interface ResourceTypeDef<A = Record<string, unknown>> {
  type: string;
  title: string;
  description: string;
  /** Validates and types the attributes; checks evaluate only attributes that parsed. */
  attributes: z.ZodType<A>;
}

const registry = new Map<string, ResourceTypeDef<unknown>>();

/** Declares a resource type once; connectors and checks refer to it by `type`. */
export function defineResourceType<A>(def: ResourceTypeDef<A>): ResourceTypeDef<A> {
  if (registry.has(def.type)) throw new Error(`resource type ${def.type} is defined twice`);
  registry.set(def.type, def as ResourceTypeDef<unknown>);
  return def;
}

/** The definition of a resource type, or undefined. */
export const resourceType = (type: string) => registry.get(type);
