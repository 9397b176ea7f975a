/** One line of the export: what the letter says, for a mail merge or a spreadsheet. */
export type CsvGrant = {
  civility: string;
  displayName: string;
  identifier: string;
  temporaryPassword: string;
  address: { line1: string; line2: string; postalCode: string; city: string };
  emailedTo: string | null;
};

const HEADER = ['Civilité', 'Nom', 'Identifiant', 'Mot de passe temporaire', 'Adresse', "Complément d'adresse", 'Code postal', 'Ville', 'Envoyé par e-mail à'];

/** A field quoted when it holds the separator, a quote or a line break (RFC 4180, with ";"). */
function field(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * The CSV of new identifiers and first passwords, as French spreadsheets open it: semicolons, a
 * UTF-8 byte-order mark (Excel otherwise reads "Civilit√©"), CRLF lines. Built in the browser
 * from the mutation's answer; the server keeps no copy.
 */
export function accessGrantsCsv(grants: readonly CsvGrant[]): string {
  const lines = [
    HEADER,
    ...grants.map((grant) => [
      grant.civility,
      grant.displayName,
      grant.identifier,
      grant.temporaryPassword,
      grant.address.line1,
      grant.address.line2,
      grant.address.postalCode,
      grant.address.city,
      grant.emailedTo ?? '',
    ]),
  ];
  return `\uFEFF${lines.map((line) => line.map(field).join(';')).join('\r\n')}\r\n`;
}

/** Offers bytes as a download; the object URL is released soon after, so nothing lingers. */
export function saveFile(content: BlobPart, type: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** base64 (the API's PDF) → bytes. */
export function base64Bytes(base64: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
}
