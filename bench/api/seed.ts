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

export const SEED_SHAPE = { organizations: 10, usersPerOrg: 50 } as const;

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
