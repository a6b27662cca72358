/**
 * For tests only: validates an OSCAL document against NIST's 1.1.3 and 1.2.2 JSON Schemas (fixtures
 * in packages/core/test/oscal) and checks what the schemas cannot say: uuids and ids are unique,
 * every `#uuid` href and `*-uuid` reference resolves, role ids are defined, and control ids exist in
 * the catalog.
 */
import { readFileSync } from 'node:fs';
import { CRITERIA } from '@vigil/catalog';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => void;
export const OSCAL_SCHEMA_RELEASES = ['1.1.3', '1.2.2'] as const;

const validators = new Map<string, ValidateFunction>();
function validator(release: string): ValidateFunction {
  let v = validators.get(release);
  if (!v) {
    const url = new URL(`../test/oscal/oscal_complete_schema-${release}.json`, import.meta.url);
    const schema = JSON.parse(readFileSync(url, 'utf8'));
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    v = ajv.compile(schema);
    validators.set(release, v);
  }
  return v;
}

/** Schema errors of a document against one release ([] when valid). */
export function oscalSchemaErrors(doc: unknown, release: string): string[] {
  const v = validator(release);
  if (v(doc)) return [];
  return (v.errors ?? [])
    .slice(0, 20)
    .map((e) => `${release} ${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
}

const CATALOG_IDS = new Set(CRITERIA.map((c) => c.id));

/** Problems the schema cannot see: duplicate uuids/ids, dangling references, unknown control ids. */
export function oscalReferenceErrors(doc: unknown): string[] {
  const uuids: string[] = [];
  const ids: string[] = [];
  const refs: { path: string; uuid: string }[] = [];
  const roleIds: string[] = [];
  const roleRefs: string[] = [];
  const controlRefs: { path: string; id: string }[] = [];
  const walk = (v: unknown, path: string, parentKey: string) => {
    if (Array.isArray(v)) {
      v.forEach((x, i) => {
        walk(x, `${path}/${i}`, parentKey);
      });
      return;
    }
    if (v === null || typeof v !== 'object') return;
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      const p = `${path}/${k}`;
      if (k === 'uuid' && typeof x === 'string') uuids.push(x);
      else if (k === 'id' && typeof x === 'string' && parentKey === 'roles') roleIds.push(x);
      else if (k === 'id' && typeof x === 'string' && parentKey !== 'system-ids' && parentKey !== 'system-id')
        ids.push(x);
      else if (k.endsWith('-uuid') && typeof x === 'string') refs.push({ path: p, uuid: x });
      else if (k === 'href' && typeof x === 'string' && x.startsWith('#'))
        refs.push({ path: p, uuid: x.slice(1) });
      else if (k === 'role-ids' && Array.isArray(x)) roleRefs.push(...(x as string[]));
      else if ((k === 'control-id' || k === 'target-id') && typeof x === 'string')
        controlRefs.push({ path: p, id: x });
      else if (k === 'with-ids' && Array.isArray(x)) for (const id of x) controlRefs.push({ path: p, id });
      walk(x, p, k === 'system-id' ? 'system-id' : k);
    }
  };
  walk(doc, '', '');
  const problems: string[] = [];
  const dup = (list: string[], what: string) => {
    const seen = new Set<string>();
    for (const x of list) {
      if (seen.has(x)) problems.push(`duplicate ${what} ${x}`);
      seen.add(x);
    }
  };
  dup(uuids, 'uuid');
  dup(ids, 'id');
  const known = new Set(uuids);
  for (const r of refs) if (!known.has(r.uuid)) problems.push(`${r.path}: ${r.uuid} does not resolve`);
  const roles = new Set(roleIds);
  for (const r of roleRefs) if (!roles.has(r)) problems.push(`role ${r} is not defined`);
  const isCatalog = typeof doc === 'object' && doc !== null && 'catalog' in doc;
  if (!isCatalog) {
    for (const c of controlRefs)
      if (!CATALOG_IDS.has(c.id)) problems.push(`${c.path}: control ${c.id} is not in the catalog`);
  }
  return problems;
}

/** Every problem of a document: both schema releases and the references. */
export function oscalProblems(doc: unknown): string[] {
  return [...OSCAL_SCHEMA_RELEASES.flatMap((r) => oscalSchemaErrors(doc, r)), ...oscalReferenceErrors(doc)];
}
