/**
 * The registry a running Vigil uses: the importers, collectors and checks that ship, and the domains
 * that follow every sweep in its transaction (the person register follows the HR roster and the accounts).
 * Composition, not monitoring: monitoring knows followers only by the shape `context.ts` declares.
 */
import type { MonitoringRegistry } from './context.ts';
import { defaultRegistry } from './monitoring/registry.ts';
import { followSweep } from './people/index.ts';

/** The shipped registry with its sweep followers. */
export const shippedRegistry = (): MonitoringRegistry => ({ ...defaultRegistry(), followers: [followSweep] });
