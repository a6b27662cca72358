/** Helpers shared by the scanner importers: shape validation with JSON paths, labels, detection. */
import { basename } from 'node:path';
import { ImportError, type ImportInput } from '@vigil/monitoring';
import type { z } from 'zod';
import { type JsonNode, jsonPath, type PathSeg } from './json-stream.ts';

/** Validates a taken value; the error names the JSON path of the offending field and its line. */
export function parseShape<T>(schema: z.ZodType<T>, node: JsonNode, input: ImportInput, what: string): T {
  const parsed = schema.safeParse(node.value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const path: PathSeg[] = [...node.path, ...issue.path.map((p) => (typeof p === 'number' ? p : String(p)))];
  throw new ImportError(
    input.name,
    jsonPath(path),
    `${what}: ${issue.message} (item starts at line ${node.line})`,
  );
}

/**
 * A stable label from the export's file name, for sources whose output does not name what was
 * scanned (`npm audit`, `kubectl`): `web-app.npm-audit.json` → `web-app`.
 */
export function exportLabel(fileName: string, suffixes: readonly string[]): string {
  let name = basename(fileName).replace(/\.json$/i, '');
  for (const s of suffixes) if (name.toLowerCase().endsWith(s)) name = name.slice(0, -s.length);
  return name.replace(/[.\-_]+$/, '') || basename(fileName);
}
