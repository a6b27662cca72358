/**
 * Every action code the server records has a sentence: reads each `recordAudit(...)` call in the
 * server's source and checks its action against the wording rules in `@vigil/core`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AUDIT_ACTIONS } from '@vigil/core/audit-wording';
import { describe, expect, it } from 'vitest';

const SERVER = join(import.meta.dirname, '../apps/server/src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'test' ? [] : sources(path);
    return /\.ts$/.test(d.name) && !/\.(itest|test)\.ts$/.test(d.name) ? [path] : [];
  });
}

/** The action of every `recordAudit(` call: the first `action:` after it, which must be a literal. */
function recordedActions(): { file: string; action: string | null }[] {
  const found: { file: string; action: string | null }[] = [];
  for (const file of sources(SERVER)) {
    const text = readFileSync(file, 'utf8');
    for (const call of text.matchAll(/recordAudit\(/g)) {
      if (text.slice(0, call.index).endsWith('function ')) continue;
      const after = text.slice(call.index, call.index + 600);
      const action = /\baction:\s*'([a-z_.]+)'/.exec(after)?.[1] ?? null;
      found.push({ file: file.slice(SERVER.length + 1), action });
    }
  }
  return found;
}

describe('audit wording', () => {
  const recorded = recordedActions();

  it('finds the recorder calls of the server', () => {
    expect(recorded.length).toBeGreaterThan(30);
    expect(recorded.map((r) => r.action)).toContain('control.updated');
  });

  it('every recorded action is a literal code with a sentence', () => {
    const unworded = recorded.filter((r) => r.action === null || !AUDIT_ACTIONS[r.action]);
    expect(
      unworded,
      'recordAudit calls whose action has no wording in packages/core/src/audit-wording.ts',
    ).toEqual([]);
  });

  it('words no action the server never records', () => {
    const codes = new Set(recorded.map((r) => r.action));
    expect(Object.keys(AUDIT_ACTIONS).filter((a) => !codes.has(a))).toEqual([]);
  });
});
