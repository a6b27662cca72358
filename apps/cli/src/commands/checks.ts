/** `vigil checks list`: every built-in check with its severity, resource type, criteria and controls. */
import { type Command, Option } from 'commander';
import { action, print, printJson, printTable } from '../output.ts';

/** One row per check, sorted by id (the checks are loaded on use, not at start-up). */
export async function checkCatalog() {
  const { defaultRegistry } = await import('@vigil/server');
  return [...defaultRegistry().checks]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((c) => ({
      id: c.id,
      title: c.title,
      severity: c.severity,
      resourceType: c.resourceType.type,
      criteria: c.criteria,
      controls: c.controls,
    }));
}

export function registerChecksCommands(program: Command) {
  const checks = program.command('checks').description('The built-in checks');
  checks
    .command('list')
    .description('List every check with its id, severity, resource type, criteria and controls')
    .addOption(
      new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'),
    )
    .action(
      action(async (opts: { format: 'table' | 'json' }) => {
        const rows = await checkCatalog();
        if (opts.format === 'json') printJson(rows);
        else if (rows.length === 0) print('No checks are installed.');
        else
          printTable(
            ['ID', 'SEVERITY', 'RESOURCE TYPE', 'CRITERIA', 'CONTROLS'],
            rows.map((r) => [r.id, r.severity, r.resourceType, r.criteria.join(','), r.controls.join(',')]),
          );
        return undefined;
      }),
    );
}
