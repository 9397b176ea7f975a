import { describe, expect, it } from 'vitest';
import { accessGrantsCsv } from './access-csv';

const grant = {
  civility: 'Madame',
  displayName: 'YALOXE CORTON Denise',
  identifier: 'YALOXECORTONDENISE',
  temporaryPassword: 'aB3;"xY9!k',
  address: { line1: '12, rue Gilbert', line2: '', postalCode: '54000', city: 'NANCY' },
  emailedTo: null,
};

describe('accessGrantsCsv', () => {
  it('starts with a UTF-8 byte-order mark and a French header separated by semicolons', () => {
    const csv = accessGrantsCsv([]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')[0]).toBe("Civilité;Nom;Identifiant;Mot de passe temporaire;Adresse;Complément d'adresse;Code postal;Ville;Envoyé par e-mail à");
  });

  it('writes one CRLF line per grant and quotes a value holding a semicolon or a quote', () => {
    const lines = accessGrantsCsv([grant, { ...grant, displayName: 'MARTIN; Paul', emailedTo: 'paul@example.org' }])
      .slice(1)
      .split('\r\n');
    expect(lines).toHaveLength(4); // header, two grants, the final line break
    expect(lines[1]).toBe('Madame;YALOXE CORTON Denise;YALOXECORTONDENISE;"aB3;""xY9!k";12, rue Gilbert;;54000;NANCY;');
    expect(lines[2]).toContain('"MARTIN; Paul"');
    expect(lines[2].endsWith(';paul@example.org')).toBe(true);
    expect(lines[3]).toBe('');
  });
});
