/**
 * Testing of controls inside a SOC 2 engagement and the exceptions register: the attributes an
 * auditor tests for each control, their conclusion, and every exception found with management's
 * response and its remediation. An exception is never erased: remediation is recorded beside it.
 */
import { z } from 'zod';
import { conflict, invalid } from './errors.ts';

/** The auditor's conclusion about one control's operation over the period. */
export const ControlTestConclusionSchema = z.enum(['not_tested', 'no_exceptions', 'exceptions_noted']);
export type ControlTestConclusion = z.infer<typeof ControlTestConclusionSchema>;

/** What the auditor made of one exception. */
export const ExceptionConclusionSchema = z.enum(['deviation', 'control_not_operating', 'isolated']);
export type ExceptionConclusion = z.infer<typeof ExceptionConclusionSchema>;

/** Where the remediation of an exception stands; "remediated" never removes the exception. */
export const RemediationStatusSchema = z.enum(['open', 'in_progress', 'remediated']);
export type RemediationStatus = z.infer<typeof RemediationStatusSchema>;

export const CONCLUSION_WORDS: Record<ControlTestConclusion, string> = {
  not_tested: 'not tested',
  no_exceptions: 'no exceptions noted',
  exceptions_noted: 'exceptions noted',
};

export const EXCEPTION_CONCLUSION_WORDS: Record<ExceptionConclusion, string> = {
  deviation: 'deviation',
  control_not_operating: 'control not operating',
  isolated: 'isolated instance',
};

export const REMEDIATION_WORDS: Record<RemediationStatus, string> = {
  open: 'open',
  in_progress: 'remediation in progress',
  remediated: 'remediated',
};

/** An exception as the conclusion rule sees it. */
export interface ExceptionForRule {
  description: string;
  remediationStatus: RemediationStatus;
}

/**
 * Refuses a conclusion the exceptions contradict: "no exceptions noted" while exceptions of this
 * control are still open (naming them), and "exceptions noted" with none recorded.
 */
export function checkConclusion(
  conclusion: ControlTestConclusion,
  controlCode: string,
  exceptions: readonly ExceptionForRule[],
): void {
  if (conclusion === 'no_exceptions') {
    const open = exceptions.filter((e) => e.remediationStatus !== 'remediated');
    if (open.length > 0) {
      const names = open.map((e) => `'${e.description}'`).join(', ');
      throw conflict(
        'conclusion',
        `conclusion: "no exceptions noted" cannot be recorded for ${controlCode} while ${open.length === 1 ? 'this exception is' : 'these exceptions are'} open: ${names}`,
      );
    }
  }
  if (conclusion === 'exceptions_noted' && exceptions.length === 0) {
    throw invalid(
      'conclusion',
      `conclusion: "exceptions noted" needs at least one exception recorded for ${controlCode}`,
    );
  }
}

/** Refuses a criterion the control does not map to, naming the field. */
export function checkExceptionCriterion(
  criterionId: string,
  controlCode: string,
  mappedCriteria: readonly string[],
): void {
  if (!mappedCriteria.includes(criterionId)) {
    const list = mappedCriteria.length > 0 ? mappedCriteria.join(', ') : 'none';
    throw invalid(
      'criterionId',
      `criterionId: ${controlCode} does not map to ${criterionId}; choose one of its criteria (${list})`,
    );
  }
}

/** Refuses a remediation marked done without saying when it was done. */
export function checkRemediation(input: {
  remediationStatus?: RemediationStatus | undefined;
  remediationDate?: string | null | undefined;
}): void {
  if (input.remediationStatus === 'remediated' && !input.remediationDate) {
    throw invalid('remediationDate', 'remediationDate: say when the exception was remediated');
  }
}

/** Cleans the attributes list: trimmed, no blanks, no duplicates, order kept. */
export function normalizeAttributes(attributes: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const a of attributes.map((x) => x.trim())) {
    if (a === '' || seen.has(a.toLowerCase())) continue;
    seen.add(a.toLowerCase());
    out.push(a);
  }
  return out;
}
