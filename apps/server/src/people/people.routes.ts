/** HTTP routes of the people domain, registered from their descriptors in `@vigil/api`. */
import { peopleRoutes as routes } from '@vigil/api';
import { actorOf } from '../auth/request-auth.ts';
import type { App, AppContext } from '../context.ts';
import { serve } from '../http/serve.ts';
import { linkAccount, unlinkAccount } from './account-links.ts';
import { orphanAccounts } from './accounts.queries.ts';
import { attestAccount, offboardingSla } from './offboarding.ts';
import { completeByHand } from './onboarding.ts';
import { getPerson, listPeople } from './people.queries.ts';
import { createPerson, setOffboardingSla, updatePerson } from './person-editor.ts';

export function registerPeopleRoutes(app: App, ctx: AppContext) {
  const { db } = ctx;

  serve(app, routes.list, async (req) => ({ items: await listPeople(db, req.auth!.org!.id, req.query) }));

  serve(app, routes.create, async (req, reply) => {
    const actor = actorOf(req);
    const id = await db.transaction((tx) => createPerson(tx, actor, req.body));
    return reply.status(201).send(await getPerson(db, actor.orgId, id));
  });

  serve(app, routes.orphans, async (req) => ({
    items: (await orphanAccounts(db, req.auth!.org!.id)).map((a) => ({
      resourceId: a.resourceId,
      system: a.system,
      account: a.account,
      active: a.active,
      state: a.state,
    })),
  }));

  serve(app, routes.settings, async (req) => ({
    offboardingSlaBusinessDays: await offboardingSla(db, req.auth!.org!.id),
  }));

  serve(app, routes.updateSettings, async (req) => {
    const actor = actorOf(req);
    const days = req.body.offboardingSlaBusinessDays;
    await db.transaction(async (tx) =>
      setOffboardingSla(tx, actor, days, await offboardingSla(tx, actor.orgId)),
    );
    return { offboardingSlaBusinessDays: days };
  });

  serve(app, routes.get, async (req) => getPerson(db, req.auth!.org!.id, req.params.personId));

  serve(app, routes.update, async (req) => {
    const actor = actorOf(req);
    await db.transaction((tx) => updatePerson(tx, actor, req.params.personId, req.body));
    return getPerson(db, actor.orgId, req.params.personId);
  });

  serve(app, routes.link, async (req) => {
    const actor = actorOf(req);
    await db.transaction((tx) => linkAccount(tx, actor, req.params.personId, req.body.resourceId));
    return getPerson(db, actor.orgId, req.params.personId);
  });

  serve(app, routes.unlink, async (req) => {
    const actor = actorOf(req);
    await db.transaction((tx) => unlinkAccount(tx, actor, req.params.personId, req.params.resourceId));
    return getPerson(db, actor.orgId, req.params.personId);
  });

  serve(app, routes.completeOnboarding, async (req) => {
    const actor = actorOf(req);
    await db.transaction((tx) => completeByHand(tx, actor, req.params.personId, req.body));
    return getPerson(db, actor.orgId, req.params.personId);
  });

  serve(app, routes.attest, async (req) => {
    const actor = actorOf(req);
    await db.transaction((tx) => attestAccount(tx, actor, req.params.personId, req.body));
    return getPerson(db, actor.orgId, req.params.personId);
  });
}
