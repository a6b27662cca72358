#!/usr/bin/env node
// The `vigil` command: loads the TypeScript sources through tsx, so there is no build step.
import { setFlagsFromString } from 'node:v8';
import { register } from 'tsx/esm/api';
import { v8FlagsFor } from './v8-settings.js';

for (const flag of v8FlagsFor(process.argv.slice(2))) setFlagsFromString(flag);

register();
await import('../src/main.ts');
