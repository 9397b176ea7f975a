import { describe, expect, it } from 'vitest';
import { readCsv } from '../csv/read-csv';
import type { ImportKindSpec } from '../import-kind';
import { locateRowError, mapRows } from '../map-rows';
import { templateCsv } from '../template';
import { IMPORT_KIND_SPECS } from '.';
import { leasesKind } from './leases.kind';
import { lotsKind } from './lots.kind';
import { ownershipsKind } from './ownerships.kind';
import { personsKind } from './persons.kind';

function map(spec: ImportKindSpec<never>, csv: string) {
  const file = readCsv(csv, 5000);
  if (!file.ok) throw new Error(file.message);
  return mapRows(spec as ImportKindSpec, file.headers, file.records);
}

describe('import kinds', () => {
  it.each(Object.entries(IMPORT_KIND_SPECS))('gives %s a template that maps back without error', (_, spec) => {
    const template = templateCsv(spec as ImportKindSpec);
    expect(template.startsWith('\ufeff')).toBe(true);
    expect(template.split('\r\n')[0]).toBe(`\ufeff${spec.columns.map((column) => column.header).join(';')}`);
    const mapped = map(spec, template);
    expect(mapped.errors).toEqual([]);
    expect(mapped.inputs.length).toBeGreaterThan(0);
  });
});

describe('persons', () => {
  it('maps identity, lists of e-mails and phones, and the postal address', () => {
    const { inputs, errors } = map(
      personsKind,
      'Code personne;Civilité;Nom;E-mails;Téléphones;Adresse;Code postal;Ville\n450CLIQUOT;Madame;CLIQUOT Mathilde;a@x.fr | b@y.fr;06 12 34 56 78;32, Rue du Septentrion;83500;PORT-GRIMAUD\n450LEPITRE;;LEPITRE Abel;;;;;\n',
    );
    expect(errors).toEqual([]);
    expect(inputs.map((input) => input.input)).toEqual([
      {
        externalId: '450CLIQUOT',
        civility: 'Madame',
        displayName: 'CLIQUOT Mathilde',
        emails: ['a@x.fr', 'b@y.fr'],
        phones: ['06 12 34 56 78'],
        postalAddress: { line1: '32, Rue du Septentrion', postalCode: '83500', city: 'PORT-GRIMAUD' },
      },
      { externalId: '450LEPITRE', civility: null, displayName: 'LEPITRE Abel', emails: [], phones: [], postalAddress: null },
    ]);
  });

  it('requires the rest of an address once one of its cells is given, and places the errors', () => {
    const { inputs, errors } = map(personsKind, 'Code personne;Nom;Adresse;Code postal;Ville\nP1;;1 rue;;NANCY\n');
    expect(inputs[0].isValid).toBe(false);
    expect(errors).toEqual([
      { line: 2, column: 'Nom', reason: 'VALUE_REQUIRED', message: 'Nom is required' },
      { line: 2, column: 'Code postal', reason: 'VALUE_REQUIRED', message: 'Code postal is required' },
    ]);
  });

  it('refuses unknown and duplicate headers and names missing required columns', () => {
    expect(map(personsKind, 'Code personne;Prénom;Nom;Nom\nP1;A;B;C\n').errors).toEqual([
      { line: 1, column: 'Prénom', reason: 'CSV_UNKNOWN_COLUMN', message: 'Unknown column Prénom' },
      { line: 1, column: 'Nom', reason: 'CSV_DUPLICATE_COLUMN', message: 'Column Nom appears twice' },
    ]);
    expect(map(personsKind, 'Civilité;Ville\nM.;NANCY\n').errors.map((e) => [e.column, e.reason])).toEqual([
      ['Code personne', 'CSV_MISSING_COLUMN'],
      ['Nom', 'CSV_MISSING_COLUMN'],
      ['Adresse', 'CSV_MISSING_COLUMN'],
      ['Code postal', 'CSV_MISSING_COLUMN'],
    ]);
  });

  it('places a service error on an e-mail back on its line and column', () => {
    const { inputs } = map(personsKind, 'Code personne;Nom;E-mails\nP1;A;a@x.fr\nP2;B;pas-un-email\n');
    expect(locateRowError(personsKind as ImportKindSpec, inputs, { field: 'persons[1].emails[0]', reason: 'INVALID_VALUE', message: 'bad e-mail' })).toEqual({
      line: 3,
      column: 'E-mails',
      reason: 'INVALID_VALUE',
      message: 'bad e-mail',
    });
    expect(locateRowError(personsKind as ImportKindSpec, inputs, { field: 'persons[0]', reason: 'DUPLICATE_IN_BATCH', message: 'twice' })).toMatchObject({ line: 2, column: null });
    expect(locateRowError(personsKind as ImportKindSpec, inputs, { field: 'persons', reason: 'INVALID_VALUE', message: 'batch' })).toMatchObject({ line: null });
  });
});

describe('lots with shares', () => {
  const header = 'Code lot;Immeuble;Type;Étage;Surface;Pièces;Clé;Tantièmes\n';

  it('groups the rows of one lot into its shares, French decimals included', () => {
    const { inputs, errors } = map(
      lotsKind,
      `${header}GILBERT/069;GILBERT;Appartement;2;66,5;3;010;66,90086\nGILBERT/016;GILBERT;Cave;-1;;;010;6\nGILBERT/069;;;;;;020;1 000,91516\nGILBERT/900;GILBERT;Parking;;;;;\n`,
    );
    expect(errors).toEqual([]);
    expect(inputs.map((input) => input.input)).toEqual([
      {
        code: 'GILBERT/069',
        buildingCode: 'GILBERT',
        type: 'Appartement',
        floor: '2',
        surface: '66.5',
        rooms: 3,
        shares: [
          { allocationKeyCode: '010', shares: '66.90086' },
          { allocationKeyCode: '020', shares: '1000.91516' },
        ],
      },
      { code: 'GILBERT/016', buildingCode: 'GILBERT', type: 'Cave', floor: '-1', surface: null, rooms: null, shares: [{ allocationKeyCode: '010', shares: '6' }] },
      { code: 'GILBERT/900', buildingCode: 'GILBERT', type: 'Parking', floor: null, surface: null, rooms: null },
    ]);
    // The second share of GILBERT/069 came from line 4.
    expect(locateRowError(lotsKind as ImportKindSpec, inputs, { field: 'lots[0].shares[1].allocationKeyCode', reason: 'UNKNOWN_REFERENCE', message: 'No key 020' })).toMatchObject({
      line: 4,
      column: 'Clé',
    });
    expect(locateRowError(lotsKind as ImportKindSpec, inputs, { field: 'lots[0].buildingCode', reason: 'UNKNOWN_REFERENCE', message: 'x' })).toMatchObject({
      line: 2,
      column: 'Immeuble',
    });
  });

  it('refuses a repeated lot cell that disagrees, a share without its key and a bad number', () => {
    const { inputs, errors } = map(lotsKind, `${header}L1;GILBERT;Appartement;;;;010;1\nL1;LAFAYETTE;;;;;;2\nL2;GILBERT;Cave;;12 m2;;010;1,5,0\n`);
    expect(inputs.map((input) => input.isValid)).toEqual([false, false]);
    expect(errors.map((e) => [e.line, e.column, e.reason])).toEqual([
      [3, 'Clé', 'VALUE_REQUIRED'],
      [3, 'Immeuble', 'CSV_CONFLICTING_VALUE'],
      [4, 'Surface', 'INVALID_DECIMAL'],
      [4, 'Tantièmes', 'INVALID_DECIMAL'],
    ]);
  });
});

describe('ownerships and leases', () => {
  it('maps ownership dates written jj/mm/aaaa or ISO', () => {
    const { inputs, errors } = map(
      ownershipsKind,
      'Lot;Code personne;Début;Fin;Compte\nGILBERT/142;450CLIQUOT;15/06/2023;;450CLIQUOT\nGILBERT/061;450LEPITRE;2019-01-01;31/12/2026;\n',
    );
    expect(errors).toEqual([]);
    expect(inputs.map((input) => input.input)).toEqual([
      { lotCode: 'GILBERT/142', personExternalId: '450CLIQUOT', startDate: '2023-06-15', endDate: null, accountNumber: '450CLIQUOT' },
      { lotCode: 'GILBERT/061', personExternalId: '450LEPITRE', startDate: '2019-01-01', endDate: '2026-12-31', accountNumber: null },
    ]);
  });

  it('leaves an absent optional column out of the input, and refuses a bad date', () => {
    const { inputs, errors } = map(leasesKind, 'Code bail;Lot;Code locataire;Début;Départ\nB1;LAFAYETTE/002;81ELLOCATA;01/09/2021;\nB2;LAFAYETTE/003;81NOUVEAU;31/09/2021;\n');
    expect(inputs[0].input).toEqual({ externalId: 'B1', lotCode: 'LAFAYETTE/002', tenantExternalId: '81ELLOCATA', startDate: '2021-09-01', departureDate: null });
    expect(errors).toEqual([{ line: 3, column: 'Début', reason: 'INVALID_DATE', message: 'Not a date jj/mm/aaaa: 31/09/2021' }]);
  });
});
