/**
 * The demo agency, from the manual. GILBERT's twelve co-owners and their tantièmes are the
 * "Saisie des présences" table (key 010-CHARGES COMMUNES GENERALES, total 1 000,91516); lots and
 * addresses come from the "Liste des copropriétaires" screenshot; e-mails and phones are invented.
 */
export interface CoOwnerFixture {
  account: string;
  civility: string;
  name: string;
  login?: string;
  address: [line1: string, postalCode: string, city: string];
  /** Lots with their shares; the shares add up to the table's figure for the account. */
  lots: [code: string, type: string, shares: string][];
  council?: 'MEMBER' | 'PRESIDENT';
  /** A second co-owner account of the same person (BROUILLY Alfred holds two). */
  sameAs?: string;
}

const SEPTENTRION: CoOwnerFixture['address'] = ['32, Rue du Septentrion', '83500', 'PORT-GRIMAUD'];

export const GILBERT_TOTAL_SHARES = '1000.91516';

export const gilbertCoOwners: CoOwnerFixture[] = [
  {
    account: '450TRILLON',
    civility: 'Monsieur',
    name: 'ATRILLON Bernard',
    address: ['12, rue des cépages', '33120', 'SAUTERNES'],
    lots: [
      ['GILBERT/248', 'Appartement', '60.00000'],
      ['GILBERT/012', 'Cave', '4.00000'],
      ['GILBERT/910', 'Parking', '10.00000'],
    ],
  },
  {
    account: '450PETRUSP',
    civility: 'Monsieur',
    name: 'BPETRUS Pierre',
    login: 'BPETRUSPIERRE',
    address: SEPTENTRION,
    council: 'PRESIDENT',
    lots: [
      ['GILBERT/018', 'Cave', '4.00000'],
      ['GILBERT/152', 'Appartement', '60.00000'],
      ['GILBERT/909', 'Parking', '10.00000'],
    ],
  },
  {
    account: '450BROU-01',
    civility: '',
    name: 'BROUILLY Alfred',
    login: 'BROUILLYALFRED',
    address: SEPTENTRION,
    council: 'MEMBER',
    lots: [
      ['GILBERT/122', 'Appartement', '70.00010'],
      ['GILBERT/907', 'Parking', '8.00000'],
      ['GILBERT/035', 'Cave', '2.00000'],
      ['GILBERT/014', 'Cave', '2.00000'],
    ],
  },
  {
    account: '450LATOUR',
    civility: 'Madame et Monsieur',
    name: 'CLATOUR',
    address: SEPTENTRION,
    lots: [
      ['GILBERT/049', 'Cave', '4.00000'],
      ['GILBERT/251', 'Appartement', '60.00000'],
      ['GILBERT/912', 'Parking', '10.00000'],
    ],
  },
  { account: '450CLIQUOT', civility: 'Madame', name: 'CLIQUOT Mathilde', login: 'CLIQUOTMATHILDE', address: SEPTENTRION, lots: [['GILBERT/142', 'Appartement', '62.00000']] },
  {
    account: '450BOURNAC',
    civility: '',
    name: 'INDIVISION BOURNAC',
    address: ['7, place Stanislas', '54000', 'NANCY'],
    lots: [
      ['GILBERT/201', 'Appartement', '64.00000'],
      ['GILBERT/021', 'Cave', '8.00000'],
    ],
  },
  { account: '450LEPITRE', civility: 'Monsieur', name: 'LEPITRE Abel', address: ['15, rue Saint-Dizier', '54000', 'NANCY'], lots: [['GILBERT/061', 'Appartement', '66.01420']] },
  {
    account: '450YQUEMC',
    civility: 'Monsieur',
    name: 'M. LE COPROPRIETAIRE',
    address: ['3, rue des Dominicains', '54000', 'NANCY'],
    lots: [
      ['GILBERT/301', 'Appartement', '135.00000'],
      ['GILBERT/914', 'Parking', '14.00000'],
    ],
  },
  { account: '450MEURSEA', civility: 'Madame', name: 'MEURSAULT Jeannine', address: ['22, cours Léopold', '54000', 'NANCY'], lots: [['GILBERT/162', 'Appartement', '65.00000']] },
  {
    account: '450MORGONC',
    civility: 'Monsieur',
    name: 'MORGON Charles',
    address: ['9, rue Stanislas', '54000', 'NANCY'],
    lots: [
      ['GILBERT/311', 'Appartement', '130.00000'],
      ['GILBERT/915', 'Parking', '15.00000'],
    ],
  },
  { account: '450PIERREP', civility: 'Monsieur', name: 'Pierre PROPRIETAIRE', address: ['5, rue Gambetta', '54000', 'NANCY'], lots: [['GILBERT/171', 'Appartement', '65.00000']] },
  {
    account: '450ALOXECO',
    civility: 'Madame',
    name: 'YALOXE CORTON Denise',
    login: 'ALOXECORTONDENISE',
    // The manual prints the line in quotes ('Résidence PORT GRIMAUD'); the quotes are not part of it.
    address: ['Résidence Port Grimaud', '83700', 'ST RAPHAEL'],
    lots: [
      ['GILBERT/069', 'Appartement', '66.90086'],
      ['GILBERT/016', 'Cave', '6.00000'],
    ],
  },
];

/** BROUILLY Alfred's second co-owner account in GILBERT (the co-owner list shows two lines). */
export const brouillySecondAccount = { account: '450BROU-02', lots: ['GILBERT/907', 'GILBERT/035', 'GILBERT/014'] };

/**
 * Denise's owner account statement, the manual's "Compte" screenshot: opening -10 299,97 before
 * 30/01/2020, then a debit of 3 000,00 and a credit of 3 314,41, closing -9 985,56 (CREDIT_MINUS_DEBIT).
 * A fixture on its dated range (2020): nothing else is dated in 2020; the demo's account goes on
 * from 2021 (demo.ts, `ownerStory`).
 */
export const aloxeOwnerEntries = [
  { entryDate: '2019-12-31', label: 'Report à nouveau', debit: '10299.97' },
  { entryDate: '2020-01-30', label: 'Règlement TESTS 605 du 30/01/2020', debit: '3000.00', isTreasury: true },
  { entryDate: '2020-02-11', label: 'Règlement du 11/02/2020', credit: '3314.41', isTreasury: true },
];

export const DEMO_PASSWORD = 'Demo-Palier-1';
export const DEMO_TEMPORARY_PASSWORD = 'Temp-Palier-1';
