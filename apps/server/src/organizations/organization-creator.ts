/** Creates an organization with its first owner: first-run setup, `vigil init`, and new tenants. */
import { invalid, normalizeCategories, passwordProblem, VigilError } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { eq, like, or, sql } from 'drizzle-orm';
import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-recorder.ts';
import { hashPassword } from '../security/passwords.ts';

export interface OrganizationCreateProps {
  organizationName: string;
  owner: { email: string; name: string; password: string };
}

/** Turns an organization name into a URL slug, made unique with a suffix when needed. */
async function uniqueSlug(tx: Db, name: string): Promise<string> {
  const base =
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'org';
  const rows = await tx
    .select({ slug: schema.organizations.slug })
    .from(schema.organizations)
    .where(or(eq(schema.organizations.slug, base), like(schema.organizations.slug, `${base}-%`)));
  const taken = new Set(rows.map((r) => r.slug));
  // 'callback' would be shadowed by the SSO callback route that shares the /api/auth/sso/ prefix.
  if (base === 'callback') taken.add(base);
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}

/** Creates the organization and its owner account (or adds an existing account as owner). */
export async function createOrganization(tx: Db, actor: Actor, props: OrganizationCreateProps) {
  const email = props.owner.email.trim().toLowerCase();
  const [existing] = await tx.select().from(schema.users).where(sql`lower(${schema.users.email}) = ${email}`);
  let userId: string;
  if (existing) {
    userId = existing.id;
  } else {
    const problem = passwordProblem(props.owner.password, { email, name: props.owner.name });
    if (problem) throw invalid('owner.password', `owner.password: ${problem}`);
    const [user] = await tx
      .insert(schema.users)
      .values({
        email,
        name: props.owner.name.trim(),
        passwordHash: await hashPassword(props.owner.password),
      })
      .returning();
    userId = user!.id;
  }
  const [org] = await tx
    .insert(schema.organizations)
    .values({
      name: props.organizationName.trim(),
      slug: await uniqueSlug(tx, props.organizationName),
      categories: normalizeCategories([]),
    })
    .returning();
  if (!org) throw new VigilError('internal', 'organization was not created');
  await tx.insert(schema.memberships).values({ orgId: org.id, userId, role: 'owner' });
  // At first-run setup the acting person is the owner being created: give the event their id.
  const who = actor.type === 'user' && actor.userId === null ? { ...actor, userId } : actor;
  await recordAudit(tx, who, {
    orgId: org.id,
    action: 'organization.created',
    entityType: 'organization',
    entityId: org.id,
    changes: { name: org.name, slug: org.slug, owner: email },
  });
  return { org, userId };
}
