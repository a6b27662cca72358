/**
 * Aggregates one SARIF run while its results stream by. Results are counted per rule and explicit
 * level, and resolved against the rules (default level, security-severity) only at the end, because
 * tools such as Semgrep write `results` before `tool`.
 */
import type { SarifRunAttrs } from '@vigil/monitoring/resource-types/scanners';
import { z } from 'zod';

const LEVELS = ['error', 'warning', 'note', 'none'] as const;
type Level = (typeof LEVELS)[number];
const MAX_ERROR_RULES = 50;

const Props = z.record(z.string(), z.unknown()).optional();

/** The parts of a SARIF reportingDescriptor (rule) that decide level and rating. */
export const RuleSchema = z.object({
  id: z.string(),
  defaultConfiguration: z.object({ level: z.enum(LEVELS).optional() }).optional(),
  properties: Props,
});
export type SarifRule = z.infer<typeof RuleSchema>;

/** The parts of a SARIF result that decide whether it is open and how severe. */
export const ResultSchema = z.object({
  ruleId: z.string().optional(),
  ruleIndex: z.number().int().optional(),
  rule: z
    .object({
      id: z.string().optional(),
      index: z.number().int().optional(),
      toolComponent: z.unknown().optional(),
    })
    .optional(),
  level: z.enum(LEVELS).optional(),
  kind: z.string().optional(),
  baselineState: z.string().optional(),
  suppressions: z.array(z.object({ status: z.string().optional() })).optional(),
  properties: Props,
  locations: z
    .array(
      z.object({
        physicalLocation: z
          .object({
            artifactLocation: z.object({ uri: z.string().optional() }).optional(),
            region: z.object({ startLine: z.number().optional() }).optional(),
          })
          .optional(),
      }),
    )
    .optional(),
});
export type SarifResult = z.infer<typeof ResultSchema>;

/** `security-severity` is a string ("8.8") in CodeQL and Trivy output, sometimes a number. */
function securitySeverity(props: Record<string, unknown> | undefined): number | undefined {
  const raw = props?.['security-severity'];
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number.parseFloat(raw) : Number.NaN;
  return Number.isFinite(n) ? n : undefined;
}

/**
 * Suppressed when some suppression is accepted or has no status; `underReview` and `rejected`
 * leave the result visible (SARIF 2.1.0 §3.35.3).
 */
const isSuppressed = (r: SarifResult) =>
  (r.suppressions ?? []).some((s) => s.status === undefined || s.status === 'accepted');

interface RuleTally {
  /** Results by explicit level; `default` waits for the rule's default configuration. */
  byLevel: Record<Level | 'default', number>;
  /** Unsuppressed results without their own security-severity, rated by the rule later. */
  unrated: number;
  location?: string;
}

/** One run's running totals. */
export class SarifRunTally {
  tool?: string;
  toolVersion?: string;
  automationId?: string;
  repository?: string;
  executionSuccessful?: boolean;
  /** `tool.driver.rules`, addressed by `ruleIndex`. */
  readonly driverRules: SarifRule[] = [];
  /** Rules of tool extensions (CodeQL query packs), addressed by id only. */
  readonly extensionRules: SarifRule[] = [];
  private readonly tallies = new Map<string, RuleTally>();
  private total = 0;
  private suppressed = 0;
  private ratedHigh = 0;
  private anyRated = false;

  addResult(r: SarifResult): void {
    this.total++;
    // A result the baseline marks absent was fixed since the last run: it is not open.
    if (r.baselineState === 'absent') return;
    if (isSuppressed(r)) {
      this.suppressed++;
      return;
    }
    // An index into the driver's rules wins over the id (SARIF §3.27.6), unless it points into an extension.
    const index = r.rule?.toolComponent === undefined ? (r.ruleIndex ?? r.rule?.index) : undefined;
    const key = `${index ?? ''}|${r.ruleId ?? r.rule?.id ?? ''}`;
    let t = this.tallies.get(key);
    if (!t) {
      t = { byLevel: { error: 0, warning: 0, note: 0, none: 0, default: 0 }, unrated: 0 };
      this.tallies.set(key, t);
    }
    // Only `fail` results carry a default level; pass/review/informational results are `none`.
    const level = r.level ?? (r.kind && r.kind !== 'fail' ? 'none' : 'default');
    t.byLevel[level]++;
    const loc = r.locations?.[0]?.physicalLocation;
    if (!t.location && loc?.artifactLocation?.uri) {
      t.location = loc.region?.startLine
        ? `${loc.artifactLocation.uri}:${loc.region.startLine}`
        : loc.artifactLocation.uri;
    }
    const own = securitySeverity(r.properties);
    if (own === undefined) t.unrated++;
    else {
      this.anyRated = true;
      if (own >= 7) this.ratedHigh++;
    }
  }

  /** The run's attributes once every result and rule has been read. */
  attributes(runIndex: number): SarifRunAttrs {
    const all = [...this.driverRules, ...this.extensionRules];
    const byId = new Map(all.map((r) => [r.id, r]));
    const rule = (key: string) => {
      const [index, id] = key.split('|', 2) as [string, string];
      return (index !== '' ? this.driverRules[Number(index)] : undefined) ?? byId.get(id);
    };
    const levels = { error: 0, warning: 0, note: 0, none: 0 };
    const errorRules: SarifRunAttrs['errorRules'] = [];
    let high = this.ratedHigh;
    let rated = this.anyRated;
    for (const [key, t] of this.tallies) {
      const def = rule(key);
      const fallback: Level = def?.defaultConfiguration?.level ?? 'warning';
      for (const l of LEVELS) levels[l] += t.byLevel[l];
      levels[fallback] += t.byLevel.default;
      const errors = t.byLevel.error + (fallback === 'error' ? t.byLevel.default : 0);
      const shownId = key.slice(key.indexOf('|') + 1) || def?.id || 'unknown rule';
      if (errors > 0)
        errorRules.push({ ruleId: shownId, count: errors, ...(t.location ? { location: t.location } : {}) });
      const sev = securitySeverity(def?.properties);
      if (sev !== undefined) {
        rated = true;
        if (sev >= 7) high += t.unrated;
      }
    }
    if (all.some((r) => securitySeverity(r.properties) !== undefined)) rated = true;
    errorRules.sort((a, b) => b.count - a.count);
    const attrs: SarifRunAttrs = {
      tool: this.tool ?? 'unknown tool',
      runIndex,
      resultsTotal: this.total,
      levels,
      suppressed: this.suppressed,
      errorRules: errorRules.slice(0, MAX_ERROR_RULES),
    };
    if (this.toolVersion) attrs.toolVersion = this.toolVersion;
    if (this.automationId) attrs.automationId = this.automationId;
    if (rated) attrs.highSecuritySeverity = high;
    if (this.executionSuccessful !== undefined) attrs.executionSuccessful = this.executionSuccessful;
    return attrs;
  }
}
