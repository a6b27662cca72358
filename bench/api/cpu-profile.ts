/**
 * Summarizes a V8 .cpuprofile written by `run.ts --cpu-prof` (one per database and scenario, covering only
 * the measured window): self time by package / area and the hottest functions.
 *
 *   node --import tsx bench/api/cpu-profile.ts bench/results/profiles/postgres-controls-list.cpuprofile [--top 25]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '25' } },
});
const file = positionals[0];
if (!file) throw new Error('usage: cpu-profile.ts <file.cpuprofile> [--top 25]');
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfUs = new Map<number, number>();
for (const [i, id] of profile.samples.entries())
  selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));

/** Where a frame's code lives: an npm package, a Vigil workspace directory, node internals, or V8. */
function area(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const pkg = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1]!;
  const ws = url.match(/\/(apps\/[^/]+\/src\/[^/]+|packages\/[^/]+)\//);
  if (ws) return ws[1]!;
  if (url.startsWith('node:')) return 'node:internal';
  return url.replace(/^file:\/\//, '');
}

const total = [...selfUs.values()].reduce((s, v) => s + v, 0);
const byArea = new Map<string, number>();
const byFunction = new Map<string, number>();
for (const [id, us] of selfUs) {
  const { callFrame: f } = byId.get(id)!;
  const a = area(f.url, f.functionName);
  byArea.set(a, (byArea.get(a) ?? 0) + us);
  const key = `${f.functionName || '(anonymous)'}  ${a}:${f.lineNumber + 1}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + us);
}

const pct = (us: number) => `${((100 * us) / total).toFixed(1).padStart(5)}%`;
const top = Number(values.top);
console.log(`${file}: ${(total / 1e6).toFixed(1)} s of samples\n\nself time by area`);
for (const [a, us] of [...byArea].sort((x, y) => y[1] - x[1]).slice(0, top)) console.log(`${pct(us)}  ${a}`);
console.log('\nhottest functions (self time)');
for (const [f, us] of [...byFunction].sort((x, y) => y[1] - x[1]).slice(0, top))
  console.log(`${pct(us)}  ${f}`);
