/** `vigil migrate`: applies pending schema migrations and says which. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Database, MIGRATIONS_DIR } from '@vigil/db';
import type { Command } from 'commander';
import { sql } from 'drizzle-orm';
import { openCommandDatabase } from '../database.ts';
import { action, print } from '../output.ts';

export function registerMigrateCommand(program: Command) {
  program
    .command('migrate')
    .description('Apply pending database migrations (vigil start also does this)')
    .action(action(migrate));
}

/** The migrations shipped with this version, oldest first. */
function shippedMigrations(): string[] {
  const journal = JSON.parse(readFileSync(join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8')) as {
    entries: { tag: string }[];
  };
  return journal.entries.map((e) => e.tag);
}

/** How many migrations drizzle has recorded as applied; 0 on a database that has never been migrated. */
async function appliedCount(database: Database): Promise<number> {
  try {
    const [row] = await database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(sql`drizzle.__drizzle_migrations`);
    return row?.n ?? 0;
  } catch {
    return 0;
  }
}

async function migrate() {
  const database = await openCommandDatabase('migrate');
  try {
    const before = await appliedCount(database);
    await database.migrate();
    const after = await appliedCount(database);
    const shipped = shippedMigrations();
    print(`Database: ${database.kind === 'pglite' ? 'PGlite' : 'PostgreSQL'} at ${database.location}`);
    if (after === before) {
      print(`Already up to date (${after} migrations applied, latest ${shipped.at(-1)}).`);
    } else {
      for (const tag of shipped.slice(before, after)) print(`Applied ${tag}`);
      print(
        `Done: ${after - before} migration${after - before === 1 ? '' : 's'} applied, ${after} in total.`,
      );
    }
  } finally {
    await database.close();
  }
  return undefined;
}
