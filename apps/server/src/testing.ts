/**
 * What tests outside the server use (`@vigil/server/testing`): test doubles that never ship in the
 * running server. Production code imports `@vigil/server` instead.
 */

export { tarGzOf } from './test/archives.ts';
export type { IdpAccount, TestIdp } from './test/oidc-test-idp.ts';
export { startTestIdp } from './test/oidc-test-idp.ts';
