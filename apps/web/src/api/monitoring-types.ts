/**
 * Shapes of the domain not yet described in `@vigil/api` (connectors), inferred
 * from the server's zod schemas by type-only imports that Vite erases. Each goes away as its domain
 * moves to `@vigil/api`; monitoring, runs and effectiveness already have.
 */
import type {
  ConnectorKindSchema,
  ConnectorsCreateReq,
  ConnectorsUpdateReq,
  ConnectorView,
} from '@vigil/server/integrations/integrations.schema';
import type { z } from 'zod';

export type { ConnectorsCreateReq, ConnectorsUpdateReq, ConnectorView };

export type ConnectorKind = z.infer<typeof ConnectorKindSchema>;
