/**
 * Shapes of the domains not yet described in `@vigil/api` (alerts, evidence, connectors), inferred
 * from the server's zod schemas by type-only imports that Vite erases. Each goes away as its domain
 * moves to `@vigil/api`; monitoring, runs and effectiveness already have.
 */
import type {
  AlertKind,
  ChannelCreateReq,
  ChannelKind,
  ChannelUpdateReq,
  ChannelView,
  ChannelWithSecretSchema,
  ControlEvidence,
  EvidenceDetail,
  EvidenceFilters,
  EvidenceKind,
  EvidenceVerification,
  EvidenceView,
} from '@vigil/api';

export type {
  ControlEvidence,
  EvidenceDetail,
  EvidenceFilters,
  EvidenceKind,
  EvidenceVerification,
  EvidenceView,
};

import type {
  ConnectorKindSchema,
  ConnectorsCreateReq,
  ConnectorsUpdateReq,
  ConnectorView,
} from '@vigil/server/integrations/integrations.schema';
import type { z } from 'zod';

export type {
  AlertKind,
  ChannelCreateReq,
  ChannelKind,
  ChannelUpdateReq,
  ChannelView,
  ConnectorsCreateReq,
  ConnectorsUpdateReq,
  ConnectorView,
};

export type ConnectorKind = z.infer<typeof ConnectorKindSchema>;

export type ChannelWithSecret = z.infer<typeof ChannelWithSecretSchema>;
