/**
 * Resources built up from several files: an importer that describes a type only in part supplies
 * some attributes, and the others stay as the connector's earlier files left them.
 */
import type { PartialType } from './connector.ts';
import type { Resource } from './resource.ts';

/** The resource laid over the stored attributes: the part's own attributes replace, the rest stay. */
export function layOver(
  stored: Readonly<Record<string, unknown>>,
  incoming: Resource,
  part: PartialType,
): Resource {
  const kept: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(stored)) if (!part.attributes.includes(k)) kept[k] = v;
  return { ...incoming, attributes: { ...kept, ...incoming.attributes } };
}
