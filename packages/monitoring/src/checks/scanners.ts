/** Built-in checks over the scanner resource types: vulnerabilities, dependencies, SAST, Kubernetes, TLS. */
import type { CheckDefinition } from '../check.ts';
import * as k8s from './scanners-k8s.ts';
import * as tls from './scanners-tls.ts';
import * as vuln from './scanners-vuln.ts';

// Each module exports only checks, each typed by its own resource type; the registry holds them
// behind the erased type, which `evaluateOne` restores by parsing the attributes first.
const all = [...Object.values(vuln), ...Object.values(k8s), ...Object.values(tls)];

/** The scanner checks; their ids start with `vuln.`, `deps.`, `sast.`, `k8s.` or `tls.`. */
export const SCANNERS_CHECKS = all as unknown as CheckDefinition<never>[];
