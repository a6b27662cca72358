/**
 * Custom CEL checks from a file for `vigil check --custom`: JSON or YAML, one check, a list, or
 * `{ checks: [...] }`. A mistake is reported with the file, the line and the path of the field.
 */
import { readFile } from 'node:fs/promises';
import { CustomCheckError, compileCustomCheck } from '@vigil/monitoring';
import type { AnyCheck } from '@vigil/server';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { CliError } from '../output.ts';
import { CHECK_EXIT } from './check-report.ts';

const fail = (message: string) => new CliError(message, CHECK_EXIT.input);

/** `checks[0].expression` for the path segments ['checks', 0, 'expression']. */
const pathText = (path: readonly (string | number)[]) =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');

/** Loads and compiles every custom check of a file, or throws naming the file, line and field. */
export async function loadCustomCheckFile(file: string): Promise<AnyCheck[]> {
  const text = await readFile(file, 'utf8').catch(() => {
    throw fail(`--custom: ${file}: no such file`);
  });
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    throw fail(`${file}: line ${lines.linePos(e.pos[0]).line}: ${e.message.split('\n')[0]}`);
  }
  const root = doc.contents;
  const base: (string | number)[] = isMap(root) && root.has('checks') ? ['checks'] : [];
  const list = base.length ? doc.get('checks', true) : root;
  const items: (string | number)[][] = isSeq(list)
    ? list.items.map((_, i) => [...base, i])
    : isMap(list)
      ? [base]
      : [];
  if (items.length === 0) throw fail(`${file}: expected a check, a list of checks or { checks: [...] }`);
  const js: unknown = doc.toJS();
  return items.map((at) => {
    const value = at.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k], js);
    try {
      return compileCustomCheck(value) as AnyCheck;
    } catch (err) {
      if (!(err instanceof CustomCheckError)) throw err;
      const fieldPath = [...at, ...err.field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p))];
      const node = doc.getIn(fieldPath, true) ?? doc.getIn(at, true);
      const offset = (node as { range?: [number, number, number] } | undefined)?.range?.[0];
      const where = offset === undefined ? '' : `line ${lines.linePos(offset).line}: `;
      const detail = err.message.slice(err.field.length + 2);
      throw fail(`${file}: ${where}${pathText(fieldPath)}: ${detail}`);
    }
  });
}
