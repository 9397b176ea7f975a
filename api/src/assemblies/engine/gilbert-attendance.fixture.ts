/**
 * The manual's attendance table ("Saisie des présences"), building GILBERT, key
 * 010-CHARGES COMMUNES GENERALES: 12 co-owners, 1 000,91516 shares. Totals the manual prints:
 * absent 4 / 288,90096, present 3 / 293, remote 1 / 65, represented 2 / 223, postal 2 / 131,0142.
 * Also the demo's past AG of 13/07/2020.
 */
import type { AttendanceStatus } from './vocabulary';

export interface GilbertCoOwner {
  account: string;
  displayName: string;
  shares: string;
  status: AttendanceStatus;
  /** The manual's "Mandataire" column: a named third party holding the proxy. */
  proxyHolderName?: string;
}

export const GILBERT_ATTENDANCE: readonly GilbertCoOwner[] = [
  { account: '450TRILLON', displayName: 'ATRILLON Bernard', shares: '74.00000', status: 'REPRESENTED', proxyHolderName: 'Casper' },
  { account: '450PETRUSP', displayName: 'BPETRUS Pierre', shares: '74.00000', status: 'PRESENT' },
  { account: '450BROU-01', displayName: 'BROUILLY Alfred', shares: '82.00010', status: 'ABSENT' },
  { account: '450LATOUR', displayName: 'CLATOUR', shares: '74.00000', status: 'PRESENT' },
  { account: '450CLIQUOT', displayName: 'CLIQUOT Mathilde', shares: '62.00000', status: 'ABSENT' },
  { account: '450BOURNAC', displayName: 'INDIVISION BOURNAC', shares: '72.00000', status: 'ABSENT' },
  { account: '450LEPITRE', displayName: 'LEPITRE Abel', shares: '66.01420', status: 'POSTAL' },
  { account: '450YQUEMC', displayName: 'M. LE COPROPRIETAIRE', shares: '149.00000', status: 'REPRESENTED', proxyHolderName: 'Girardot' },
  { account: '450MEURSEA', displayName: 'MEURSAULT Jeannine', shares: '65.00000', status: 'REMOTE' },
  { account: '450MORGONC', displayName: 'MORGON Charles', shares: '145.00000', status: 'PRESENT' },
  { account: '450PIERREP', displayName: 'Pierre PROPRIETAIRE', shares: '65.00000', status: 'POSTAL' },
  { account: '450ALOXECO', displayName: 'YALOXE CORTON Denise', shares: '72.90086', status: 'ABSENT' },
];
