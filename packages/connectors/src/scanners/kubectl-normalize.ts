/** Turns one Kubernetes object from `kubectl get -o json` into Vigil attributes. */
import type {
  K8sBindingAttrs,
  K8sContainer,
  K8sWorkloadAttrs,
} from '@vigil/monitoring/resource-types/scanners';
import { z } from 'zod';

/** Kinds whose pod template Vigil evaluates, and where that template sits in the object. */
export const WORKLOAD_TEMPLATE: Record<string, readonly string[]> = {
  Pod: ['spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

/** Namespaces run by the platform rather than the organization. */
export const SYSTEM_NAMESPACES = new Set(['kube-system', 'kube-public', 'kube-node-lease']);

/** What every Kubernetes object must have: kind and metadata.name. */
export const ObjectHeadSchema = z.object({
  kind: z.string().min(1),
  metadata: z.object({
    name: z.string().min(1),
    namespace: z.string().optional(),
    ownerReferences: z
      .array(z.object({ kind: z.string(), name: z.string(), controller: z.boolean().optional() }))
      .optional(),
  }),
});

const SecurityContext = z
  .object({
    privileged: z.boolean().optional(),
    runAsNonRoot: z.boolean().optional(),
    runAsUser: z.number().optional(),
    allowPrivilegeEscalation: z.boolean().optional(),
    readOnlyRootFilesystem: z.boolean().optional(),
    capabilities: z.object({ add: z.array(z.string()).optional() }).optional(),
  })
  .optional();

const Quantities = z.object({
  cpu: z.union([z.string(), z.number()]).optional(),
  memory: z.union([z.string(), z.number()]).optional(),
});

const ContainerSchema = z.object({
  name: z.string().min(1),
  image: z.string().min(1),
  securityContext: SecurityContext,
  resources: z.object({ limits: Quantities.optional(), requests: Quantities.optional() }).optional(),
  livenessProbe: z.unknown().optional(),
  readinessProbe: z.unknown().optional(),
});

/** The pod spec fields the workload checks read. */
export const PodSpecSchema = z.object({
  hostNetwork: z.boolean().optional(),
  hostPID: z.boolean().optional(),
  hostIPC: z.boolean().optional(),
  securityContext: z
    .object({ runAsNonRoot: z.boolean().optional(), runAsUser: z.number().optional() })
    .optional(),
  containers: z.array(ContainerSchema).min(1),
  initContainers: z.array(ContainerSchema).optional(),
});
type PodSpec = z.infer<typeof PodSpecSchema>;

/** A ClusterRoleBinding or RoleBinding as kubectl prints it. */
export const BindingSchema = z.object({
  kind: z.enum(['ClusterRoleBinding', 'RoleBinding']),
  metadata: z.object({ name: z.string().min(1), namespace: z.string().optional() }),
  roleRef: z.object({ kind: z.string(), name: z.string() }),
  subjects: z
    .array(z.object({ kind: z.string(), name: z.string(), namespace: z.string().optional() }))
    .nullable()
    .optional(),
});

/** Splits `registry:5000/team/app:1.2@sha256:…` into its tag and digest. */
export function parseImage(image: string): { tag?: string; digest?: string } {
  const at = image.indexOf('@');
  const digest = at >= 0 ? image.slice(at + 1) : undefined;
  const ref = at >= 0 ? image.slice(0, at) : image;
  const colon = ref.lastIndexOf(':');
  // A colon before the last slash belongs to a registry port, not a tag.
  const tag = colon > ref.lastIndexOf('/') ? ref.slice(colon + 1) : undefined;
  return { ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}

const quantity = (v: string | number | undefined) => (v === undefined ? undefined : String(v));

function container(c: PodSpec['containers'][number], pod: PodSpec, init: boolean): K8sContainer {
  const sc = c.securityContext ?? {};
  const { tag, digest } = parseImage(c.image);
  const out: K8sContainer = {
    name: c.name,
    image: c.image,
    init,
    capabilitiesAdd: sc.capabilities?.add ?? [],
    limits: {},
    requests: {},
    livenessProbe: c.livenessProbe != null,
    readinessProbe: c.readinessProbe != null,
  };
  // The container's own securityContext overrides the pod's for the fields both define.
  const runAsNonRoot = sc.runAsNonRoot ?? pod.securityContext?.runAsNonRoot;
  const runAsUser = sc.runAsUser ?? pod.securityContext?.runAsUser;
  if (sc.privileged !== undefined) out.privileged = sc.privileged;
  if (runAsNonRoot !== undefined) out.runAsNonRoot = runAsNonRoot;
  if (runAsUser !== undefined) out.runAsUser = runAsUser;
  if (sc.allowPrivilegeEscalation !== undefined) out.allowPrivilegeEscalation = sc.allowPrivilegeEscalation;
  if (sc.readOnlyRootFilesystem !== undefined) out.readOnlyRootFilesystem = sc.readOnlyRootFilesystem;
  for (const part of ['limits', 'requests'] as const) {
    const q = c.resources?.[part];
    const cpu = quantity(q?.cpu);
    const memory = quantity(q?.memory);
    if (cpu !== undefined) out[part].cpu = cpu;
    if (memory !== undefined) out[part].memory = memory;
  }
  if (tag) out.imageTag = tag;
  if (digest) out.imageDigest = digest;
  return out;
}

/** The workload attributes of an object whose pod template has been validated. */
export function workloadAttrs(head: z.infer<typeof ObjectHeadSchema>, spec: PodSpec): K8sWorkloadAttrs {
  const owner =
    head.metadata.ownerReferences?.find((o) => o.controller) ?? head.metadata.ownerReferences?.[0];
  return {
    kind: head.kind,
    namespace: head.metadata.namespace ?? 'default',
    name: head.metadata.name,
    ...(owner ? { ownerKind: owner.kind, ownerName: owner.name } : {}),
    hostNetwork: spec.hostNetwork ?? false,
    hostPID: spec.hostPID ?? false,
    hostIPC: spec.hostIPC ?? false,
    containers: [
      ...(spec.initContainers ?? []).map((c) => container(c, spec, true)),
      ...spec.containers.map((c) => container(c, spec, false)),
    ],
  };
}

/** The binding attributes of a validated ClusterRoleBinding or RoleBinding. */
export function bindingAttrs(b: z.infer<typeof BindingSchema>): K8sBindingAttrs {
  return {
    kind: b.kind,
    name: b.metadata.name,
    ...(b.kind === 'RoleBinding' ? { namespace: b.metadata.namespace ?? 'default' } : {}),
    roleRef: { kind: b.roleRef.kind, name: b.roleRef.name },
    subjects: (b.subjects ?? []).map((s) => ({
      kind: s.kind,
      name: s.name,
      ...(s.namespace ? { namespace: s.namespace } : {}),
    })),
  };
}
