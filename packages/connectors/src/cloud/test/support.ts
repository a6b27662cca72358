/** Test helpers for the cloud importers: fixture paths, reading every resource, temp files. */
import { mkdtempSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FileImporter, type Resource, resourceType } from '@vigil/monitoring';
import '@vigil/monitoring/resource-types/cloud';
import { CLOUD_IMPORTERS } from '../index.ts';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** The importer with this id (throws when absent, so a typo fails loudly). */
export function importer(id: string): FileImporter {
  const found = CLOUD_IMPORTERS.find((i) => i.id === id);
  if (!found) throw new Error(`no importer ${id}`);
  return found;
}

/** Every resource an importer yields for a path. */
export async function readAll(
  id: string,
  path: string,
  name = path,
  extra: { accountId?: string } = {},
): Promise<Resource[]> {
  const out: Resource[] = [];
  for await (const r of importer(id).read({ path, name, ...extra })) out.push(r);
  return out;
}

/** Every resource an importer yields for a fixture (path relative to fixtures/). */
export const readFixture = (id: string, name: string) => readAll(id, join(FIXTURES, name), name);

/** A fresh temporary directory. */
export const tempDir = () => mkdtempSync(join(tmpdir(), 'vigil-cloud-'));

/** Writes content to a new temp file and returns its path. */
export async function tempFile(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(tempDir(), name);
  await writeFile(path, content);
  return path;
}

/** Asserts every resource's attributes parse with its registered type's schema. */
export function assertValidResources(resources: Resource[]) {
  for (const r of resources) {
    const def = resourceType(r.type);
    if (!def) throw new Error(`unregistered type ${r.type}`);
    const parsed = def.attributes.safeParse(r.attributes);
    if (!parsed.success) throw new Error(`${r.type} ${r.externalId}: ${parsed.error.message}`);
  }
}

/** The resource with this type and external id. */
export function find(resources: Resource[], type: string, externalId: string): Resource {
  const r = resources.find((x) => x.type === type && x.externalId === externalId);
  if (!r)
    throw new Error(
      `no ${type} ${externalId} in ${resources.map((x) => `${x.type}:${x.externalId}`).join(', ')}`,
    );
  return r;
}
