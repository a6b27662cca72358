/** HTTP routes of connectors (under /api/integrations): CRUD, schedule, file uploads and on-demand runs. */
import multipart from '@fastify/multipart';
import { connectorRoutes as routes } from '@vigil/api';
import { invalid } from '@vigil/core';
import { actorOf } from '../auth/request-auth.ts';
import type { App, AppContext } from '../context.ts';
import { serve } from '../http/serve.ts';
import { collectorIn, getRun, registryOf, SweepFailed } from '../monitoring/index.ts';
import { importConnectorFile, runConnector } from './connector-runner.ts';
import {
  ARCHIVE_EXPANSION,
  ARCHIVE_MAX_ENTRIES,
  asInputError,
  receiveFile,
  unpackIfArchive,
} from './connector-upload.ts';
import {
  connectorKinds,
  createConnector,
  deleteConnector,
  findConnector,
  type IntegrationsEnv,
  listConnectors,
  presentConnector,
  setConnectorSchedule,
  updateConnector,
} from './connectors.service.ts';
import type { RunnerEnv } from './runner-types.ts';

const MB = 1024 * 1024;

export async function registerIntegrationRoutes(app: App, ctx: AppContext) {
  const { db } = ctx;
  const env = (): IntegrationsEnv & RunnerEnv => ({
    db,
    registry: registryOf(ctx),
    masterKey: ctx.masterKey,
    importDir: ctx.config.importDir ?? null,
    evidenceStore: ctx.evidenceStore,
  });
  const view = async (orgId: string, id: string) =>
    presentConnector(await findConnector(db, orgId, id), registryOf(ctx));

  serve(app, routes.kinds, async () => ({ items: connectorKinds(registryOf(ctx)) }));

  serve(app, routes.list, async (req) => ({
    items: (await listConnectors(db, req.auth!.org!.id)).map((c) => presentConnector(c, registryOf(ctx))),
  }));

  serve(app, routes.create, async (req, reply) => {
    const actor = actorOf(req);
    const id = await db.transaction((tx) => createConnector(tx, actor, env(), req.body));
    return reply.status(201).send(await view(actor.orgId, id));
  });

  serve(app, routes.get, async (req) => view(req.auth!.org!.id, req.params.connectorId));

  serve(app, routes.update, async (req) => {
    const actor = actorOf(req);
    await db.transaction((tx) => updateConnector(tx, actor, env(), req.params.connectorId, req.body));
    return view(actor.orgId, req.params.connectorId);
  });

  serve(app, routes.schedule, async (req) => {
    const actor = actorOf(req);
    await db.transaction((tx) =>
      setConnectorSchedule(tx, actor, env(), req.params.connectorId, req.body.scheduleMinutes),
    );
    return view(actor.orgId, req.params.connectorId);
  });

  serve(app, routes.remove, async (req) => {
    const actor = actorOf(req);
    await db.transaction((tx) => deleteConnector(tx, actor, env(), req.params.connectorId));
    return { deleted: true as const };
  });

  serve(app, routes.run, async (req, reply) => {
    const actor = actorOf(req);
    const connector = await findConnector(db, actor.orgId, req.params.connectorId);
    if (!collectorIn(registryOf(ctx), connector.kind) && connector.config.path === undefined) {
      throw invalid(
        'config.path',
        'config.path: this connector reads uploads; upload a file or set config.path',
      );
    }
    if (ctx.jobs?.mode === 'queue') {
      return reply.status(202).send({ queued: await ctx.jobs.enqueue(connector.id) });
    }
    const live = collectorIn(registryOf(ctx), connector.kind) !== undefined;
    const runId = await runConnector(env(), connector.id, { actor }).then(
      (result) => result.runId,
      (err: unknown) => {
        // A live collection that failed (rejected token, unreachable API) is a run like any other:
        // the caller gets it with its error, as the run list and the connector show it.
        if (live && err instanceof SweepFailed) return err.runId;
        throw asInputError(err);
      },
    );
    return getRun(db, actor.orgId, runId);
  });

  await app.register(async (scope: App) => {
    const maxBytes = (ctx.config.uploadMaxMb ?? 100) * MB;
    // Multipart parsing only here; the size limit is checked while the file streams to disk.
    await scope.register(multipart, {
      throwFileSizeLimit: false,
      limits: { fileSize: maxBytes, files: 1, fields: 10 },
    });
    serve(scope, routes.upload, async (req) => {
      const actor = actorOf(req);
      const connector = await findConnector(db, actor.orgId, req.params.connectorId);
      const file = await receiveFile(req, maxBytes);
      try {
        const input = await unpackIfArchive(file, {
          maxBytes: maxBytes * ARCHIVE_EXPANSION,
          maxEntries: ARCHIVE_MAX_ENTRIES,
        });
        const opts = { actor, evidenceFile: input === file ? undefined : file };
        const result = await importConnectorFile(env(), connector, input, opts).catch((err: unknown) => {
          throw asInputError(err);
        });
        return await getRun(db, actor.orgId, result.runId);
      } finally {
        await file.remove();
      }
    });
  });
}
