/** Every route module of the API, registered in one place so the route table is easy to audit. */
import { registerAuthRoutes } from './accounts/auth.routes.ts';
import type { App, AppContext } from './context.ts';
import { registerControlRoutes } from './controls/controls.routes.ts';

export async function registerRoutes(app: App, ctx: AppContext) {
  registerAuthRoutes(app, ctx);
  registerControlRoutes(app, ctx);
}
