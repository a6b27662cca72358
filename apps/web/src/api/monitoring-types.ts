/**
 * Response and request shapes of monitoring, integrations, evidence, effectiveness and alerts,
 * inferred from the server's own zod schemas. Type-only imports: Vite erases them, so no server
 * code reaches the bundle, and a change to a schema is a type error here rather than a silent drift.
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
  ControlEffectiveness,
  EngagementEffectiveness,
  ExceptionView,
} from '@vigil/server/monitoring/effectiveness.service';
import type {
  CheckDetailSchema,
  CheckHealthSchema,
  CheckSummary,
  ChecksListQuery,
  ControlMonitoringSchema,
  ControlsMonitoringListSchema,
  RunSchema,
} from '@vigil/server/monitoring/monitoring.schema';
import type { z } from 'zod';

export type {
  AlertKind,
  ChannelCreateReq,
  ChannelKind,
  ChannelUpdateReq,
  ChannelView,
  CheckSummary,
  ChecksListQuery,
  ControlEffectiveness,
  EngagementEffectiveness,
  EvidenceView,
  ExceptionView,
};

export type CheckHealth = z.infer<typeof CheckHealthSchema>;
export type Severity = CheckSummary['severity'];
export type CheckDetail = z.infer<typeof CheckDetailSchema>;
export type FailingResource = CheckDetail['failing']['items'][number];
export type HistoryInterval = CheckDetail['history']['items'][number];
export type ControlMonitoring = z.infer<typeof ControlMonitoringSchema>;
export type ControlStatuses = z.infer<typeof ControlsMonitoringListSchema>;
export type Run = z.infer<typeof RunSchema>;

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
