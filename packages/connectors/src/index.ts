/** Every connector: file importers of standard tool exports, and live collectors. */
import type { FileImporter } from '@vigil/monitoring';
import { CLOUD_IMPORTERS } from './cloud/index.ts';

export { collectorById, LIVE_COLLECTORS } from './live.ts';

import { SAAS_IMPORTERS } from './saas/index.ts';
import { SCANNERS_IMPORTERS } from './scanners/index.ts';

/** Every file importer; ids are unique. */
export const IMPORTERS: readonly FileImporter[] = [
  ...CLOUD_IMPORTERS,
  ...SAAS_IMPORTERS,
  ...SCANNERS_IMPORTERS,
];
