/** Opening the database for a command, finding an organization by slug, and counting what is stored. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  type Database,
  type DatabaseConfig,
  type Db,
  databaseConfigFromEnv,
  openDatabase,
  schema,
} from '@vigil/db';
import { and, asc, eq, sql } from 'drizzle-orm';
import { CliError } from './output.ts';

/** The database the environment (and the global --data-dir / --database-url options) points at. */
export function commandDatabaseConfig(command: string): DatabaseConfig {
  return databaseConfigFromEnv(process.env, `vigil ${command}`);
}

/** Opens (and for PGlite, locks) that database for `command`; the caller closes it. */
export function openCommandDatabase(command: string): Promise<Database> {
  return openDatabase(commandDatabaseConfig(command));
}

/** True when a PGlite data directory already holds a database. */
export function pgliteHasData(dataDir: string): boolean {
  return existsSync(join(dataDir, 'pgdata', 'PG_VERSION'));
}

export interface OpenOptions {
  /** Apply pending migrations (commands that write); read-only commands never change the schema. */
  migrate: boolean;
}

/**
 * Opens the database for `command`, runs `fn`, and always closes it again. A read-only command on a
 * data directory that holds nothing yet says so instead of creating an empty database.
 */
export async function withDatabase<T>(
  command: string,
  opts: OpenOptions,
  fn: (database: Database) => Promise<T>,
) {
  const config = commandDatabaseConfig(command);
  if (!opts.migrate && config.kind === 'pglite' && !pgliteHasData(config.dataDir)) {
    throw new CliError(
      `No Vigil database in ${config.dataDir}: run \`vigil init\` or \`vigil start\` first, or point --data-dir at it`,
    );
  }
  const database = await openDatabase(config);
  try {
    try {
      if (opts.migrate) await database.migrate();
      else await assertMigrated(database);
    } catch (err) {
      throw connectionProblem(err, database.location) ?? err;
    }
    return await fn(database);
  } finally {
    await database.close();
  }
}

// Connection and login failures, by Node error code or PostgreSQL SQLSTATE (28xxx: auth, 3D000: no such database).
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ECONNRESET',
  '28P01',
  '28000',
  '3D000',
]);

/** A clear error when the database cannot be reached at all, rather than a failed-query dump. */
function connectionProblem(err: unknown, location: string): CliError | null {
  let e: unknown = err;
  while (e instanceof Error) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code && CONNECTION_CODES.has(code))
      return new CliError(`cannot use the database at ${location}: ${e.message}`);
    e = e.cause;
  }
  return null;
}

async function assertMigrated(database: Database) {
  const result = await database.db.execute<{ t: string | null }>(
    sql`select to_regclass('public.organizations')::text as t`,
  );
  const rows = Array.isArray(result) ? result : (result as { rows: { t: string | null }[] }).rows;
  if (!rows[0]?.t)
    throw new CliError(`The database at ${database.location} has no Vigil tables yet: run \`vigil migrate\``);
}

/** The organization with this slug, or an error that lists the slugs there are. */
export async function findOrg(db: Db, slug: string) {
  const [org] = await db.select().from(schema.organizations).where(eq(schema.organizations.slug, slug));
  if (org) return org;
  const all = await db
    .select({ slug: schema.organizations.slug })
    .from(schema.organizations)
    .orderBy(asc(schema.organizations.slug));
  const known = all.length
    ? `; organizations: ${all.map((o) => o.slug).join(', ')}`
    : '; there are no organizations yet';
  throw new CliError(`--org: no organization with slug "${slug}"${known}`);
}

/** The member of the organization with this email (any case), or an error naming --email. */
export async function findMember(db: Db, org: { id: string; slug: string }, email: string) {
  const { memberships, users } = schema;
  const [member] = await db
    .select({ userId: users.id, email: users.email, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, org.id), sql`lower(${users.email}) = ${email.toLowerCase()}`));
  if (!member) throw new CliError(`--email: ${email} is not a member of ${org.slug}`);
  return member;
}

/** How many organizations, users, controls and audit events are stored (backup and restore print them). */
export async function countRecords(db: Db) {
  const count = async (
    table:
      | typeof schema.organizations
      | typeof schema.users
      | typeof schema.controls
      | typeof schema.auditEvents,
  ) => {
    const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(table);
    return row?.n ?? 0;
  };
  return {
    organizations: await count(schema.organizations),
    users: await count(schema.users),
    controls: await count(schema.controls),
    auditEvents: await count(schema.auditEvents),
  };
}

/** "3 organizations, 5 users, 40 controls, 212 audit events". */
export function describeCounts(c: Awaited<ReturnType<typeof countRecords>>): string {
  const n = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
  return [
    n(c.organizations, 'organization', 'organizations'),
    n(c.users, 'user', 'users'),
    n(c.controls, 'control', 'controls'),
    n(c.auditEvents, 'audit event', 'audit events'),
  ].join(', ');
}
