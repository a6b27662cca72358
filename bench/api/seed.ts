/**
 * A fresh, seeded deployment for the API benchmark: 10 organizations, each with every Trust Services
 * category in scope, the whole control library adopted (~150 controls), 50 members and a read-only API token.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CategoryIdSchema } from '@vigil/catalog';
import { type Database, openDatabase, schema } from '@vigil/db';
import {
  adoptControlLibrary,
  createOrganization,
  hashPassword,
  hashToken,
  randomToken,
  systemActor,
} from '@vigil/server';
import { eq, sql } from 'drizzle-orm';
import pg from 'pg';

export type BenchDbKind = 'pglite' | 'postgres';

export const SEED_SHAPE = { organizations: 10, usersPerOrg: 50, policiesPerOrg: 12 } as const;

/** The PostgreSQL server the benchmark creates its throw-away database on. */
export const PG_ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://root@127.0.0.1:5432/postgres';

const PASSWORD = 'bench: correct horse battery staple';

export interface BenchDatabase {
  database: Database;
  /** Closes the database and removes it (the temp directory, or the PostgreSQL database). */
  dispose(): Promise<void>;
}

/** Opens an empty, migrated database: PGlite in a temp directory or a new PostgreSQL database. */
export async function openBenchDatabase(kind: BenchDbKind): Promise<BenchDatabase> {
  if (kind === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-bench-'));
    const database = await openDatabase({ kind: 'pglite', dataDir: join(dir, 'data'), command: 'bench' });
    await database.migrate();
    return {
      database,
      async dispose() {
        try {
          await database.close();
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      },
    };
  }
  const name = `vigil_bench_${process.pid}_${Date.now()}`;
  await adminQuery(`create database ${name}`);
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  // The server's default pool size, as `vigil start` would use it.
  const database = await openDatabase({ kind: 'postgres', url: url.toString() });
  try {
    await database.migrate();
  } catch (err) {
    await database.close();
    await adminQuery(`drop database if exists ${name} with (force)`);
    throw err;
  }
  return {
    database,
    async dispose() {
      // A connection still closing when the database is dropped reports 57P01; that is expected here.
      database.pool?.on('error', () => {});
      try {
        await database.close();
      } finally {
        await adminQuery(`drop database if exists ${name} with (force)`);
      }
    },
  };
}

async function adminQuery(text: string) {
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(text);
  } finally {
    await admin.end();
  }
}

/** A small deterministic generator, so every run seeds the same mix. */
function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SeededOrg {
  orgId: string;
  slug: string;
  token: string;
  controls: number;
  implemented: number;
  inProgress: number;
  notApplicable: number;
}

export interface SeedResult {
  orgs: SeededOrg[];
  users: number;
  controls: number;
  seconds: number;
}

/** Seeds the deployment through the server's own creators (organization, adoption), then bulk rows. */
export async function seedDeployment(database: Database): Promise<SeedResult> {
  const started = performance.now();
  const { db } = database;
  const random = mulberry32(0x5eed);
  const allCategories = [...CategoryIdSchema.options];
  // One argon2 hash for every extra member: hashing 490 passwords would only slow the seed down.
  const memberHash = await hashPassword(PASSWORD);
  const orgs: SeededOrg[] = [];
  let users = 0;

  for (let i = 1; i <= SEED_SHAPE.organizations; i++) {
    const domain = `org${i}.bench.test`;
    const { org, userId: ownerId } = await db.transaction((tx) =>
      createOrganization(tx, systemActor('bench'), {
        organizationName: `Bench Org ${i}`,
        owner: { email: `owner@${domain}`, name: `Owner ${i}`, password: PASSWORD },
      }),
    );
    await db
      .update(schema.organizations)
      .set({ categories: allCategories })
      .where(eq(schema.organizations.id, org.id));
    const actor = { ...systemActor('bench'), orgId: org.id, role: 'owner' as const };
    await db.transaction((tx) => adoptControlLibrary(tx, actor));

    const roles = [
      'admin',
      'admin',
      'admin',
      ...Array(6).fill('viewer'),
      ...Array(40).fill('member'),
    ] as const;
    const members = await db
      .insert(schema.users)
      .values(
        roles.map((_, n) => ({
          email: `user${n + 1}@${domain}`,
          name: `User ${n + 1} of org ${i}`,
          passwordHash: memberHash,
        })),
      )
      .returning({ id: schema.users.id });
    await db.insert(schema.memberships).values(
      members.map((m, n) => ({
        orgId: org.id,
        userId: m.id,
        role: roles[n] as 'admin' | 'viewer' | 'member',
      })),
    );
    users += members.length + 1;

    // Readiness varies across organizations: from about 20% to 80% of controls implemented.
    const implementedShare = 0.2 + (0.6 * (i - 1)) / (SEED_SHAPE.organizations - 1);
    const owners = [ownerId, ...members.slice(0, 12).map((m) => m.id)];
    const controls = await db
      .select({ id: schema.controls.id })
      .from(schema.controls)
      .where(eq(schema.controls.orgId, org.id));
    const counts = { implemented: 0, inProgress: 0, notApplicable: 0 };
    const updates = controls.map((c) => {
      const r = random();
      const status =
        r < implementedShare ? 'implemented' : r < implementedShare + 0.2 ? 'in_progress' : 'not_started';
      const applicable = random() >= 0.04;
      if (!applicable) counts.notApplicable++;
      else if (status === 'implemented') counts.implemented++;
      else if (status === 'in_progress') counts.inProgress++;
      const owner = random() < 0.85 ? owners[Math.floor(random() * owners.length)]! : null;
      return sql`(${c.id}::uuid, ${status}::control_status, ${applicable}::boolean, ${owner}::uuid)`;
    });
    await db.execute(sql`
      update controls set status = v.status, applicable = v.applicable, owner_id = v.owner_id,
        na_justification = case when v.applicable then null else 'Not relevant to the bench service' end
      from (values ${sql.join(updates, sql`, `)}) as v(id, status, applicable, owner_id)
      where controls.id = v.id`);

    await seedPeopleAndTasks(db, org.id, [ownerId, ...members.map((m) => m.id)], random);

    const token = randomToken('vgl_', 32);
    await db.insert(schema.apiTokens).values({
      orgId: org.id,
      userId: ownerId,
      name: 'bench',
      prefix: token.slice(0, 12),
      tokenHash: hashToken(token),
      scope: 'read',
    });
    orgs.push({ orgId: org.id, slug: org.slug, token, controls: controls.length, ...counts });
  }
  return {
    orgs,
    users,
    controls: orgs.reduce((s, o) => s + o.controls, 0),
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
}

/**
 * The human side each member's "My tasks" reads: everyone in the person register and linked to their
 * sign-in, published policies asking all staff (a fifth of the requests still open), an annual
 * course half the staff completed, and the recurring activities owned as their controls are.
 */
async function seedPeopleAndTasks(
  db: Database['db'],
  orgId: string,
  userIds: string[],
  random: () => number,
) {
  const now = new Date();
  const year = now.getUTCFullYear();
  const persons = await db
    .insert(schema.people)
    .values(
      userIds.map((userId, n) => ({
        orgId,
        userId,
        email: `person${n}@${orgId}.bench.test`,
        name: `Person ${n}`,
        department: n % 3 === 0 ? 'Engineering' : 'Operations',
        startDate: `${year - 2}-01-10`,
        source: 'manual' as const,
      })),
    )
    .returning({ id: schema.people.id });
  for (let p = 0; p < SEED_SHAPE.policiesPerOrg; p++) {
    const [policy] = await db
      .insert(schema.policies)
      .values({
        orgId,
        title: `Bench policy ${p + 1}`,
        ownerId: userIds[0]!,
        audience: 'all_staff',
        approverIds: [userIds[0]!],
      })
      .returning({ id: schema.policies.id });
    const [version] = await db
      .insert(schema.policyVersions)
      .values({
        orgId,
        policyId: policy!.id,
        major: 1,
        minor: 0,
        status: 'published',
        content: `# Bench policy ${p + 1}\n\nText.\n`,
        contentSha256: 'ab'.repeat(32),
        approvedBy: userIds[0]!,
        approvedAt: now,
        publishedAt: now,
      })
      .returning({ id: schema.policyVersions.id });
    await db.insert(schema.acceptanceRequests).values(
      persons.map((person) => ({
        orgId,
        policyId: policy!.id,
        personId: person.id,
        versionId: version!.id,
        major: 1,
        dueDate: `${year}-12-31`,
        state: (random() < 0.2 ? 'open' : 'accepted') as 'open' | 'accepted',
      })),
    );
  }
  const [course] = await db
    .insert(schema.trainingCourses)
    .values({
      orgId,
      title: 'Security awareness',
      audience: 'all_staff',
      cadenceMonths: 12,
      cycleStart: `${year}-01-01`,
      ownerId: userIds[0]!,
    })
    .returning({ id: schema.trainingCourses.id });
  await db.insert(schema.trainingCompletions).values(
    persons
      .filter(() => random() < 0.5)
      .map((person) => ({
        orgId,
        personId: person.id,
        courseId: course!.id,
        cycleStart: `${year}-01-01`,
        cycleEnd: `${year}-12-31`,
        completedOn: `${year}-02-01`,
        source: 'manual' as const,
      })),
  );
  await db.execute(sql`
    update activities set owner_id = c.owner_id from controls c
    where activities.control_id = c.id and activities.org_id = ${orgId}`);
}
