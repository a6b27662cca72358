/** First run: the first organization and its owner, created once. */
import type { Setup } from '@vigil/api';
import { VigilError } from '@vigil/core';
import type { Db } from '@vigil/db';
import { sql } from 'drizzle-orm';
import type { Actor } from '../audit/actor.ts';
import { createOrganization } from '../organizations/index.ts';
import { organizationCount } from './auth.queries.ts';

/** Creates the first organization and its owner; refuses once any organization exists. */
export async function runFirstSetup(tx: Db, actor: Actor, setup: Setup) {
  // Serialize concurrent first runs: only the first one may create the first organization.
  await tx.execute(sql`lock table organizations in exclusive mode`);
  if ((await organizationCount(tx)) > 0)
    throw new VigilError('setup_done', 'Vigil is already set up; sign in instead');
  try {
    return await createOrganization(tx, actor, {
      organizationName: setup.organizationName,
      owner: { email: setup.email, name: setup.name, password: setup.password },
    });
  } catch (err) {
    // The setup form has no `owner`: name the field as the request did (`password`, not `owner.password`),
    // so the form shows the message under that field.
    if (err instanceof VigilError && err.field?.startsWith('owner.')) {
      const field = err.field.slice('owner.'.length);
      throw new VigilError(err.code, err.message.replace(`${err.field}: `, `${field}: `), field);
    }
    throw err;
  }
}
