/**
 * What monitoring can run: the file importers, live collectors and checks that ship with Vigil, plus
 * each organization's own CEL checks. Tests pass a registry of their own; production uses the defaults.
 */
import { IMPORTERS, LIVE_COLLECTORS } from '@vigil/connectors';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { BUILTIN_CHECKS, CustomCheckError, compileCustomCheck } from '@vigil/monitoring';
import { eq } from 'drizzle-orm';
import type { AnyCheck, MonitoringRegistry } from '../context.ts';

/** The registry's shape is declared with the context (below the domains), which carries one. */
export type { AnyCheck, MonitoringRegistry };

/** The importers, collectors and checks that ship with Vigil. */
export const defaultRegistry = (): MonitoringRegistry => ({
  importers: IMPORTERS,
  collectors: LIVE_COLLECTORS,
  checks: BUILTIN_CHECKS as readonly AnyCheck[],
});

/** The registry of a context, or the defaults when it names none. */
export const registryOf = (ctx: { monitoring?: MonitoringRegistry }) => ctx.monitoring ?? defaultRegistry();

/** The importer with this id in the registry, or undefined. */
export const importerIn = (registry: MonitoringRegistry, id: string) =>
  registry.importers.find((i) => i.id === id);

/** The live collector with this id in the registry, or undefined. */
export const collectorIn = (registry: MonitoringRegistry, id: string) =>
  registry.collectors?.find((c) => c.id === id);

/** The importer whose format matches the file's first bytes and name, or undefined. */
export const detectIn = (registry: MonitoringRegistry, head: string, fileName: string) =>
  registry.importers.find((i) => i.detect(head, fileName));

/** Connector kind that picks its importer per uploaded file, from the file's content. */
export const AUTO_DETECT_KIND = 'file.auto';

/** The resource types a connector of this kind produces (every type, for auto-detection). */
export function typesOfKind(registry: MonitoringRegistry, kind: string): string[] {
  if (kind === AUTO_DETECT_KIND) return [...new Set(registry.importers.flatMap((i) => i.produces))];
  return importerIn(registry, kind)?.produces ?? collectorIn(registry, kind)?.produces ?? [];
}

/** An organization's custom check as stored, compiled or with the reason it no longer compiles. */
export interface StoredCustomCheck {
  id: string;
  checkId: string;
  spec: Record<string, unknown>;
  check: AnyCheck | null;
  problem: string | null;
}

/** Loads and compiles an organization's custom checks; one that no longer compiles is kept with its problem. */
export async function loadCustomChecks(db: Db, orgId: string): Promise<StoredCustomCheck[]> {
  const rows = await db
    .select()
    .from(schema.customChecks)
    .where(eq(schema.customChecks.orgId, orgId))
    .orderBy(schema.customChecks.checkId);
  return rows.map((r) => {
    try {
      return {
        id: r.id,
        checkId: r.checkId,
        spec: r.spec,
        check: compileCustomCheck(r.spec) as AnyCheck,
        problem: null,
      };
    } catch (err) {
      // A resource type removed after the check was saved: the check is skipped, not the sweep.
      const problem = err instanceof CustomCheckError ? err.message : String(err);
      return { id: r.id, checkId: r.checkId, spec: r.spec, check: null, problem };
    }
  });
}

/** Every check that applies to an organization: the registry's plus its custom checks that compile. */
export async function checksForOrg(db: Db, orgId: string, registry: MonitoringRegistry): Promise<AnyCheck[]> {
  const custom = await loadCustomChecks(db, orgId);
  return [...registry.checks, ...custom.flatMap((c) => (c.check ? [c.check] : []))];
}
