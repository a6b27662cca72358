import { describe, expect, it } from 'vitest';
import type { CheckDefinition } from '../check.ts';
import { evaluateOne } from '../evaluate.ts';
import type { K8sBindingAttrs, K8sContainer, K8sWorkloadAttrs } from '../resource-types/scanners.ts';
import * as k from './scanners-k8s.ts';

const now = new Date('2026-03-01T00:00:00Z');
const run = <A>(check: CheckDefinition<A>, attributes: A) =>
  evaluateOne(
    check as CheckDefinition<unknown>,
    {
      source: 't',
      type: check.resourceType.type,
      externalId: 'x',
      name: 'x',
      attributes: attributes as Record<string, unknown>,
    },
    now,
  );

const hardened: K8sContainer = {
  name: 'app',
  image: 'registry.example/app:1.4.2',
  init: false,
  privileged: false,
  runAsNonRoot: true,
  runAsUser: 10001,
  allowPrivilegeEscalation: false,
  readOnlyRootFilesystem: true,
  capabilitiesAdd: [],
  limits: { cpu: '500m', memory: '256Mi' },
  requests: { cpu: '100m', memory: '128Mi' },
  livenessProbe: true,
  readinessProbe: true,
  imageTag: '1.4.2',
};
const workload = (c: Partial<K8sContainer> = {}, over: Partial<K8sWorkloadAttrs> = {}): K8sWorkloadAttrs => ({
  kind: 'Deployment',
  namespace: 'shop',
  name: 'api',
  hostNetwork: false,
  hostPID: false,
  hostIPC: false,
  containers: [{ ...hardened, ...c }],
  ...over,
});

const containerChecks = [
  k.k8sNoPrivilegedContainers,
  k.k8sRunAsNonRoot,
  k.k8sNoPrivilegeEscalation,
  k.k8sReadOnlyRootFilesystem,
  k.k8sResourceLimits,
  k.k8sNoLatestTag,
  k.k8sNoHostNamespaces,
  k.k8sProbesDefined,
];

describe('kubernetes workload checks', () => {
  it('a hardened workload passes every check', () => {
    for (const c of containerChecks) expect(run(c, workload()).status, c.id).toBe('pass');
  });

  it('each check fails on its own setting, naming the container and what it has', () => {
    expect(run(k.k8sNoPrivilegedContainers, workload({ privileged: true }))).toMatchObject({
      status: 'fail',
      attribute: 'containers[].privileged',
      expected: false,
      actual: { app: true },
    });
    expect(run(k.k8sRunAsNonRoot, workload({ runAsNonRoot: undefined, runAsUser: 0 }))).toMatchObject({
      status: 'fail',
      actual: { app: { runAsNonRoot: 'unset', runAsUser: 0 } },
    });
    expect(run(k.k8sNoPrivilegeEscalation, workload({ allowPrivilegeEscalation: undefined }))).toMatchObject({
      status: 'fail',
      actual: { app: 'unset' },
    });
    expect(run(k.k8sResourceLimits, workload({ limits: { memory: '1Gi' } }))).toMatchObject({
      status: 'fail',
      actual: { app: { cpu: 'unset', memory: '1Gi' } },
    });
    expect(run(k.k8sNoLatestTag, workload({ image: 'nginx', imageTag: undefined }))).toMatchObject({
      status: 'fail',
      actual: { app: 'nginx' },
    });
    expect(run(k.k8sNoLatestTag, workload({ image: 'nginx:latest', imageTag: 'latest' })).status).toBe(
      'fail',
    );
    expect(
      run(
        k.k8sNoLatestTag,
        workload({ image: 'nginx@sha256:ab', imageTag: undefined, imageDigest: 'sha256:ab' }),
      ).status,
    ).toBe('pass');
    expect(run(k.k8sNoHostNamespaces, workload({}, { hostPID: true }))).toMatchObject({
      status: 'fail',
      attribute: 'hostPID',
      actual: true,
    });
    expect(run(k.k8sProbesDefined, workload({ readinessProbe: false }))).toMatchObject({
      status: 'fail',
      actual: { app: { liveness: true, readiness: false } },
    });
    expect(run(k.k8sReadOnlyRootFilesystem, workload({ readOnlyRootFilesystem: false })).status).toBe('fail');
  });

  it('probes are not required of batch work or init containers', () => {
    expect(run(k.k8sProbesDefined, workload({ livenessProbe: false }, { kind: 'CronJob' })).status).toBe(
      'not_applicable',
    );
    expect(
      run(k.k8sProbesDefined, workload({ livenessProbe: false }, { kind: 'Pod', ownerKind: 'Job' })).status,
    ).toBe('not_applicable');
    const init = { ...hardened, name: 'migrate', init: true, livenessProbe: false, readinessProbe: false };
    expect(run(k.k8sProbesDefined, { ...workload(), containers: [init, hardened] }).status).toBe('pass');
  });
});

const binding = (over: Partial<K8sBindingAttrs> = {}): K8sBindingAttrs => ({
  kind: 'ClusterRoleBinding',
  name: 'cluster-admin',
  roleRef: { kind: 'ClusterRole', name: 'cluster-admin' },
  subjects: [{ kind: 'Group', name: 'system:masters' }],
  ...over,
});

describe('kubernetes access and network checks', () => {
  it('k8s.no_cluster_admin_bindings allows only system subjects', () => {
    expect(run(k.k8sNoClusterAdminBindings, binding()).status).toBe('pass');
    const people = binding({
      name: 'ops-admins',
      subjects: [
        { kind: 'User', name: 'alice@example.com' },
        { kind: 'ServiceAccount', name: 'ci', namespace: 'tools' },
      ],
    });
    expect(run(k.k8sNoClusterAdminBindings, people)).toMatchObject({
      status: 'fail',
      attribute: 'subjects',
      actual: ['User alice@example.com', 'ServiceAccount tools/ci'],
    });
    expect(
      run(k.k8sNoClusterAdminBindings, binding({ roleRef: { kind: 'ClusterRole', name: 'view' } })).status,
    ).toBe('not_applicable');
  });

  it('k8s.namespace_network_policy errors when the export had no NetworkPolicies at all', () => {
    expect(run(k.k8sNamespaceNetworkPolicy, { name: 'shop', system: false, networkPolicies: 2 }).status).toBe(
      'pass',
    );
    expect(
      run(k.k8sNamespaceNetworkPolicy, { name: 'shop', system: false, networkPolicies: 0 }),
    ).toMatchObject({
      status: 'fail',
      attribute: 'networkPolicies',
      actual: 0,
    });
    expect(run(k.k8sNamespaceNetworkPolicy, { name: 'shop', system: false })).toMatchObject({
      status: 'error',
      attribute: 'networkPolicies',
    });
    expect(run(k.k8sNamespaceNetworkPolicy, { name: 'kube-system', system: true }).status).toBe(
      'not_applicable',
    );
  });
});
