#!/usr/bin/env node
// The `vigil` command: loads the TypeScript sources through tsx, so there is no build step.
import { setFlagsFromString } from 'node:v8';
import { register } from 'tsx/esm/api';
import { v8FlagsFor } from './v8-settings.js';

const missing = v8FlagsFor(process.argv.slice(2)).filter((flag) => !process.execArgv.includes(flag));
if (missing.length > 0 && typeof process.execve === 'function') {
  // V8 reads its heap and compiler flags when it starts, and from Node 24 ignores them set later: the
  // process replaces itself with one started with them (same process id, streams and environment).
  process.execve(
    process.execPath,
    [process.execPath, ...process.execArgv, ...missing, ...process.argv.slice(1)],
    process.env,
  );
}
// Node 20 has no execve, and still takes them at run time.
for (const flag of missing) setFlagsFromString(flag);

register();
await import('../src/main.ts');
