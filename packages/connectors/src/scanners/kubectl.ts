/**
 * `kubectl get … -A -o json`: a List of objects (or a single object) becomes `k8s.workload` for
 * pods and their controllers, `k8s.rbac_binding` for role bindings and `k8s.namespace` with its
 * NetworkPolicy count. Items stream one at a time; kinds Vigil does not evaluate are skipped, so
 * Secrets and ConfigMaps are never kept. kubectl does not name the cluster, so the file name does.
 */
import {
  type FileImporter,
  ImportError,
  type ImportInput,
  partBefore,
  type Resource,
} from '@vigil/monitoring';
import { exportLabel, parseShape } from './import-helpers.ts';
import { type JsonNode, jsonPath, type Plan, streamJson } from './json-stream.ts';
import {
  BindingSchema,
  bindingAttrs,
  ObjectHeadSchema,
  PodSpecSchema,
  SYSTEM_NAMESPACES,
  WORKLOAD_TEMPLATE,
  workloadAttrs,
} from './kubectl-normalize.ts';

const SOURCE = 'kubernetes';

/** The plan for one read; `list.seen` records an `items` array even when it is empty. */
const makePlan =
  (list: { seen: boolean }): Plan =>
  (path, kind) => {
    if (path.length === 0) {
      return kind === 'object'
        ? 'enter'
        : { reject: 'expected kubectl JSON: a List with items, or one object' };
    }
    if (path[0] !== 'items') return path.length === 1 ? 'take' : 'skip';
    if (path.length === 1) {
      list.seen = true;
      return kind === 'array' ? 'enter' : { reject: 'items must be an array' };
    }
    return path.length === 2 ? 'take' : 'skip';
  };

/** Collects what needs the whole list: namespaces and their NetworkPolicies. */
class ClusterState {
  readonly namespaces = new Set<string>();
  readonly policies = new Map<string, number>();
  sawNetworkPolicy = false;
}

function* normalize(
  node: JsonNode,
  cluster: string,
  state: ClusterState,
  input: ImportInput,
): Generator<Resource> {
  const head = parseShape(ObjectHeadSchema, node, input, 'not a Kubernetes object');
  const { kind } = head;
  const ns = head.metadata.namespace ?? 'default';
  const template = WORKLOAD_TEMPLATE[kind];
  if (template) {
    let spec: unknown = node.value;
    for (const key of template) spec = (spec as Record<string, unknown> | undefined)?.[key];
    const specNode = { path: [...node.path, ...template], value: spec, line: node.line };
    const attributes = workloadAttrs(
      head,
      parseShape(PodSpecSchema, specNode, input, `not a ${kind} pod template`),
    );
    state.namespaces.add(attributes.namespace);
    yield {
      source: SOURCE,
      type: 'k8s.workload',
      externalId: `${cluster}/${attributes.namespace}/${kind}/${attributes.name}`,
      name: `${kind} ${attributes.namespace}/${attributes.name}`,
      attributes,
    };
  } else if (kind === 'ClusterRoleBinding' || kind === 'RoleBinding') {
    const attributes = bindingAttrs(parseShape(BindingSchema, node, input, `not a ${kind}`));
    const where = attributes.namespace ? `${attributes.namespace}/` : '';
    yield {
      source: SOURCE,
      type: 'k8s.rbac_binding',
      externalId: `${cluster}/${kind}/${where}${attributes.name}`,
      name: `${kind} ${where}${attributes.name}`,
      attributes,
    };
  } else if (kind === 'Namespace') {
    state.namespaces.add(head.metadata.name);
  } else if (kind === 'NetworkPolicy') {
    state.sawNetworkPolicy = true;
    state.policies.set(ns, (state.policies.get(ns) ?? 0) + 1);
  }
}

async function* read(input: ImportInput): AsyncIterable<Resource> {
  const cluster = exportLabel(input.name, ['.k8s', '-k8s', '.kubectl', '-kubectl']);
  input.covers?.(cluster);
  const state = new ClusterState();
  const root: Record<string, unknown> = {};
  const list = { seen: false };
  for await (const node of streamJson(input, makePlan(list))) {
    if (node.path[0] === 'items') yield* normalize(node, cluster, state, input);
    else root[String(node.path[0])] = node.value;
  }
  if (!list.seen) {
    if (typeof root.kind !== 'string') {
      throw new ImportError(
        input.name,
        jsonPath(['kind']),
        'missing: expected kubectl JSON, a List with items or one object with kind',
      );
    }
    yield* normalize({ path: [], value: root, line: 1 }, cluster, state, input);
  }
  for (const name of [...state.namespaces].sort()) {
    const system = SYSTEM_NAMESPACES.has(name);
    yield {
      source: SOURCE,
      type: 'k8s.namespace',
      externalId: `${cluster}/${name}`,
      name: `namespace ${name}`,
      attributes: {
        name,
        system,
        // Without any NetworkPolicy in the export we cannot tell "none exist" from "not exported".
        ...(state.sawNetworkPolicy ? { networkPolicies: state.policies.get(name) ?? 0 } : {}),
      },
    };
  }
}

/** The kubectl JSON importer. */
export const kubectlImporter: FileImporter = {
  id: 'kubectl.json',
  source: SOURCE,
  title: 'Kubernetes objects (kubectl JSON)',
  description:
    'The output of `kubectl get namespaces,networkpolicies,deployments,statefulsets,daemonsets,cronjobs,jobs,pods,' +
    'clusterrolebindings,rolebindings -A -o json > <cluster>.k8s.json`. The file name before `.k8s.json` names the cluster.',
  produces: ['k8s.workload', 'k8s.rbac_binding', 'k8s.namespace'],
  // One cluster per file, named by the file: another cluster's export leaves this one's alone.
  partOf: partBefore('/'),
  detect: (head) => /"apiVersion"\s*:/.test(head) && /"(items|kind)"\s*:/.test(head),
  read,
};
