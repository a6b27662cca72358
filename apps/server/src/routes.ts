/** Every route module of the API, registered in one place so the route table is easy to audit. */
import { registerAuthRoutes } from './accounts/auth.routes.ts';
import { registerAlertRoutes } from './alerts/alerts.routes.ts';
import { registerAuditTrailRoutes } from './audit/audit-trail.routes.ts';
import { registerCatalogRoutes } from './catalog/catalog.routes.ts';
import { registerIntegrationRoutes } from './connectors/connectors.routes.ts';
import type { App, AppContext } from './context.ts';
import { registerControlRoutes } from './controls/controls.routes.ts';
import { registerDashboardRoutes } from './dashboard/dashboard.routes.ts';
import { registerEngagementRoutes } from './engagements/engagements.routes.ts';
import { registerEvidenceRoutes } from './evidence/evidence.routes.ts';
import { registerInvitationRoutes } from './invitations/invitations.routes.ts';
import { registerCustomCheckRoutes } from './monitoring/custom-checks.routes.ts';
import { registerEffectivenessRoutes } from './monitoring/effectiveness.routes.ts';
import { registerMonitoringRoutes } from './monitoring/monitoring.routes.ts';
import { registerPolicyRoutes } from './policies/index.ts';
import { registerScopeRoutes } from './scope/scope.routes.ts';
import { registerSsoRoutes } from './sso/sso.routes.ts';
import { registerTokenRoutes } from './tokens/tokens.routes.ts';
import { registerUserRoutes } from './users/users.routes.ts';

export async function registerRoutes(app: App, ctx: AppContext) {
  registerAuthRoutes(app, ctx);
  registerCatalogRoutes(app, ctx);
  registerScopeRoutes(app, ctx);
  registerEngagementRoutes(app, ctx);
  registerControlRoutes(app, ctx);
  registerDashboardRoutes(app, ctx);
  registerAuditTrailRoutes(app, ctx);
  registerUserRoutes(app, ctx);
  registerInvitationRoutes(app, ctx);
  registerTokenRoutes(app, ctx);
  registerSsoRoutes(app, ctx);
  await registerEvidenceRoutes(app, ctx);
  registerAlertRoutes(app, ctx);
  registerMonitoringRoutes(app, ctx);
  registerCustomCheckRoutes(app, ctx);
  registerEffectivenessRoutes(app, ctx);
  registerPolicyRoutes(app, ctx);
  await registerIntegrationRoutes(app, ctx);
}
