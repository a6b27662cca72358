/** Builds vulnerability resources: one per finding, and the per-target summary of a whole scan. */
import type { Resource } from '@vigil/monitoring';
import type {
  VulnFindingAttrs,
  VulnSeverity,
  VulnTargetAttrs,
} from '@vigil/monitoring/resource-types/scanners';

/** The critical/high list of a target is capped so one very vulnerable image stays a small row. */
const MAX_CRITICAL_HIGH = 1000;

const zero = () => ({ critical: 0, high: 0, medium: 0, low: 0, unknown: 0 });

/** Maps a scanner's severity word to the normalized scale (Grype's Negligible counts as low). */
export function normalizeSeverity(raw: string | undefined): VulnSeverity {
  switch ((raw ?? '').toLowerCase()) {
    case 'critical':
      return 'critical';
    case 'high':
      return 'high';
    case 'medium':
    case 'moderate':
      return 'medium';
    case 'low':
    case 'negligible':
      return 'low';
    default:
      return 'unknown';
  }
}

/** The resource for one finding; its id is stable across scans of the same target. */
export function findingResource(source: string, f: VulnFindingAttrs): Resource {
  const where = f.location ? `${f.location}|` : '';
  return {
    source,
    type: 'vuln.finding',
    externalId: `${f.target}|${where}${f.package}@${f.installedVersion ?? '?'}|${f.vulnerabilityId}`,
    name: `${f.vulnerabilityId} in ${f.package} ${f.installedVersion ?? ''} (${f.target})`.replace(' )', ')'),
    attributes: f,
  };
}

/** Accumulates findings of one target and produces its `vuln.target` summary. */
export class TargetSummary {
  private readonly counts = zero();
  private readonly fixable = zero();
  private readonly criticalHigh: VulnTargetAttrs['criticalHigh'] = [];
  private total = 0;
  private truncated = false;

  add(f: VulnFindingAttrs): void {
    this.total++;
    this.counts[f.severity]++;
    if (f.fixAvailable) this.fixable[f.severity]++;
    if (f.severity !== 'critical' && f.severity !== 'high') return;
    if (this.criticalHigh.length >= MAX_CRITICAL_HIGH) {
      this.truncated = true;
      return;
    }
    this.criticalHigh.push({
      id: f.vulnerabilityId,
      severity: f.severity,
      package: f.package,
      ...(f.installedVersion !== undefined ? { installedVersion: f.installedVersion } : {}),
      ...(f.fixAvailable !== undefined ? { fixAvailable: f.fixAvailable } : {}),
    });
  }

  resource(
    source: string,
    head: { scanner: string; target: string; targetType?: string; scannedAt?: string; imageDigest?: string },
  ): Resource {
    const attributes: VulnTargetAttrs = {
      ...head,
      findingsTotal: this.total,
      counts: this.counts,
      fixableCounts: this.fixable,
      criticalHigh: this.criticalHigh,
      criticalHighTruncated: this.truncated,
    };
    return { source, type: 'vuln.target', externalId: head.target, name: head.target, attributes };
  }
}

/** Drops keys whose value is undefined, so optional attributes are absent rather than undefined. */
export function compact<T extends Record<string, unknown>>(o: T): T {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}
