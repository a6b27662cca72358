/**
 * `terraform show -json` (state or saved plan, format 0.x/1.x): the AWS resources it declares mapped
 * onto the same resource types the AWS importers produce, so the same checks gate a plan in CI.
 * Plans are read from `planned_values` (the state after apply), states from `values`.
 */
import { type FileImporter, ImportError } from '@vigil/monitoring';
import { z } from 'zod';
import { parseShape, readJsonFile } from './read-input.ts';
import { mapTerraformResources, type TfResourceAt } from './terraform-map.ts';

const TfResource = z.object({
  address: z.string(),
  mode: z.string().optional(),
  type: z.string(),
  name: z.string().optional(),
  values: z.record(z.string(), z.unknown()).optional(),
});

interface TfModuleShape {
  address?: string;
  resources?: z.output<typeof TfResource>[];
  child_modules?: TfModuleShape[];
}
const TfModule: z.ZodType<TfModuleShape> = z.lazy(() =>
  z.object({
    address: z.string().optional(),
    resources: z.array(TfResource).optional(),
    child_modules: z.array(TfModule).optional(),
  }),
);

interface ConfigModuleShape {
  resources?: { address: string; expressions?: Record<string, unknown> }[];
  module_calls?: Record<string, { module?: ConfigModuleShape }>;
}
const ConfigModule: z.ZodType<ConfigModuleShape> = z.lazy(() =>
  z.object({
    resources: z
      .array(z.object({ address: z.string(), expressions: z.record(z.string(), z.unknown()).optional() }))
      .optional(),
    module_calls: z.record(z.string(), z.object({ module: ConfigModule.optional() })).optional(),
  }),
);

const ShowJson = z.object({
  format_version: z.string().regex(/^[01]\.\d+$/, 'expected a format version 0.x or 1.x'),
  values: z.object({ root_module: TfModule.optional() }).optional(),
  planned_values: z.object({ root_module: TfModule.optional() }).optional(),
  configuration: z.object({ root_module: ConfigModule.optional() }).optional(),
});

function flatten(module: TfModuleShape | undefined, path: string, out: TfResourceAt[]) {
  if (!module) return out;
  module.resources?.forEach((r, i) => {
    // Data sources describe things read, not things this configuration manages.
    if (r.mode === undefined || r.mode === 'managed') {
      out.push({ address: r.address, type: r.type, values: r.values ?? {}, path: `${path}.resources[${i}]` });
    }
  });
  for (const [i, m] of (module.child_modules ?? []).entries()) flatten(m, `${path}.child_modules[${i}]`, out);
  return out;
}

/**
 * The references of each configured attribute expression, keyed `module.a.type.name.attribute`
 * (instance indexes dropped), used to join a rule or setting to the resource it configures when
 * the plan does not know the id yet.
 */
function configReferences(module: ConfigModuleShape | undefined, prefix: string, out: Map<string, string[]>) {
  if (!module) return out;
  for (const r of module.resources ?? []) {
    for (const [attribute, expr] of Object.entries(r.expressions ?? {})) {
      const refs = (expr as { references?: unknown } | null)?.references;
      if (Array.isArray(refs))
        out.set(
          `${prefix}${r.address}.${attribute}`,
          refs.filter((x): x is string => typeof x === 'string'),
        );
    }
  }
  for (const [name, call] of Object.entries(module.module_calls ?? {}))
    configReferences(call.module, `${prefix}module.${name}.`, out);
  return out;
}

export const terraformImporter: FileImporter = {
  id: 'terraform.show_json',
  source: 'terraform',
  title: 'Terraform state or plan (terraform show -json)',
  description:
    'The output of `terraform show -json` (current state) or `terraform show -json plan.out` (a saved plan). AWS S3, RDS, ' +
    'security group, KMS, CloudTrail and IAM policy resources are checked like the live ones. Only the checked attributes ' +
    'are kept, so sensitive values that -json prints in plain text are never stored.',
  produces: [
    'aws.s3_bucket',
    'aws.rds_instance',
    'aws.security_group',
    'aws.kms_key',
    'aws.cloudtrail_trail',
    'aws.iam_policy',
  ],
  detect: (head) =>
    head.includes('"format_version"') &&
    /"(planned_values|values|terraform_version|resource_changes)"/.test(head),
  async *read(input) {
    const raw = await readJsonFile(input.path, input.name);
    const doc = parseShape(ShowJson, raw, input.name, 'the output of terraform show -json');
    const root = doc.planned_values ? doc.planned_values.root_module : doc.values?.root_module;
    const base = doc.planned_values ? '$.planned_values.root_module' : '$.values.root_module';
    if (
      doc.values === undefined &&
      doc.planned_values === undefined &&
      Object.keys(raw as object).length > 2
    ) {
      throw new ImportError(
        input.name,
        '$',
        'neither "values" nor "planned_values": not the output of terraform show -json',
      );
    }
    const resources = flatten(root, base, []);
    const refs = configReferences(doc.configuration?.root_module, '', new Map());
    yield* mapTerraformResources(resources, refs, input.name);
  },
};
