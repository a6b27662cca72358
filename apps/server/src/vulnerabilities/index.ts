/** What other parts of the server use of vulnerabilities: its routes. */
export { registerVulnerabilityRoutes } from './vulnerabilities.routes.ts';
