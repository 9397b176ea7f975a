import type { agencies } from '../db/schema';
import type { AgencyProfile } from './agency-profile.types';

export type AgencyRow = typeof agencies.$inferSelect;

/** A SIRET as printed: "912 345 678 00012" (SIREN by threes, then the NIC). */
export function formatSiret(siret: string): string {
  return /^\d{14}$/.test(siret) ? `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}` : siret;
}

/**
 * Whether 14 digits form a SIRET (INSEE): a Luhn checksum, except for La Poste's establishments
 * (SIREN 356 000 000), whose digits add up to a multiple of 5 instead.
 */
export function isValidSiret(value: string): boolean {
  if (!/^\d{14}$/.test(value)) return false;
  const digits = [...value].map(Number);
  if (value.startsWith('356000000')) return digits.reduce((sum, digit) => sum + digit, 0) % 5 === 0;
  const sum = digits.reduce((total, digit, i) => {
    // From the right, every second digit doubled: in 14 digits, those at even indexes.
    const doubled = i % 2 === 0 ? digit * 2 : digit;
    return total + (doubled > 9 ? doubled - 9 : doubled);
  }, 0);
  return sum % 10 === 0;
}

/** A code APE (NAF rév. 2) in INSEE's print, "68.32A", from "6832A", "68.32a" or "68 32 A"; null when it is not one. */
export function normalizeApeCode(value: string): string | null {
  const match = /^(\d{2})[.\s]?(\d{2})\s?([A-Za-z])$/.exec(value.trim());
  return match ? `${match[1]}.${match[2]}${match[3].toUpperCase()}` : null;
}

// Deliberately loose (one @, a dot in the domain, no spaces): the mail server is the real test.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Whether a text looks like an e-mail address (the agency's, an office's). */
export const isPlausibleEmail = (value: string) => EMAIL.test(value);

const orNull = (value: string | null) => (value && value.trim() ? value : null);

/** The profile as the API answers it: a detail not filled in is null. */
export function profileOf(row: AgencyRow): AgencyProfile {
  return {
    name: row.name,
    legalName: orNull(row.legalName),
    legalForm: orNull(row.legalForm),
    siret: orNull(row.siret),
    apeCode: orNull(row.apeCode),
    representativeName: orNull(row.representativeName),
    professionalCardNumber: orNull(row.professionalCardNumber),
    professionalCardIssuer: orNull(row.professionalCardIssuer),
    financialGuarantee: orNull(row.financialGuarantee),
    address: orNull(row.address),
    phone: orNull(row.phone),
    email: orNull(row.email),
  };
}

/**
 * The legal mentions under the agency's name in a PDF header (décret 72-678 art. 92: the
 * professional card and the guarantee on every document of the agency), from its profile; a
 * line whose details are not filled in is left out.
 */
export function legalLinesOf(row: AgencyRow): string[] {
  const profile = profileOf(row);
  const lines: string[] = [];
  const company = [profile.legalName ?? (profile.legalForm || profile.siret ? profile.name : null), profile.legalForm].filter(Boolean).join(', ');
  const identity = [company, profile.siret && `SIRET ${formatSiret(profile.siret)}`].filter(Boolean).join(' · ');
  if (identity) lines.push(identity);
  if (profile.professionalCardNumber) {
    lines.push(`Carte professionnelle n° ${profile.professionalCardNumber}${profile.professionalCardIssuer ? ` délivrée par ${profile.professionalCardIssuer}` : ''}`);
  }
  if (profile.financialGuarantee) lines.push(`Garantie financière\u00a0: ${profile.financialGuarantee}`);
  return lines;
}
