#!/usr/bin/env node
// The `vigil` command: loads the TypeScript sources through tsx, so there is no build step.
import { setFlagsFromString } from 'node:v8';
import { register } from 'tsx/esm/api';

// Imports and uploads allocate fast and briefly, and V8 would let the heap grow to about four times
// what is live before collecting it. A 50 % growth step and a small young generation keep the import
// of a 300 MiB file under 512 MiB (bench/imports), for a few per cent of time.
setFlagsFromString('--heap-growing-percent=50');
setFlagsFromString('--max-semi-space-size=4');

register();
await import('../src/main.ts');
