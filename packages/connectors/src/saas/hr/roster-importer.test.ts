import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collect, fixture, importError, onlyImportErrors, runCheck, tempFile } from '../test/helpers.ts';
import { HR_ROSTER_IMPORTERS, hrRosterImporter } from './roster-importer.ts';

const preset = (id: string) => HR_ROSTER_IMPORTERS.find((i) => i.id === `hr.roster.${id}`)!;
const byId = async (id: string, file: string) =>
  new Map((await collect(preset(id), fixture(file))).map((r) => [r.externalId, r]));

describe('HRIS roster importers', () => {
  it('maps the BambooHR columns and US dates', async () => {
    const rows = await byId('bamboohr', 'hr/bamboohr.csv');
    expect(rows.size).toBe(6);
    expect(rows.get('cagluinda@efficientoffice.com')!.attributes).toEqual({
      email: 'cagluinda@efficientoffice.com',
      employee_id: '3',
      name: 'Christina Agluinda',
      status: 'terminated',
      raw_status: 'Inactive',
      worker_type: 'Terminated',
      start_date: '2018-06-10',
      termination_date: '2025-04-30',
      manager: 'Jennifer Caldwell',
      department: 'Operations',
    });
  });

  it('reads a roster whose columns a person chose', async () => {
    const path = tempFile(
      'Mail,State,Joined,Left,Boss\nana@example.com,Active,03/01/2024,,bo@example.com\nbo@example.com,Active,01/02/2020,,\n',
      '.csv',
    );
    const columns = {
      email: 'Mail',
      status: 'State',
      start_date: 'Joined',
      termination_date: 'Left',
      manager: 'Boss',
    };
    const rows = [];
    for await (const r of preset('bamboohr').read({ path, name: 'people.csv', columns })) rows.push(r);
    expect(rows.map((r) => r.attributes)).toEqual([
      expect.objectContaining({
        email: 'ana@example.com',
        status: 'active',
        start_date: '2024-03-01',
        manager: 'bo@example.com',
      }),
      expect.objectContaining({ email: 'bo@example.com', manager: null }),
    ]);
    // A required field left unchosen is named with the columns the file has.
    const partial = { email: 'Mail', status: 'State', start_date: 'Joined' };
    const err = await (async () => {
      try {
        for await (const _ of preset('bamboohr').read({ path, name: 'people.csv', columns: partial }));
      } catch (e) {
        return e as Error;
      }
    })();
    expect(err?.message).toBe(
      'people.csv: line 1: missing column "Termination Date" for termination date (preset bamboohr); the header has "Mail", "State", "Joined", "Left", "Boss"; choose the column that holds each field',
    );
    const typo = await (async () => {
      try {
        for await (const _ of preset('bamboohr').read({
          path,
          name: 'people.csv',
          columns: { ...columns, department: 'Team' },
        }));
      } catch (e) {
        return e as Error;
      }
    })();
    expect(typo?.message).toMatch(/^people\.csv: line 1: missing column "Team" \(chosen for department\)/);
  });

  it('maps the Personio columns and day-first dates', async () => {
    const rows = await byId('personio', 'hr/personio.csv');
    expect(rows.get('elif.kaya@example.de')!.attributes).toMatchObject({
      status: 'terminated',
      start_date: '2020-09-01',
      termination_date: '2025-03-31',
    });
  });

  it('feeds the HR checks', async () => {
    const rows = await byId('bamboohr', 'hr/bamboohr.csv');
    expect(runCheck('hr.active_not_past_termination', rows.get('dchou@efficientoffice.com')!)).toMatchObject({
      status: 'fail',
      attribute: 'status',
      expected: 'terminated',
      actual: 'active',
    });
    expect(
      runCheck('hr.terminated_has_termination_date', rows.get('twalsh@efficientoffice.com')!),
    ).toMatchObject({
      status: 'error',
      attribute: 'termination_date',
    });
    expect(runCheck('hr.active_has_manager', rows.get('jcaldwell@efficientoffice.com')!).status).toBe('fail');
    expect(runCheck('hr.active_has_manager', rows.get('aadams@efficientoffice.com')!).status).toBe('pass');
  });

  it('tells a roster without a manager column (unknown: error) from an empty manager cell (fail)', async () => {
    const header = 'Employee #,First Name,Last Name,Work Email,Status,Hire Date,Termination Date';
    const withoutColumn = await collect(
      preset('bamboohr'),
      tempFile(`${header}\n1,Ann,Lee,ann@x.test,Active,01/02/2020,\n`),
    );
    expect(runCheck('hr.active_has_manager', withoutColumn[0]!)).toMatchObject({
      status: 'error',
      attribute: 'manager',
    });
    const emptyCell = await collect(
      preset('bamboohr'),
      tempFile(`${header},Reporting to\n1,Ann,Lee,ann@x.test,Active,01/02/2020,,\n`),
    );
    expect(emptyCell[0]!.attributes.manager).toBeNull();
    expect(runCheck('hr.active_has_manager', emptyCell[0]!)).toMatchObject({ status: 'fail', actual: null });
  });

  it('names the missing column and the preset', async () => {
    const path = tempFile(
      'Employee #,First Name,Work Email,Status,Start Date,Termination Date\n1,A,a@x,Active,01/01/2020,\n',
    );
    const err = await importError(preset('bamboohr'), path, 'roster.csv');
    expect(err.message).toMatch(
      /^roster\.csv: line 1: missing column "Hire Date" or "Original Hire Date" for start date \(preset bamboohr\); the header has "Employee #", "First Name", "Work Email", "Status", "Start Date", "Termination Date"/,
    );
  });

  it('names the line and column of a bad date', async () => {
    const path = tempFile(
      'email,employment_status,start_date,termination_date\na@x,active,2020-01-01,\nb@x,active,2020-13-40,\n',
    );
    expect((await importError(preset('vigil'), path, 'roster.csv')).message).toBe(
      'roster.csv: line 3: column "start_date": "2020-13-40" is not a valid date',
    );
  });

  it('reports a row with the wrong number of cells with its line', async () => {
    const path = tempFile(
      'email,employment_status,start_date,termination_date\na@x,active,2020-01-01,\nb@x,active\n',
    );
    expect((await importError(preset('vigil'), path, 'roster.csv')).message).toMatch(
      /^roster\.csv: line 3: malformed CSV/,
    );
  });

  it('imports with an explicit mapping and custom status words', async () => {
    const path = tempFile(
      'Mail;State;Joined;Left\nx@example.com;Alumni;2019-05-01;2024-12-31\n'.replaceAll(';', ','),
    );
    const importer = hrRosterImporter({
      columns: { email: 'Mail', status: 'State', start_date: 'Joined', termination_date: 'Left' },
      status_values: { terminated: ['Alumni'] },
    });
    const [row] = await collect(importer, path);
    expect(row!.attributes).toMatchObject({ status: 'terminated', termination_date: '2024-12-31' });
    expect(() => hrRosterImporter({ columns: { email: 'Mail' } } as never)).toThrow(/status/);
  });

  it('detects each preset from its header', () => {
    expect(
      preset('bamboohr').detect('Employee #,Work Email,Status,Hire Date,Termination Date\n', 'x.csv'),
    ).toBe(true);
    expect(
      preset('personio').detect('Employee #,Work Email,Status,Hire Date,Termination Date\n', 'x.csv'),
    ).toBe(false);
  });

  it('survives fuzzed input with only ImportErrors', async () => {
    const head = 'email,employment_status,start_date,termination_date,manager_email\n';
    const cellArb = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('2020-01-01', '01/02/2020', 'active', '"', ''),
    );
    const rows = fc.array(
      fc.array(cellArb, { minLength: 1, maxLength: 6 }).map((c) => c.join(',')),
      { maxLength: 5 },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          rows.map((r) => head + r.join('\n')),
          fc.string(),
          fc.uint8Array({ maxLength: 120 }),
        ),
        async (c) => onlyImportErrors(preset('vigil'), tempFile(c)),
      ),
      { numRuns: 200 },
    );
  });
});

describe('roster rows the register cannot take', () => {
  const vigilHeader = 'email,employment_status,start_date,termination_date,manager_email\n';
  it('refuses the same worker twice, naming both lines and the column', async () => {
    const path = tempFile(
      `${vigilHeader}ann@x.test,active,2024-01-02,,\nbo@x.test,active,2024-01-02,,\nANN@x.test,active,2024-02-01,,\n`,
    );
    expect((await importError(preset('vigil'), path, 'roster.csv')).message).toBe(
      'roster.csv: line 4: column "email": worker ann@x.test appears twice (first on line 2)',
    );
  });

  it('refuses an end date before the start date', async () => {
    const path = tempFile(`${vigilHeader}ann@x.test,terminated,2024-05-02,2024-04-30,\n`);
    expect((await importError(preset('vigil'), path, 'roster.csv')).message).toBe(
      'roster.csv: line 2: column "termination_date": 2024-04-30 is before the start date 2024-05-02',
    );
  });

  it('refuses a manager who is nobody in the roster, and takes one named by email, name or id', async () => {
    const path = tempFile(
      `${vigilHeader}ann@x.test,active,2024-05-02,,carol@x.test\nbo@x.test,active,2024-05-02,,\n`,
    );
    expect((await importError(preset('vigil'), path, 'roster.csv')).message).toBe(
      'roster.csv: line 2: column "manager_email": manager "carol@x.test" is nobody in the roster (no row has that email, name or employee id)',
    );
    const bamboo = await collect(preset('bamboohr'), fixture('hr/bamboohr.csv'));
    expect(bamboo).toHaveLength(6);
  });
});
