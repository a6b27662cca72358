/** The report period rules of an engagement, applied on create and on every update. */
import { checkObservationWindow, invalid, parseIsoDate } from '@vigil/core';

export interface Period {
  reportType: 'type1' | 'type2';
  asOfDate: string | null;
  windowStart: string | null;
  windowEnd: string | null;
}

/** Throws a validation error naming the field when the period does not fit the report type. */
export function assertPeriod(p: Period): void {
  if (p.reportType === 'type1') {
    if (!p.asOfDate) throw invalid('asOfDate', 'asOfDate: a Type I report needs an as-of date');
    if (!parseIsoDate(p.asOfDate)) throw invalid('asOfDate', 'asOfDate: must be a valid date (YYYY-MM-DD)');
    if (p.windowStart || p.windowEnd) {
      throw invalid(
        p.windowStart ? 'windowStart' : 'windowEnd',
        'windowStart: a Type I report has no observation window',
      );
    }
    return;
  }
  if (!p.windowStart)
    throw invalid('windowStart', 'windowStart: a Type II report needs an observation window start');
  if (!p.windowEnd) throw invalid('windowEnd', 'windowEnd: a Type II report needs an observation window end');
  if (p.asOfDate)
    throw invalid('asOfDate', 'asOfDate: a Type II report uses an observation window, not an as-of date');
  const problem = checkObservationWindow(p.windowStart, p.windowEnd);
  if (problem) throw invalid(problem.field, problem.message);
}
