/**
 * Resource types produced by the scanner connectors: vulnerability scanners (Trivy, Grype), SARIF
 * code scanners, `npm audit`, `kubectl get -o json` and the live TLS endpoint probe. A field a
 * source may lack is optional, so a check that depends on it reports an error instead of passing.
 *
 * Vulnerabilities are stored twice on purpose, as one `vuln.target` per scanned image or repository
 * and one `vuln.finding` per (target, package, version, vulnerability):
 * - monitoring keeps state intervals per (check, resource), so a finding resource gives each
 *   vulnerability its own span: first seen, fixed (the resource disappears) and for how long, which
 *   is exactly the Type II exception list for the remediation SLA;
 * - a clean scan produces no findings at all, and absence is not evidence: the target resource is
 *   what passes "no critical unfixed", one stable row per image even when findings churn.
 */
import { z } from 'zod';
import { defineResourceType } from '../resource.ts';

/** Scanner severities normalized across Trivy, Grype and SARIF-producing scanners. */
export const VulnSeveritySchema = z.enum(['critical', 'high', 'medium', 'low', 'unknown']);
export type VulnSeverity = z.infer<typeof VulnSeveritySchema>;

const counts = z.object({
  critical: z.number().int().nonnegative(),
  high: z.number().int().nonnegative(),
  medium: z.number().int().nonnegative(),
  low: z.number().int().nonnegative(),
  unknown: z.number().int().nonnegative(),
});

/** Attributes of one vulnerability finding. */
export const VulnFindingSchema = z.object({
  scanner: z.string(),
  /** The scanned artifact: image reference, repository or directory (Trivy ArtifactName, Grype source). */
  target: z.string(),
  targetType: z.string().optional(),
  /** Where in the artifact: Trivy `Results[].Target` (OS layer, lock file), Grype artifact location. */
  location: z.string().optional(),
  package: z.string(),
  packageType: z.string().optional(),
  installedVersion: z.string().optional(),
  fixedVersions: z.array(z.string()),
  /** Absent when the scanner does not know whether a fix exists (Grype `fix.state` unknown or empty). */
  fixAvailable: z.boolean().optional(),
  vulnerabilityId: z.string(),
  severity: VulnSeveritySchema,
  title: z.string().optional(),
  /** The scanner's own status, e.g. Trivy `fixed`, `affected`, `will_not_fix`. */
  status: z.string().optional(),
  /** ISO-8601; when the advisory was published (Trivy PublishedDate). */
  publishedAt: z.string().optional(),
  /** ISO-8601; when this finding was first seen on this target, if the source tracks it. */
  firstSeenAt: z.string().optional(),
  /** ISO-8601 date; when a fix was first available (Grype `fix.available[].date`). */
  fixAvailableSince: z.string().optional(),
  url: z.string().optional(),
});
export type VulnFindingAttrs = z.infer<typeof VulnFindingSchema>;

/** One vulnerability in one package of one target (Trivy, Grype). */
export const vulnFinding = defineResourceType({
  type: 'vuln.finding',
  title: 'Vulnerability finding',
  description: 'One vulnerability in one package of one scanned image or repository.',
  attributes: VulnFindingSchema,
});

/** Attributes of a scanned target: counts by severity and the critical/high list. */
export const VulnTargetSchema = z.object({
  scanner: z.string(),
  target: z.string(),
  targetType: z.string().optional(),
  /** ISO-8601 time of the scan (Trivy CreatedAt, Grype descriptor.timestamp). */
  scannedAt: z.string().optional(),
  /** Image ID or repo digest when the target is an image. */
  imageDigest: z.string().optional(),
  findingsTotal: z.number().int().nonnegative(),
  counts,
  /** Findings with a fix available, by severity. */
  fixableCounts: counts,
  /** Critical and high findings with their fix status (capped; `criticalHighTruncated` says so). */
  criticalHigh: z.array(
    z.object({
      id: z.string(),
      severity: z.enum(['critical', 'high']),
      package: z.string(),
      installedVersion: z.string().optional(),
      fixAvailable: z.boolean().optional(),
    }),
  ),
  criticalHighTruncated: z.boolean(),
});
export type VulnTargetAttrs = z.infer<typeof VulnTargetSchema>;

/** One scanned image or repository, present even when the scan found nothing. */
export const vulnTarget = defineResourceType({
  type: 'vuln.target',
  title: 'Scanned image or repository',
  description: 'Per-target summary of a vulnerability scan: counts by severity and the critical/high list.',
  attributes: VulnTargetSchema,
});

/** Attributes of one SARIF run: results by effective level, suppressed, rated. */
export const SarifRunSchema = z.object({
  tool: z.string(),
  toolVersion: z.string().optional(),
  runIndex: z.number().int().nonnegative(),
  /** `runs[].automationDetails.id`: the stable identity of a recurring analysis, when the tool sets it. */
  automationId: z.string().optional(),
  resultsTotal: z.number().int().nonnegative(),
  /** Unsuppressed results by effective level (result level, else rule default, else `warning`). */
  levels: z.object({
    error: z.number().int().nonnegative(),
    warning: z.number().int().nonnegative(),
    note: z.number().int().nonnegative(),
    none: z.number().int().nonnegative(),
  }),
  suppressed: z.number().int().nonnegative(),
  /** Unsuppressed results whose rule or result has `security-severity` ≥ 7.0; absent when the tool rates none. */
  highSecuritySeverity: z.number().int().nonnegative().optional(),
  /** Rules with unsuppressed error-level results, most frequent first (capped at 50). */
  errorRules: z.array(
    z.object({ ruleId: z.string(), count: z.number().int(), location: z.string().optional() }),
  ),
  /** False when an invocation reports `executionSuccessful: false`: the results are incomplete. */
  executionSuccessful: z.boolean().optional(),
  /** False when the run has no `results` array: the tool computed no results (SARIF §3.14.23). */
  resultsComputed: z.boolean().optional(),
});
export type SarifRunAttrs = z.infer<typeof SarifRunSchema>;

/** One run of a static analysis tool from a SARIF log. */
export const sarifRun = defineResourceType({
  type: 'code.sarif_run',
  title: 'Code scanning run (SARIF)',
  description: 'One run of a static analysis tool from a SARIF 2.1.0 log, with its results by level.',
  attributes: SarifRunSchema,
});

/** npm's own severity words, kept as npm reports them. */
export const NpmSeveritySchema = z.enum(['critical', 'high', 'moderate', 'low', 'info']);

/** Attributes of one vulnerable package from `npm audit --json`. */
export const PackageAuditSchema = z.object({
  /** The audited project, taken from the export's file name (`npm audit` does not record it). */
  project: z.string(),
  package: z.string(),
  severity: NpmSeveritySchema,
  isDirect: z.boolean().optional(),
  range: z.string().optional(),
  advisories: z.array(
    z.object({
      id: z.string(),
      title: z.string().optional(),
      url: z.string().optional(),
      severity: z.string().optional(),
      range: z.string().optional(),
    }),
  ),
  /** Vulnerable dependencies this package is affected through (`via` entries that are names). */
  viaPackages: z.array(z.string()),
  effects: z.array(z.string()),
  /** `true`/`false`, or the install that fixes it (`npm audit fix --force` when `isSemVerMajor`). */
  fixAvailable: z
    .union([z.boolean(), z.object({ name: z.string(), version: z.string(), isSemVerMajor: z.boolean() })])
    .optional(),
  reportVersion: z.union([z.literal(1), z.literal(2)]),
});
export type PackageAuditAttrs = z.infer<typeof PackageAuditSchema>;

/** One vulnerable npm package of one project. */
export const packageAudit = defineResourceType({
  type: 'deps.package_audit',
  title: 'Vulnerable npm package',
  description: 'One vulnerable package of a project as reported by `npm audit --json` (v7+ or legacy).',
  attributes: PackageAuditSchema,
});

/** One container of a pod template with its effective security settings. */
export const K8sContainerSchema = z.object({
  name: z.string(),
  image: z.string(),
  init: z.boolean(),
  /** Effective settings: the container's securityContext over the pod's, absent when neither sets it. */
  privileged: z.boolean().optional(),
  runAsNonRoot: z.boolean().optional(),
  runAsUser: z.number().optional(),
  allowPrivilegeEscalation: z.boolean().optional(),
  readOnlyRootFilesystem: z.boolean().optional(),
  capabilitiesAdd: z.array(z.string()),
  limits: z.object({ cpu: z.string().optional(), memory: z.string().optional() }),
  requests: z.object({ cpu: z.string().optional(), memory: z.string().optional() }),
  livenessProbe: z.boolean(),
  readinessProbe: z.boolean(),
  /** The image tag; absent when the reference has none (the runtime then pulls `latest`). */
  imageTag: z.string().optional(),
  imageDigest: z.string().optional(),
});
export type K8sContainer = z.infer<typeof K8sContainerSchema>;

/** Attributes of a workload: host namespaces and its containers. */
export const K8sWorkloadSchema = z.object({
  kind: z.string(),
  namespace: z.string(),
  name: z.string(),
  /** The controller that owns a Pod or ReplicaSet, so reports can group duplicates. */
  ownerKind: z.string().optional(),
  ownerName: z.string().optional(),
  /** Kubernetes defaults these to false when the spec omits them. */
  hostNetwork: z.boolean(),
  hostPID: z.boolean(),
  hostIPC: z.boolean(),
  containers: z.array(K8sContainerSchema),
});
export type K8sWorkloadAttrs = z.infer<typeof K8sWorkloadSchema>;

/** A Kubernetes workload (pod or controller) and its pod template. */
export const k8sWorkload = defineResourceType({
  type: 'k8s.workload',
  title: 'Kubernetes workload',
  description: 'A Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob or Pod and its pod template.',
  attributes: K8sWorkloadSchema,
});

/** Attributes of a role binding: the role and the subjects it is granted to. */
export const K8sBindingSchema = z.object({
  kind: z.enum(['ClusterRoleBinding', 'RoleBinding']),
  name: z.string(),
  namespace: z.string().optional(),
  roleRef: z.object({ kind: z.string(), name: z.string() }),
  subjects: z.array(z.object({ kind: z.string(), name: z.string(), namespace: z.string().optional() })),
});
export type K8sBindingAttrs = z.infer<typeof K8sBindingSchema>;

/** A Kubernetes ClusterRoleBinding or RoleBinding. */
export const k8sRbacBinding = defineResourceType({
  type: 'k8s.rbac_binding',
  title: 'Kubernetes role binding',
  description: 'A ClusterRoleBinding or RoleBinding: which subjects get which role.',
  attributes: K8sBindingSchema,
});

/** Attributes of a namespace and its NetworkPolicy count. */
export const K8sNamespaceSchema = z.object({
  name: z.string(),
  /** kube-system, kube-public, kube-node-lease: run by the platform, not by the organization. */
  system: z.boolean(),
  /** NetworkPolicies in the namespace; absent when the export included no NetworkPolicy at all. */
  networkPolicies: z.number().int().nonnegative().optional(),
});

/** A Kubernetes namespace. */
export const k8sNamespace = defineResourceType({
  type: 'k8s.namespace',
  title: 'Kubernetes namespace',
  description: 'A namespace and how many NetworkPolicies select workloads in it.',
  attributes: K8sNamespaceSchema,
});

/** Attributes of a probed TLS endpoint; TLS fields are absent when the handshake failed. */
export const TlsEndpointSchema = z.object({
  url: z.string(),
  host: z.string(),
  port: z.number().int(),
  /** ISO-8601 time of the probe. */
  probedAt: z.string(),
  /** Why the TLS handshake failed, when it did; the TLS attributes below are then absent. */
  error: z.string().optional(),
  tlsVersion: z.string().optional(),
  cipher: z.string().optional(),
  /** True when the server also completes a TLS 1.0/1.1 handshake; absent when that probe could not run. */
  legacyTlsAccepted: z.boolean().optional(),
  certificate: z
    .object({
      subject: z.string().optional(),
      issuer: z.string().optional(),
      notBefore: z.string().optional(),
      notAfter: z.string(),
      sans: z.array(z.string()),
      fingerprint256: z.string().optional(),
    })
    .optional(),
  chainTrusted: z.boolean().optional(),
  chainError: z.string().optional(),
  hostnameMatches: z.boolean().optional(),
  /** The HTTPS response's Strict-Transport-Security; `present: false` when the header is missing. */
  hsts: z
    .object({
      present: z.boolean(),
      maxAge: z.number().optional(),
      includeSubDomains: z.boolean().optional(),
    })
    .optional(),
  /** What plain HTTP on the HTTP port answered; absent when it was not probed. */
  httpRedirect: z
    .object({
      port: z.number().int(),
      status: z.number().int().optional(),
      location: z.string().optional(),
      toHttps: z.boolean(),
      error: z.string().optional(),
    })
    .optional(),
});
export type TlsEndpointAttrs = z.infer<typeof TlsEndpointSchema>;

/** A live-probed HTTPS endpoint. */
export const tlsEndpoint = defineResourceType({
  type: 'tls.endpoint',
  title: 'TLS endpoint',
  description: 'A public HTTPS endpoint as probed live: protocol, certificate, HSTS and HTTP redirect.',
  attributes: TlsEndpointSchema,
});
