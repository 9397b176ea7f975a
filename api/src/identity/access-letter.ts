import PDFDocument from 'pdfkit';

/** A client opens their extranet space; a collaborator the agency's console: the welcome text differs. */
export type AccessAudience = 'client' | 'staff';

export interface AccessLetter {
  agencyName: string;
  agencyAddress: string;
  agencyPhone: string | null;
  agencyEmail: string | null;
  /** The legal mentions from the agency's profile (legalLinesOf): company and SIRET, professional card, guarantee. */
  agencyLegalLines: string[];
  recipientName: string;
  recipientAddress: string[];
  identifier: string;
  temporaryPassword: string;
  signInUrl: string;
  /** ISO date of issue, printed as 24/11/2026. */
  issuedOn: string;
  /** A client's letter opens their space; a new manager's, the agency's console. Client when omitted. */
  audience?: AccessAudience;
}

/** The words that differ between a client's letter and a new manager's. */
const WORDING: Record<AccessAudience, { subject: string; salutation: string; intro: (agencyName: string) => string; caution: string; closing: string }> = {
  client: {
    salutation: 'Madame, Monsieur,',
    subject: 'Objet\u00a0: vos identifiants d’accès à votre espace client',
    intro: () =>
      'Votre espace client en ligne est à votre disposition. Pour vous connecter, ouvrez l’adresse ci-dessous et saisissez votre identifiant et le mot de passe temporaire suivants.',
    caution: 'Conservez ce courrier en lieu sûr ou détruisez-le après votre première connexion. Votre agence ne vous demandera jamais votre mot de passe.',
    closing: 'Nous vous prions d’agréer, Madame, Monsieur, nos salutations distinguées.',
  },
  staff: {
    salutation: 'Bonjour,',
    subject: 'Objet\u00a0: vos identifiants de gestionnaire',
    intro: (agencyName) =>
      `Vous êtes désormais gestionnaire de ${agencyName || 'l’agence'} sur Palier. La console de gestion (portefeuille, immeubles, accès des clients, paramètres) vous est ouverte\u00a0: pour vous connecter, ouvrez l’adresse ci-dessous et saisissez votre identifiant et le mot de passe temporaire suivants.`,
    caution:
      'Conservez ce courrier en lieu sûr ou détruisez-le après votre première connexion. Votre compte ouvre les données de tous les clients de l’agence\u00a0: personne, pas même un collègue, ne doit vous demander votre mot de passe.',
    closing: 'Bienvenue dans l’équipe.',
  },
};

const frenchDate = (iso: string) => iso.split('-').reverse().join('/');

/**
 * The letter a manager prints or posts with a client's first (or regenerated) password: the
 * identifier, the password and the address to open. Built in memory when the password is issued
 * and never stored: the password exists nowhere else in clear.
 */
export function accessLetterPdf(letter: AccessLetter): Promise<Buffer> {
  return accessLettersPdf([letter]);
}

/**
 * Several letters in one PDF, one page each, for mailing after an "activation par salve": the
 * manager prints one file. Same rule as a single letter: built in memory, never stored.
 */
export function accessLettersPdf(letters: readonly AccessLetter[]): Promise<Buffer> {
  if (letters.length === 0) throw new Error('accessLettersPdf needs at least one letter');
  const pdf = new PDFDocument({ size: 'A4', margin: 56, autoFirstPage: false, info: { Title: 'Vos identifiants extranet', Author: letters[0].agencyName } });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));
  for (const letter of letters) {
    pdf.addPage();
    drawLetter(pdf, letter);
  }
  pdf.end();
  return done;
}

function drawLetter(pdf: PDFKit.PDFDocument, letter: AccessLetter): void {
  const agencyContact = [letter.agencyPhone && `Tél. ${letter.agencyPhone}`, letter.agencyEmail].filter(Boolean).join(' · ');
  pdf.font('Helvetica-Bold').fontSize(14).text(letter.agencyName);
  pdf.font('Helvetica').fontSize(9).fillColor('#444').text(letter.agencyAddress);
  if (agencyContact) pdf.text(agencyContact);
  // Left of the recipient's block (x 320, the envelope's window).
  if (letter.agencyLegalLines.length) pdf.fontSize(7.5).text(letter.agencyLegalLines.join('\n'), { width: 250 });
  // Recipient block where a window envelope shows it (DL, right window).
  pdf.fillColor('#000').font('Helvetica-Bold').fontSize(11).text(letter.recipientName, 320, 150);
  pdf.font('Helvetica').fontSize(10).text(letter.recipientAddress.filter(Boolean).join('\n'), 320);
  pdf.text(`Le ${frenchDate(letter.issuedOn)}`, 320, 250);

  const wording = WORDING[letter.audience ?? 'client'];
  pdf.font('Helvetica-Bold').fontSize(12).text(wording.subject, 56, 300);
  pdf.moveDown();
  pdf.font('Helvetica').fontSize(10.5);
  pdf.text(wording.salutation).moveDown(0.6);
  pdf.text(wording.intro(letter.agencyName)).moveDown();

  const field = (label: string, value: string) => {
    const y = pdf.y;
    pdf.font('Helvetica').fontSize(10.5).text(label, 76, y, { width: 170 });
    pdf.font('Courier-Bold').fontSize(12).text(value, 250, y, { width: 290 });
    pdf.moveDown(0.5);
  };
  field('Adresse à ouvrir', letter.signInUrl);
  field('Identifiant', letter.identifier);
  field('Mot de passe temporaire', letter.temporaryPassword);
  pdf.moveDown();

  pdf.font('Helvetica').fontSize(10.5).text('', 56);
  pdf
    .text(
      'Ce mot de passe ne sert qu’une fois\u00a0: à votre première connexion, vous choisirez votre propre mot de passe (au moins huit caractères, dont un chiffre, une majuscule, une minuscule et un caractère spécial).',
      56,
    )
    .moveDown(0.6);
  pdf.text(wording.caution).moveDown(0.6);
  pdf.text(wording.closing).moveDown();
  pdf.font('Helvetica-Bold').text(letter.agencyName);
}
