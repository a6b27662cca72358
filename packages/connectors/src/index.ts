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

/** The importer with this id, or undefined. */
export const importerById = (id: string) => IMPORTERS.find((i) => i.id === id);

/** The importer whose format matches the file's first bytes and name, or undefined. */
export const detectImporter = (head: string, fileName: string) =>
  IMPORTERS.find((i) => i.detect(head, fileName));
