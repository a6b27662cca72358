/** The one contract between Vigil's server and its callers: schemas, enums and route descriptors. */
export * from '@vigil/core/vocabulary';
export * from './audit-trail.ts';
export * from './catalog.ts';
export * from './client.ts';
export * from './common.ts';
export * from './connectors.ts';
export * from './controls.ts';
export * from './dashboard.ts';
export * from './engagements.ts';
export * from './meta.ts';
export * from './request.ts';
export * from './route.ts';
export * from './runs.ts';
export * from './scope.ts';
