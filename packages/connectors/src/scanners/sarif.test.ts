import '@vigil/monitoring/resource-types/scanners';
import { readFileSync } from 'node:fs';
import { BUILTIN_CHECKS, evaluateOne } from '@vigil/monitoring';
import { describe, expect, it } from 'vitest';
import { sarifImporter } from './sarif.ts';
import { fixture, importAll, importError, tempFile } from './test-support.ts';

const sast = (id: string) => BUILTIN_CHECKS.find((c) => c.id === id)! as Parameters<typeof evaluateOne>[0];

describe('sarif importer', () => {
  it('tells a run that found nothing from a run that computed no results (SARIF 3.14.23)', async () => {
    const log = JSON.parse(readFileSync(fixture('sarif-eslint-simple.sarif'), 'utf8'));
    log.runs[0].results = [];
    const [clean] = await importAll(sarifImporter, tempFile('clean.sarif', JSON.stringify(log)));
    expect(clean!.attributes).not.toHaveProperty('resultsComputed');
    expect(evaluateOne(sast('sast.no_error_level_results'), clean!, new Date())).toMatchObject({
      status: 'pass',
      reason: 'the scan reports no unsuppressed error-level result',
    });
    delete log.runs[0].results;
    const [none] = await importAll(sarifImporter, tempFile('none.sarif', JSON.stringify(log)));
    expect(none!.attributes).toMatchObject({ resultsComputed: false, resultsTotal: 0 });
    for (const id of ['sast.no_error_level_results', 'sast.no_high_security_severity']) {
      expect(evaluateOne(sast(id), none!, new Date()), id).toMatchObject({
        status: 'error',
        reason: 'the scan produced no list of results, so the analysis did not complete',
      });
    }
  });

  it('counts error-level results of an ESLint run', async () => {
    const [run] = await importAll(sarifImporter, fixture('sarif-eslint-simple.sarif'), 'web.sarif');
    expect(run!.externalId).toBe('ESLint|web.sarif|run 0');
    expect(run!.attributes).toMatchObject({
      tool: 'ESLint',
      resultsTotal: 1,
      levels: { error: 1, warning: 0, note: 0, none: 0 },
      errorRules: [
        { ruleId: 'no-unused-vars', count: 1, location: expect.stringMatching(/simple-example\.js:1$/) },
      ],
    });
    expect(run!.attributes).not.toHaveProperty('highSecuritySeverity');
  });

  it('takes the level from the rule default when a result has none, resolving ruleIndex first', async () => {
    const [run] = await importAll(sarifImporter, fixture('sarif-default-rule-config.sarif'));
    expect(run!.attributes.levels).toEqual({ error: 1, warning: 1, note: 0, none: 0 });
  });

  it('reads Semgrep output, which writes results before the tool and its rules', async () => {
    const [run] = await importAll(sarifImporter, fixture('sarif-semgrep.sarif'));
    expect(run!.attributes).toMatchObject({
      tool: 'Semgrep OSS',
      toolVersion: '1.122.0',
      executionSuccessful: true,
      levels: { error: 1 },
      errorRules: [{ ruleId: 'dockerfile.security.missing-user.missing-user', location: 'Dockerfile:39' }],
    });
  });

  it('leaves suppressed results out, except rejected or under-review suppressions', async () => {
    const [run] = await importAll(sarifImporter, fixture('sarif-suppressions.sarif'));
    expect(run!.attributes).toMatchObject({ resultsTotal: 9, suppressed: 5, levels: { warning: 4 } });
  });

  it('reads Trivy SARIF with note and warning levels', async () => {
    const [run] = await importAll(sarifImporter, fixture('sarif-trivy.sarif'));
    expect(run!.attributes).toMatchObject({
      tool: 'Trivy',
      toolVersion: 'dev',
      levels: { error: 0, warning: 1, note: 1 },
    });
  });

  it('counts security-severity ≥ 7 from rules and results, and honours baselineState absent', async () => {
    const log = {
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: { name: 'CodeQL', rules: [] },
            extensions: [
              {
                name: 'codeql/js-queries',
                rules: [{ id: 'js/sql-injection', properties: { 'security-severity': '8.8' } }],
              },
            ],
          },
          automationDetails: { id: '/language:javascript/' },
          versionControlProvenance: [{ repositoryUri: 'https://github.com/acme/web' }],
          results: [
            {
              ruleId: 'js/sql-injection',
              rule: { id: 'js/sql-injection', toolComponent: { index: 0 } },
              level: 'error',
            },
            { ruleId: 'js/other', level: 'warning', properties: { 'security-severity': 9.1 } },
            { ruleId: 'js/sql-injection', level: 'error', baselineState: 'absent' },
          ],
        },
      ],
    };
    const [run] = await importAll(sarifImporter, tempFile('codeql.sarif', JSON.stringify(log)));
    expect(run!.externalId).toBe('CodeQL|https://github.com/acme/web|/language:javascript/');
    expect(run!.attributes).toMatchObject({ highSecuritySeverity: 2, levels: { error: 1, warning: 1 } });
  });

  it('names file and JSON path of bad input', async () => {
    const v = tempFile('v.sarif', '{"version": "2.0.0", "runs": []}');
    expect((await importError(sarifImporter, v, 'scan.sarif'))?.message).toBe(
      'scan.sarif: $.version: unsupported SARIF version "2.0.0"; Vigil reads 2.1.0',
    );
    const level = tempFile(
      'l.sarif',
      '{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}},\n"results": [{"level": "fatal"}]}]}',
    );
    expect((await importError(sarifImporter, level))?.location).toBe('$.runs[0].results[0].level');
    const noTool = tempFile('t.sarif', '{"version": "2.1.0", "runs": [{"results": []}]}');
    expect((await importError(sarifImporter, noTool))?.location).toBe('$.runs[0].tool.driver.name');
    const notSarif = tempFile('n.json', '{"matches": []}');
    expect((await importError(sarifImporter, notSarif))?.location).toBe('$.version');
  });
});
