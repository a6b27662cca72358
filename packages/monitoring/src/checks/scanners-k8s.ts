/** Checks over Kubernetes workloads, role bindings and namespaces from `kubectl get -o json`. */
import { type CheckOutcome, defineCheck, fail, need, notApplicable, pass } from '../check.ts';
import {
  type K8sContainer,
  type K8sWorkloadAttrs,
  k8sNamespace,
  k8sRbacBinding,
  k8sWorkload,
} from '../resource-types/scanners.ts';
import { listSome } from './scanners-helpers.ts';

/**
 * Passes when every container satisfies `ok`; otherwise fails naming the containers, with `actual`
 * mapping each offending container to what it has.
 */
function everyContainer(
  w: K8sWorkloadAttrs,
  attribute: string,
  expected: unknown,
  ok: (c: K8sContainer) => boolean,
  actual: (c: K8sContainer) => unknown,
  what: string,
): CheckOutcome {
  const bad = w.containers.filter((c) => !ok(c));
  if (bad.length === 0) return pass(`every container of ${w.kind} ${w.name} ${what}`, attribute, expected);
  return fail(
    `container ${listSome(bad.map((c) => c.name))} of ${w.kind} ${w.namespace}/${w.name} does not: ${what}`,
    attribute,
    expected,
    Object.fromEntries(bad.map((c) => [c.name, actual(c)])),
  );
}

const unset = (v: unknown) => (v === undefined ? 'unset' : v);

const K8S_HARDENING = {
  criteria: ['CC6.1', 'CC6.8'],
  controls: ['OPS-14', 'OPS-15'],
};

export const k8sNoPrivilegedContainers = defineCheck({
  id: 'k8s.no_privileged_containers',
  title: 'No privileged containers',
  description: 'No container runs with `securityContext.privileged: true`.',
  resourceType: k8sWorkload,
  severity: 'critical',
  ...K8S_HARDENING,
  controls: ['OPS-14', 'AC-08'],
  rationale:
    'A privileged container has every capability and the host’s devices, so one compromised process owns the ' +
    'node; restricting it is basic protection against unauthorised software (CC6.8).',
  remediation: 'Remove `privileged: true`; grant only the specific capabilities the process needs.',
  evaluate: (w) =>
    everyContainer(
      w,
      'containers[].privileged',
      false,
      (c) => c.privileged !== true,
      (c) => c.privileged,
      'is unprivileged',
    ),
});

export const k8sRunAsNonRoot = defineCheck({
  id: 'k8s.run_as_non_root',
  title: 'Containers must run as non-root',
  description: 'Every container sets `runAsNonRoot: true` or a non-zero `runAsUser` (its own or the pod’s).',
  resourceType: k8sWorkload,
  severity: 'high',
  ...K8S_HARDENING,
  rationale:
    'Root inside a container is one kernel bug away from root on the node; enforcing a non-root user limits ' +
    'what a compromised application can do.',
  remediation:
    'Set `securityContext.runAsNonRoot: true` (and a `runAsUser` above 0) on the pod, and build the image ' +
    'with a non-root `USER`.',
  evaluate: (w) =>
    everyContainer(
      w,
      'containers[].runAsNonRoot',
      true,
      (c) => c.runAsNonRoot === true || (c.runAsUser !== undefined && c.runAsUser > 0),
      (c) => ({ runAsNonRoot: unset(c.runAsNonRoot), runAsUser: unset(c.runAsUser) }),
      'runs as a non-root user',
    ),
});

export const k8sNoPrivilegeEscalation = defineCheck({
  id: 'k8s.no_privilege_escalation',
  title: 'Privilege escalation disabled',
  description: 'Every container sets `allowPrivilegeEscalation: false` (Kubernetes allows it when unset).',
  resourceType: k8sWorkload,
  severity: 'high',
  ...K8S_HARDENING,
  rationale:
    'Without this flag a process can gain more privileges than its parent through setuid binaries; turning ' +
    'it off closes a common container breakout path.',
  remediation: 'Set `securityContext.allowPrivilegeEscalation: false` on every container.',
  evaluate: (w) =>
    everyContainer(
      w,
      'containers[].allowPrivilegeEscalation',
      false,
      (c) => c.allowPrivilegeEscalation === false && c.privileged !== true,
      (c) => unset(c.allowPrivilegeEscalation),
      'disables privilege escalation',
    ),
});

export const k8sReadOnlyRootFilesystem = defineCheck({
  id: 'k8s.read_only_root_filesystem',
  title: 'Read-only root filesystem',
  description: 'Every container sets `readOnlyRootFilesystem: true`.',
  resourceType: k8sWorkload,
  severity: 'low',
  ...K8S_HARDENING,
  rationale:
    'An immutable container filesystem stops an intruder from dropping tools or changing binaries, and makes ' +
    'drift from the reviewed image visible.',
  remediation: 'Set `readOnlyRootFilesystem: true` and mount an `emptyDir` for paths the app must write.',
  evaluate: (w) =>
    everyContainer(
      w,
      'containers[].readOnlyRootFilesystem',
      true,
      (c) => c.readOnlyRootFilesystem === true,
      (c) => unset(c.readOnlyRootFilesystem),
      'has a read-only root filesystem',
    ),
});

export const k8sResourceLimits = defineCheck({
  id: 'k8s.resource_limits',
  title: 'CPU and memory limits set',
  description: 'Every container declares `resources.limits.cpu` and `resources.limits.memory`.',
  resourceType: k8sWorkload,
  severity: 'medium',
  criteria: ['A1.1', 'CC6.8'],
  controls: ['AV-01', 'OPS-14'],
  rationale:
    'Without limits one runaway or abused container can starve its neighbours; limits are how capacity is ' +
    'managed per workload (A1.1).',
  remediation: 'Add `resources.limits` (and requests) sized from observed usage to every container.',
  evaluate: (w) =>
    everyContainer(
      w,
      'containers[].limits',
      { cpu: 'set', memory: 'set' },
      (c) => c.limits.cpu !== undefined && c.limits.memory !== undefined,
      (c) => ({ cpu: unset(c.limits.cpu), memory: unset(c.limits.memory) }),
      'has CPU and memory limits',
    ),
});

export const k8sNoLatestTag = defineCheck({
  id: 'k8s.no_latest_tag',
  title: 'Images pinned to a version or digest',
  description: 'No container image uses the `latest` tag or no tag at all.',
  resourceType: k8sWorkload,
  severity: 'medium',
  criteria: ['CC8.1', 'CC7.1'],
  controls: ['CHG-05', 'OPS-14'],
  rationale:
    '`latest` changes under a running deployment, so what runs in production is no longer the version that ' +
    'was reviewed and tested (CC8.1).',
  remediation:
    'Reference images by an immutable version tag, or better by `@sha256:` digest, from the pipeline.',
  evaluate: (w) =>
    everyContainer(
      w,
      'containers[].image',
      'a version tag or digest',
      (c) => c.imageDigest !== undefined || (c.imageTag !== undefined && c.imageTag !== 'latest'),
      (c) => c.image,
      'uses a pinned image',
    ),
});

export const k8sNoHostNamespaces = defineCheck({
  id: 'k8s.no_host_namespaces',
  title: 'No host network, PID or IPC namespaces',
  description: 'The pod does not set `hostNetwork`, `hostPID` or `hostIPC`.',
  resourceType: k8sWorkload,
  severity: 'high',
  criteria: ['CC6.1', 'CC6.6', 'CC6.8'],
  controls: ['OPS-11', 'OPS-14'],
  rationale:
    'Sharing the host’s network or process namespace bypasses network policies and lets a container see and ' +
    'signal every process on the node.',
  remediation: 'Remove `hostNetwork`, `hostPID` and `hostIPC`; expose ports through a Service instead.',
  evaluate(w) {
    const shared = (['hostNetwork', 'hostPID', 'hostIPC'] as const).filter((k) => w[k]);
    return shared.length === 0
      ? pass(`${w.kind} ${w.name} uses its own namespaces`, 'hostNetwork', false)
      : fail(
          `${w.kind} ${w.namespace}/${w.name} shares the host’s ${shared.join(', ')}`,
          shared[0]!,
          false,
          true,
        );
  },
});

export const k8sProbesDefined = defineCheck({
  id: 'k8s.probes_defined',
  title: 'Liveness and readiness probes defined',
  description: 'Every long-running container declares a liveness and a readiness probe.',
  resourceType: k8sWorkload,
  severity: 'low',
  criteria: ['A1.1', 'CC7.2'],
  controls: ['AV-04'],
  rationale:
    'Probes are how the platform notices a hung or not-yet-ready instance and routes around it; without them ' +
    'failures surface only when users report them.',
  remediation: 'Add `livenessProbe` and `readinessProbe` (HTTP, TCP or exec) to each serving container.',
  evaluate(w) {
    // Batch work runs to completion; probes would only kill it.
    if (w.kind === 'Job' || w.kind === 'CronJob' || w.ownerKind === 'Job') {
      return notApplicable(`${w.kind} ${w.name} is batch work`);
    }
    const serving = { ...w, containers: w.containers.filter((c) => !c.init) };
    return everyContainer(
      serving,
      'containers[].probes',
      { liveness: true, readiness: true },
      (c) => c.livenessProbe && c.readinessProbe,
      (c) => ({ liveness: c.livenessProbe, readiness: c.readinessProbe }),
      'has liveness and readiness probes',
    );
  },
});

export const k8sNoClusterAdminBindings = defineCheck({
  id: 'k8s.no_cluster_admin_bindings',
  title: 'cluster-admin bound only to system groups',
  description:
    'No binding grants the `cluster-admin` ClusterRole to a user, group or service account outside `system:`.',
  resourceType: k8sRbacBinding,
  severity: 'critical',
  criteria: ['CC6.1', 'CC6.2', 'CC6.3', 'CC6.8'],
  controls: ['AC-08', 'AC-04'],
  rationale:
    'cluster-admin can read every secret and change every workload; granting it to people or app service ' +
    'accounts defeats least privilege (CC6.3). Kubescape maps the same test (C-0035) to CC6.1/6.2/6.7/6.8.',
  remediation:
    'Delete the binding and grant a narrower ClusterRole or namespaced Role; keep break-glass admin access in ' +
    'the identity provider with logging.',
  evaluate(b) {
    if (b.roleRef.kind !== 'ClusterRole' || b.roleRef.name !== 'cluster-admin') {
      return notApplicable(`${b.kind} ${b.name} grants ${b.roleRef.name}, not cluster-admin`);
    }
    // The platform binds cluster-admin to system:masters itself; every other subject is a choice.
    const extra = b.subjects.filter((s) => !s.name.startsWith('system:'));
    if (extra.length === 0)
      return pass(`${b.name} binds cluster-admin only to system subjects`, 'subjects', []);
    const names = extra.map((s) => `${s.kind} ${s.namespace ? `${s.namespace}/` : ''}${s.name}`);
    return fail(
      `${b.name} grants cluster-admin to ${listSome(names)}`,
      'subjects',
      'system: subjects only',
      names,
    );
  },
});

export const k8sNamespaceNetworkPolicy = defineCheck({
  id: 'k8s.namespace_network_policy',
  title: 'Every namespace has a NetworkPolicy',
  description: 'Each non-system namespace contains at least one NetworkPolicy.',
  resourceType: k8sNamespace,
  severity: 'medium',
  criteria: ['CC6.1', 'CC6.6', 'CC7.2'],
  controls: ['OPS-11'],
  rationale:
    'Without a NetworkPolicy every pod can reach every other pod in the cluster; a default-deny policy per ' +
    'namespace is the in-cluster firewall (Kubescape C-0260, “Firewall”).',
  remediation:
    'Add a default-deny NetworkPolicy to the namespace and allow only the flows the services need.',
  evaluate(n) {
    if (n.system) return notApplicable(`${n.name} is a system namespace run by the platform`);
    const count = need(n.networkPolicies, 'networkPolicies');
    return count > 0
      ? pass(`${n.name} has ${count} NetworkPolicies`, 'networkPolicies', count)
      : fail(`${n.name} has no NetworkPolicy`, 'networkPolicies', '≥ 1', 0);
  },
});
