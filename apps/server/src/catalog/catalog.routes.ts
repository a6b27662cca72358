/** Read-only routes over the SOC 2 catalog, registered from their descriptors in `@vigil/api`. */
import { catalogRoutes as routes } from '@vigil/api';
import { CATEGORIES, COMPONENT_KINDS, CONTROL_TEMPLATES, REPORT_KINDS, REPORT_TYPES } from '@vigil/catalog';
import type { App, AppContext } from '../context.ts';
import { serve } from '../http/serve.ts';
import { getCriterion, listCriteria } from './catalog.queries.ts';

export function registerCatalogRoutes(app: App, { db }: AppContext) {
  serve(app, routes.categories, async () => ({ items: CATEGORIES }));
  serve(app, routes.componentKinds, async () => ({ items: COMPONENT_KINDS }));
  serve(app, routes.reportKinds, async () => ({ kinds: REPORT_KINDS, types: REPORT_TYPES }));
  serve(app, routes.templates, async () => ({ items: CONTROL_TEMPLATES }));
  serve(app, routes.criteria, async (req) => ({
    items: await listCriteria(db, req.auth!.org!.id, req.query),
  }));
  serve(app, routes.criterion, async (req) => getCriterion(db, req.auth!.org!.id, req.params.criterionId));
}
