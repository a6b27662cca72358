import { describe, expect, it } from 'vitest';
import { populationFromCsv } from './population-csv.ts';
import { parsePopulationFile } from './sampling.ts';

const columns = { idColumn: 'Ticket', timeColumn: 'Merged at' };

describe('CSV populations', () => {
  it('keeps the other columns as attributes and writes the canonical file', () => {
    const csv = [
      'Ticket,Merged at,Title,Approver',
      'CHG-2,2026-03-02T10:00:00Z,"Rotate keys, again",bob',
      ' CHG-1 ,2026-03-01,First,',
    ].join('\r\n');
    const p = populationFromCsv('changes.csv', csv, { idColumn: ' ticket ', timeColumn: 'MERGED AT' });
    expect(p.text).toBe(
      '{"attributes":{"Approver":"","Title":"First"},"id":"CHG-1","occurredAt":"2026-03-01T00:00:00.000Z"}\n' +
        '{"attributes":{"Approver":"bob","Title":"Rotate keys, again"},"id":"CHG-2","occurredAt":"2026-03-02T10:00:00.000Z"}\n',
    );
    // The file Vigil keeps reads back to the same hash, which is what verification relies on.
    expect(parsePopulationFile(p.text).hash).toBe(p.hash);
  });

  it('records a header-only file as an empty population', () => {
    expect(populationFromCsv('none.csv', 'Ticket,Merged at\n', columns).items).toEqual([]);
  });

  it('names the file, line and column at fault', () => {
    expect(() => populationFromCsv('c.csv', '', columns)).toThrow('c.csv: line 1: the file is empty');
    expect(() => populationFromCsv('c.csv', 'Ticket,When\n', columns)).toThrow(
      'c.csv: line 1: there is no column "Merged at" (the columns are "Ticket", "When")',
    );
    expect(() => populationFromCsv('c.csv', 'Ticket,Merged at,ticket\n', columns)).toThrow(
      'c.csv: line 1: the column "ticket" appears twice',
    );
    expect(() => populationFromCsv('c.csv', 'Ticket,Merged at\nA,2026-01-01,extra\n', columns)).toThrow(
      'c.csv: line 2: 3 cells, but the header names 2 columns',
    );
    expect(() =>
      populationFromCsv('c.csv', 'Ticket,Merged at\nA,2026-01-01\nB,yesterday\n', columns),
    ).toThrow(/^c\.csv: line 3: occurredAt: "yesterday" is not a date/);
    expect(() =>
      populationFromCsv('c.csv', 'Ticket,Merged at\nA,2026-01-01\n\nA,2026-01-02\n', columns),
    ).toThrow('c.csv: line 4: id: "A" is also the id of c.csv: line 2; ids must be unique');
    expect(() => populationFromCsv('c.csv', 'Ticket,Merged at\n"A,2026-01-01\n', columns)).toThrow(
      /^c\.csv: malformed CSV: /,
    );
  });
});
