/** The Vigil server as a library: used by the CLI, the tests and the benchmarks. */
export { buildApp } from './app.ts';
export type { Actor, OrgActor } from './audit/actor.ts';
export { systemActor } from './audit/actor.ts';
export { recordAudit } from './audit/audit-recorder.ts';
export type { ChainVerification } from './audit/chain-verifier.ts';
export { verifyOrgChain } from './audit/chain-verifier.ts';
export { serverConfigFromEnv } from './config.ts';
export type { App, AppContext } from './context.ts';
export { createOrganization } from './organizations/organization-creator.ts';
export { startServer } from './server.ts';
