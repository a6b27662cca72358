import '@vigil/monitoring/resource-types/scanners';
import { describe, expect, it } from 'vitest';
import { kubectlImporter } from './kubectl.ts';
import { parseImage } from './kubectl-normalize.ts';
import { fixture, importAll, importError, tempFile } from './test-support.ts';

describe('kubectl importer', () => {
  it('reads a List into workloads, bindings and namespaces, skipping other kinds', async () => {
    const rs = await importAll(kubectlImporter, fixture('kubectl-list.json.golden'), 'prod.k8s.json');
    const byKey = Object.fromEntries(rs.map((r) => [r.externalId, r.attributes]));
    expect(Object.keys(byKey)).toEqual([
      'prod/default/Deployment/nginx-deployment-resources',
      'prod/default/StatefulSet/nginx',
      'prod/default/Pod/security-context-demo',
      'prod/default/Pod/target',
      'prod/default/Pod/liveness-exec',
      'prod/default/ReplicationController/mock',
      'prod/ClusterRoleBinding/cluster-admin',
      'prod/ClusterRoleBinding/system:basic-user',
      'prod/ClusterRoleBinding/system:node-proxier',
      'prod/ClusterRoleBinding/kubelet-cluster-admin',
      'prod/default',
      'prod/kube-system',
    ]);
    expect(byKey['prod/default/Deployment/nginx-deployment-resources']).toMatchObject({
      containers: [
        { name: 'nginx', imageTag: 'test-cmd', livenessProbe: false, limits: {} },
        { name: 'perl', image: 'registry.k8s.io/perl' },
      ],
    });
    // The pod-level securityContext applies to containers that do not override it.
    expect(byKey['prod/default/Pod/target']).toMatchObject({
      containers: [{ runAsNonRoot: true, runAsUser: 1000 }],
    });
    expect(byKey['prod/default/Pod/security-context-demo']).toMatchObject({
      containers: [{ runAsUser: 1000, allowPrivilegeEscalation: false }],
    });
    expect(byKey['prod/default/Pod/liveness-exec']).toMatchObject({
      containers: [{ livenessProbe: true, readinessProbe: false }],
    });
    expect(byKey['prod/ClusterRoleBinding/cluster-admin']).toMatchObject({
      roleRef: { kind: 'ClusterRole', name: 'cluster-admin' },
      subjects: [{ kind: 'Group', name: 'system:masters' }],
    });
    expect(byKey['prod/default']).toEqual({ name: 'default', system: false, networkPolicies: 1 });
    expect(byKey['prod/kube-system']).toEqual({ name: 'kube-system', system: true, networkPolicies: 0 });
  });

  it('reads a single object, and leaves the NetworkPolicy count absent when none was exported', async () => {
    const rs = await importAll(kubectlImporter, fixture('kubectl-pod.json.golden'), 'staging.k8s.json');
    expect(rs.map((r) => r.externalId)).toEqual(['staging/default/Pod/target', 'staging/default']);
    expect(rs[1]!.attributes).toEqual({ name: 'default', system: false });
  });

  it('reads the bootstrap cluster role bindings', async () => {
    const rs = await importAll(kubectlImporter, fixture('kubectl-cluster-role-bindings.json.golden'));
    expect(rs).toHaveLength(6);
    expect(rs.every((r) => r.type === 'k8s.rbac_binding')).toBe(true);
  });

  it('accepts an empty List', async () => {
    const path = tempFile(
      'empty.json',
      '{"apiVersion": "v1", "items": [], "kind": "List", "metadata": {"resourceVersion": ""}}',
    );
    expect(await importAll(kubectlImporter, path)).toEqual([]);
  });

  it('names the JSON path of an object it cannot read', async () => {
    const noKind = tempFile('k.json', '{"apiVersion": "v1", "items": [\n{"metadata": {"name": "x"}}]}');
    const e1 = await importError(kubectlImporter, noKind, 'prod.k8s.json');
    expect(e1?.message).toMatch(/^prod\.k8s\.json: \$\.items\[0\]\.kind: not a Kubernetes object: .*line 2/);
    const noImage = tempFile(
      'i.json',
      '{"items": [{"kind": "Deployment", "metadata": {"name": "d"}, "spec": {"template": {"spec": {"containers": [{"name": "c"}]}}}}]}',
    );
    expect((await importError(kubectlImporter, noImage))?.location).toBe(
      '$.items[0].spec.template.spec.containers[0].image',
    );
    const cron = tempFile('c.json', '{"kind": "CronJob", "metadata": {"name": "c"}, "spec": {}}');
    expect((await importError(kubectlImporter, cron))?.location).toBe(
      '$.spec.jobTemplate.spec.template.spec',
    );
    const arr = tempFile('a.json', '[{"kind": "Pod"}]');
    expect((await importError(kubectlImporter, arr))?.detail).toMatch(/expected kubectl JSON/);
  });

  it('splits image references into tag and digest', () => {
    expect(parseImage('nginx')).toEqual({});
    expect(parseImage('nginx:latest')).toEqual({ tag: 'latest' });
    expect(parseImage('registry:5000/team/app')).toEqual({});
    expect(parseImage('registry:5000/team/app:1.2@sha256:abc')).toEqual({ tag: '1.2', digest: 'sha256:abc' });
  });
});
