/**
 * Live collectors as connectors: validating their settings and secrets against the collector's
 * schemas, sealing and opening the secrets, and running one collection as a sweep whose raw
 * collection is kept as evidence.
 */
import { invalid } from '@vigil/core';
import type { Db } from '@vigil/db';
import type { LiveCollector, Resource } from '@vigil/monitoring';
import type { z } from 'zod';
import { type Actor, systemActor } from '../audit/actor.ts';
import { recordEvidence } from '../evidence/index.ts';
import { controlsOfCheck, loadControlLinks, runSweep, type SweepResult } from '../monitoring/index.ts';
import { decryptSecret, encryptSecret } from '../security/secrets.ts';
import type { ConnectorRow, RunnerEnv, RunOptions } from './runner-types.ts';

/** A collector's input that its schemas refuse; the message names the field and never holds a value. */
export class CollectorInputError extends Error {
  override name = 'CollectorInputError';
  constructor(
    readonly field: string,
    detail: string,
  ) {
    super(`${field}: ${detail}`);
  }
}

function parseWith<S extends z.ZodObject>(schema: S, value: unknown, prefix: string): z.output<S> {
  const r = schema.safeParse(value ?? {});
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
  const path = [prefix, ...issue.path.map(String), ...keys.slice(0, 1)].join('.');
  // zod messages describe the rule broken, never the value given, so no secret is echoed.
  throw new CollectorInputError(path, keys.length ? 'not a field of this collector' : issue.message);
}

/** Validated settings and secrets of a collector, or a CollectorInputError naming `config.x` / `credentials.x`. */
export function parseCollectorInput(collector: LiveCollector, config: unknown, credentials: unknown) {
  return {
    settings: parseWith(collector.config, config, 'config'),
    secrets: parseWith(collector.credentials, credentials, 'credentials'),
  };
}

/** Like parseCollectorInput (secrets too unless `withSecrets` is false), as the API's 400 naming the field. */
export function assertCollectorInput(
  collector: LiveCollector,
  config: unknown,
  credentials: unknown,
  withSecrets = true,
): void {
  try {
    parseWith(collector.config, config, 'config');
    if (withSecrets) parseWith(collector.credentials, credentials, 'credentials');
  } catch (err) {
    if (err instanceof CollectorInputError) throw invalid(err.field, err.message);
    throw err;
  }
}

/** The sealed form of a connector's secrets (AES-256-GCM under the master key). */
export const sealCredentials = (masterKey: Buffer, credentials: Record<string, string>) =>
  encryptSecret(masterKey, JSON.stringify(credentials));

/** The secrets of a connector in clear, for a run only; {} when it has none. */
export function openCredentials(
  masterKey: Buffer | undefined,
  sealed: string | null,
): Record<string, unknown> {
  if (sealed === null) return {};
  if (!masterKey)
    throw new CollectorInputError('credentials', 'no master key to decrypt them in this process');
  try {
    return JSON.parse(decryptSecret(masterKey, sealed)) as Record<string, unknown>;
  } catch {
    throw new CollectorInputError(
      'credentials',
      'cannot be decrypted with this master key (was VIGIL_MASTER_KEY changed?); enter them again',
    );
  }
}

/** Yields nothing but fails: a run that cannot start is recorded like any failed run. */
async function* failing(error: Error): AsyncGenerator<Resource> {
  yield* [];
  throw error;
}

/** Passes resources through while keeping a copy, so the collection can be kept as evidence. */
async function* teeInto(source: AsyncIterable<Resource>, kept: Resource[]): AsyncGenerator<Resource> {
  for await (const r of source) {
    kept.push(r);
    yield r;
  }
}

/** Keeps the collected resources as one JSON `collection` evidence item linked to the controls its checks test. */
function collectionKeeper(
  env: RunnerEnv,
  actor: Actor,
  orgId: string,
  collector: LiveCollector,
  label: string,
  kept: Resource[],
) {
  const store = env.evidenceStore;
  if (!store) return undefined;
  return async (tx: Db, runId: string): Promise<string | null> => {
    const content = Buffer.from(
      JSON.stringify({ collector: collector.id, runId, resources: kept }, null, 1),
      'utf8',
    );
    // Collections larger than the evidence limit are still evaluated; the run says why none was kept.
    if (content.length > store.maxBytes) return null;
    const checks = env.registry.checks.filter((c) => collector.produces.includes(c.resourceType.type));
    const links = await loadControlLinks(tx, orgId);
    const controlIds = [...new Set(checks.flatMap((c) => controlsOfCheck(c, links).map((l) => l.id)))];
    const item = await recordEvidence(tx, actor, store, {
      orgId,
      kind: 'collection',
      title: `${collector.title}: ${label}`.slice(0, 300),
      description: `Resources collected live by ${collector.id} in run ${runId}.`,
      fileName: `${collector.id}-${runId}.json`,
      mediaType: 'application/json',
      content,
      controlIds,
      runId,
    });
    return item.id;
  };
}

export interface LiveRunInput {
  orgId: string;
  collector: LiveCollector;
  /** Stored settings and sealed secrets (a connector), or secrets in clear (the CLI). */
  config: unknown;
  credentials: { sealed: string | null } | { clear: unknown };
  connectorId: string | null;
  /** Names the collection in the evidence title: the connector's name. */
  label: string;
}

/**
 * Runs a live collector as one sweep of its source. Bad settings, undecryptable secrets and every
 * failure of the collector (HTTP 401, 5xx after retries, TLS errors) end as a failed run with the
 * collector's message, the connector marked in error and its alert raised; earlier state stays.
 */
export function runLiveCollection(
  env: RunnerEnv,
  input: LiveRunInput,
  opts: RunOptions = {},
): Promise<SweepResult> {
  const actor = opts.actor ?? systemActor('system:monitoring');
  const { collector } = input;
  const kept: Resource[] = [];
  let resources: AsyncIterable<Resource>;
  try {
    const clear =
      'clear' in input.credentials
        ? input.credentials.clear
        : openCredentials(env.masterKey, input.credentials.sealed);
    const { settings, secrets } = parseCollectorInput(collector, input.config, clear);
    const now = opts.now;
    resources = teeInto(collector.collect(settings, secrets, now ? { now: () => now } : {}), kept);
  } catch (err) {
    resources = failing(err instanceof Error ? err : new Error(String(err)));
  }
  return runSweep(env.db, actor, {
    orgId: input.orgId,
    source: collector.source,
    types: collector.produces,
    resources,
    // Only the checks of what it produces: a failure then alerts the owners of those controls alone.
    checks: env.registry.checks.filter((c) => collector.produces.includes(c.resourceType.type)),
    followers: env.registry.followers,
    connectorId: input.connectorId,
    now: opts.now,
    onProgress: opts.onProgress,
    keepInput: collectionKeeper(env, actor, input.orgId, collector, input.label, kept),
  });
}

/** Runs a live connector from its stored settings and sealed secrets. */
export const runLiveConnector = (
  env: RunnerEnv,
  connector: ConnectorRow,
  collector: LiveCollector,
  opts: RunOptions = {},
) =>
  runLiveCollection(
    env,
    {
      orgId: connector.orgId,
      collector,
      config: connector.config,
      credentials: { sealed: connector.credentialsEnc },
      connectorId: connector.id,
      label: connector.name,
    },
    opts,
  );
