import { describe, expect, it } from 'vitest';
import { normalizeHeader, parseDate, parseDecimal, parseInteger, splitList } from './cells';
import { readCsv } from './read-csv';

describe('CSV cells', () => {
  it('reads French decimals with thousands spaces and a comma, and plain dotted ones', () => {
    expect(parseDecimal('1 000,91516')).toEqual({ ok: true, value: '1000.91516' });
    expect(parseDecimal('1\u202f000,5')).toEqual({ ok: true, value: '1000.5' });
    expect(parseDecimal('66,01420')).toEqual({ ok: true, value: '66.01420' });
    expect(parseDecimal('-9985.56')).toEqual({ ok: true, value: '-9985.56' });
  });

  it('refuses ambiguous or malformed decimals', () => {
    for (const cell of ['1.000,5', '12,5,0', 'abc', '1e5', ',5']) expect(parseDecimal(cell)).toMatchObject({ ok: false, reason: 'INVALID_DECIMAL' });
  });

  it('reads whole numbers only', () => {
    expect(parseInteger('3')).toEqual({ ok: true, value: 3 });
    expect(parseInteger('3,5')).toMatchObject({ ok: false, reason: 'INVALID_INTEGER' });
  });

  it('reads dates as jj/mm/aaaa or ISO and refuses days that do not exist', () => {
    expect(parseDate('31/12/2020')).toEqual({ ok: true, value: '2020-12-31' });
    expect(parseDate('1/2/2021')).toEqual({ ok: true, value: '2021-02-01' });
    expect(parseDate('2020-12-31')).toEqual({ ok: true, value: '2020-12-31' });
    for (const cell of ['31/02/2021', '12/31/2020', '2020-13-01', '31-12-2020', '01/01/1800']) expect(parseDate(cell)).toMatchObject({ ok: false, reason: 'INVALID_DATE' });
  });

  it('splits lists on bars and commas', () => {
    expect(splitList('a@x.fr | b@y.fr, c@z.fr')).toEqual(['a@x.fr', 'b@y.fr', 'c@z.fr']);
    expect(splitList(' | ')).toEqual([]);
  });

  it('matches headers without regard to case, accents or spaces', () => {
    expect(normalizeHeader('  Libellé ')).toBe(normalizeHeader('LIBELLE'));
    expect(normalizeHeader("Complément  d'adresse")).toBe("complement d'adresse");
  });
});

describe('reading a CSV', () => {
  it('strips a BOM, skips blank lines and numbers lines from the header', () => {
    const file = readCsv('\ufeffLot;Montant\r\nGILBERT/069;"1 000,50"\r\n\r\n;\r\nGILBERT/142;12,50\r\n', 10);
    expect(file).toEqual({
      ok: true,
      delimiter: ';',
      headers: ['Lot', 'Montant'],
      records: [
        { line: 2, cells: ['GILBERT/069', '1 000,50'] },
        { line: 5, cells: ['GILBERT/142', '12,50'] },
      ],
    });
  });

  it('detects a comma-separated file from its header', () => {
    expect(readCsv('Lot,Montant\nGILBERT/069,"12,50"\n', 10)).toMatchObject({ ok: true, delimiter: ',', records: [{ line: 2, cells: ['GILBERT/069', '12,50'] }] });
  });

  it('gives a record spanning lines the line where it starts', () => {
    expect(readCsv('Nom;Adresse\nA;"1 rue\nBâtiment B"\nB;2 rue\n', 10)).toMatchObject({ records: [{ line: 2 }, { line: 4 }] });
  });

  it('reports an unclosed quote with its line', () => {
    expect(readCsv('Lot;Montant\nGILBERT/069;"12\n', 10)).toMatchObject({ ok: false, line: 2 });
  });

  it('stops one record past the maximum', () => {
    const file = readCsv(`Lot\n${Array.from({ length: 20 }, (_, i) => `L${i}`).join('\n')}`, 5);
    expect(file.ok && file.records.length).toBe(6);
  });
});

describe('reading a CSV edited on two systems', () => {
  it('accepts mixed line endings', () => {
    expect(readCsv('Lot;Montant\r\nA;1\nB;2\r\nC;3\n', 10)).toMatchObject({ records: [{ line: 2 }, { line: 3 }, { line: 4 }] });
  });
});
