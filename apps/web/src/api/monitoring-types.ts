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
} from '@vigil/server/alerts/alerts.schema';
import type {
  EvidenceDetailSchema,
  EvidenceKindSchema,
  EvidenceListQuery,
  EvidenceVerifySchema,
  EvidenceView,
} from '@vigil/server/evidence/evidence.schema';
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
  EvidenceView,
};

export type ConnectorKind = z.infer<typeof ConnectorKindSchema>;

export type EvidenceKind = z.infer<typeof EvidenceKindSchema>;
export type EvidenceDetail = z.infer<typeof EvidenceDetailSchema>;
export type EvidenceVerification = z.infer<typeof EvidenceVerifySchema>;
/** List filters as the page sends them; the server fills in paging defaults. */
export type EvidenceFilters = Partial<EvidenceListQuery>;
export interface ControlEvidence {
  controlId: string;
  code: string;
  evidenceExpired: number;
  items: EvidenceView[];
}

export type ChannelWithSecret = z.infer<typeof ChannelWithSecretSchema>;
