/**
 * Vendor management: the vocabularies a vendor, its reviews and its assurance reports store, and the
 * pure rules behind them (tier from the questionnaire, review due dates, report coverage).
 */
import { z } from 'zod';
import { addMonths } from './training.ts';

export const VendorDataAccessSchema = z.enum(['none', 'low', 'moderate', 'high', 'critical']);
export type VendorDataAccess = z.infer<typeof VendorDataAccessSchema>;
export const VendorImpactSchema = z.enum(['low', 'moderate', 'high', 'critical']);
export type VendorImpact = z.infer<typeof VendorImpactSchema>;
export const VendorTierSchema = z.enum(['low', 'moderate', 'high', 'critical']);
export type VendorTier = z.infer<typeof VendorTierSchema>;
export const VendorStatusSchema = z.enum(['prospective', 'active', 'offboarding', 'terminated']);
export type VendorStatus = z.infer<typeof VendorStatusSchema>;
export const VendorReviewConclusionSchema = z.enum(['approve', 'conditional', 'reject']);
export type VendorReviewConclusion = z.infer<typeof VendorReviewConclusionSchema>;
export const VendorReviewStatusSchema = z.enum(['open', 'completed']);
export const VendorResidualRiskSchema = z.enum(['low', 'moderate', 'high', 'critical']);
export const VendorReportKindSchema = z.enum(['soc2_type1', 'soc2_type2', 'soc1', 'iso27001', 'pentest']);
export type VendorReportKind = z.infer<typeof VendorReportKindSchema>;
export const VendorReportOpinionSchema = z.enum([
  'unqualified',
  'qualified',
  'adverse',
  'disclaimer',
  'not_applicable',
]);
export const SubserviceMethodSchema = z.enum(['carve_out', 'inclusive']);
export type SubserviceMethod = z.infer<typeof SubserviceMethodSchema>;

export const VENDOR_TIER_LABELS: Record<VendorTier, string> = {
  low: 'Low',
  moderate: 'Moderate',
  high: 'High',
  critical: 'Critical',
};
export const VENDOR_REPORT_KIND_LABELS: Record<VendorReportKind, string> = {
  soc2_type1: 'SOC 2 Type I',
  soc2_type2: 'SOC 2 Type II',
  soc1: 'SOC 1',
  iso27001: 'ISO 27001 certificate',
  pentest: 'Penetration test summary',
};

/** The short questionnaire the tier is computed from. */
export interface TierQuestionnaire {
  dataAccess: VendorDataAccess;
  businessImpact: VendorImpact;
  /** The vendor runs part of the system we describe to auditors. */
  partOfSystem: boolean;
  /** The vendor processes personal data on our behalf. */
  subProcessor: boolean;
}

const RANK: Record<VendorTier, number> = { low: 0, moderate: 1, high: 2, critical: 3 };
const TIERS: VendorTier[] = ['low', 'moderate', 'high', 'critical'];

/**
 * The tier: the higher of data access and business impact (no data counts as low), raised one step
 * when the vendor is part of our system or a sub-processor of personal data, capped at critical.
 */
export function computeVendorTier(q: TierQuestionnaire): VendorTier {
  const data = q.dataAccess === 'none' ? 0 : RANK[q.dataAccess];
  let rank = Math.max(data, RANK[q.businessImpact]);
  if ((q.partOfSystem || q.subProcessor) && rank < 3) rank += 1;
  return TIERS[rank]!;
}

/** Months between reviews per tier; critical vendors are reviewed every year by default. */
export const DEFAULT_REVIEW_MONTHS: Record<VendorTier, number> = {
  critical: 12,
  high: 12,
  moderate: 24,
  low: 36,
};

/** When the next review is due: the interval of the tier after the last review, or now when never reviewed. */
export function nextReviewDue(
  tier: VendorTier,
  lastReviewedOn: string | null,
  today: string,
  months: Record<VendorTier, number> = DEFAULT_REVIEW_MONTHS,
): string {
  return lastReviewedOn ? addMonths(lastReviewedOn, months[tier]) : today;
}

/** Whether a report's period covers the engagement window, and whether a bridge letter is needed. */
export function reportCoverage(
  period: { start: string; end: string },
  window: { start: string; end: string } | null,
  today: string,
): { coversWindow: boolean | null; bridgeLetterNeeded: boolean } {
  return {
    coversWindow: window ? period.start <= window.start && period.end >= window.end : null,
    // More than three months since the period ended: the gap needs the vendor's bridge letter.
    bridgeLetterNeeded: addMonths(period.end, 3) < today,
  };
}

/** True when making `parentId` the parent of `vendorId` would close a loop, given each vendor's parent. */
export function wouldCycle(
  vendorId: string,
  parentId: string | null,
  parentOf: Map<string, string | null>,
): boolean {
  const seen = new Set<string>();
  let at = parentId;
  while (at) {
    if (at === vendorId || seen.has(at)) return true;
    seen.add(at);
    at = parentOf.get(at) ?? null;
  }
  return false;
}
