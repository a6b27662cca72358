/** Turning a template's Markdown into an organization's own text. */
import { type PolicyPlaceholder, PolicyPlaceholderSchema } from './schema.ts';

const MARKER = /\{\{\s*([a-z_]+)\s*\}\}/g;

/** The placeholders a body uses, each once, in order of first use. */
export function placeholdersIn(body: string): string[] {
  return [...new Set([...body.matchAll(MARKER)].map((m) => m[1]!))];
}

/** The outcome of filling: the text, or the placeholders that could not be filled. */
export type FillResult = { ok: true; text: string } | { ok: false; unknown: string[]; missing: string[] };

/** The body with every placeholder replaced, or which ones are unknown or have no value. */
export function fillPolicyTemplate(
  body: string,
  values: Partial<Record<PolicyPlaceholder, string>>,
): FillResult {
  const used = placeholdersIn(body);
  const unknown = used.filter((name) => !PolicyPlaceholderSchema.safeParse(name).success);
  const missing = used.filter(
    (name) => !unknown.includes(name) && !values[name as PolicyPlaceholder]?.trim(),
  );
  if (unknown.length > 0 || missing.length > 0) return { ok: false, unknown, missing };
  return { ok: true, text: body.replace(MARKER, (_, name: PolicyPlaceholder) => values[name]!.trim()) };
}
