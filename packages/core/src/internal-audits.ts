/**
 * Internal audits: a planned audit of some of the organization's controls over a period, the result
 * recorded for each control, and the findings that follow an exception through to closure.
 */
import { z } from 'zod';
import { addMonths } from './training.ts';

/** Where an internal audit stands; a completed audit is read-only. */
export const InternalAuditStatusSchema = z.enum(['planned', 'in_progress', 'completed']);
export type InternalAuditStatus = z.infer<typeof InternalAuditStatusSchema>;

/** What the auditor concluded about one control. */
export const AuditControlResultSchema = z.enum(['not_tested', 'effective', 'exception']);
export type AuditControlResult = z.infer<typeof AuditControlResultSchema>;

/** A finding's life: open until fixed, remediated once fixed, closed once the fix is checked. */
export const AuditFindingStatusSchema = z.enum(['open', 'remediated', 'closed']);
export type AuditFindingStatus = z.infer<typeof AuditFindingStatusSchema>;

/** Internal audits are annual unless an organization plans otherwise. */
export const INTERNAL_AUDIT_CADENCE_MONTHS = 12;

/** Whether a finding may move from one status to another: forward one step, or reopened. */
export function findingTransitionAllowed(from: AuditFindingStatus, to: AuditFindingStatus): boolean {
  if (from === to) return false;
  if (to === 'open') return true;
  return (from === 'open' && to === 'remediated') || (from === 'remediated' && to === 'closed');
}

/** Whether an audit period is well formed: its last day is not before its first. */
export function periodValid(start: string, end: string): boolean {
  return end >= start;
}

/** The plan proposed when an audit completes: the same scope, its dates one cadence later. */
export function nextAuditDates(
  plan: { plannedDate: string; periodStart: string; periodEnd: string },
  cadenceMonths = INTERNAL_AUDIT_CADENCE_MONTHS,
): { plannedDate: string; periodStart: string; periodEnd: string } {
  return {
    plannedDate: addMonths(plan.plannedDate, cadenceMonths),
    periodStart: addMonths(plan.periodStart, cadenceMonths),
    periodEnd: addMonths(plan.periodEnd, cadenceMonths),
  };
}

/** An audit can be completed once every control in scope has a result other than "not tested". */
export function untestedControls<T extends { result: AuditControlResult }>(results: T[]): T[] {
  return results.filter((r) => r.result === 'not_tested');
}
