import { frenchAmount } from '../../regularisation/french-format';
import { LEFT, printable, startPdf, WIDTH } from '../report/pdf-layout';

export interface ConvocationQuestion {
  number: string;
  title: string;
  text: string | null;
  /** "Article 24", as printed. */
  majority: string;
}

/** One co-owner's convocation and postal voting form (plain data: it is copied to the render worker). */
export interface ConvocationDocument {
  /** The syndic: the agency, its address. */
  syndicName: string;
  syndicAddress: string;
  /** The syndicate ("S001 Syndicat Gilbert") and its building. */
  syndicateName: string;
  buildingLine: string;
  title: string;
  /** "13/07/2020 à 10:00". */
  heldAt: string;
  place: string | null;
  /** "09/07/2020": the last day a form counts (three clear days before). */
  deadline: string;
  /** The co-owner: name, postal address lines, account, shares under the attendance key. */
  coOwnerName: string;
  coOwnerAddress: string[];
  accountNumber: string | null;
  shares: string;
  keyLabel: string;
  questions: ConvocationQuestion[];
}

const BOX = 9;

/**
 * The convocation with the postal voting form of the arrêté of 2 July 2020 (decree of 1967 art.
 * 9 bis): the co-owner's identity and shares, the syndic, the AG, the deadline for the form, then
 * every question with the three boxes pour / contre / abstention, and the mention of art. 17-1 A
 * (a favourable vote on a resolution amended in the meeting counts as défaillant).
 */
export function convocationPdf(doc: ConvocationDocument): Promise<Buffer> {
  const { pdf, done, para, rule } = startPdf({ Title: `Convocation et formulaire de vote par correspondance – ${doc.title}`, Author: doc.syndicName });
  pdf
    .font('Helvetica')
    .fontSize(9)
    .text(printable(`${doc.syndicName} – ${doc.syndicAddress}`), LEFT, 50, { width: WIDTH });
  pdf.y = 80;
  para(doc.coOwnerName, { bold: true, indent: 270 });
  for (const line of doc.coOwnerAddress) para(line, { indent: 270, gap: 0 });
  pdf.y += 16;
  para('CONVOCATION À L’ASSEMBLÉE GÉNÉRALE', { bold: true, size: 14, align: 'center', gap: 6 });
  para(`${doc.title} du ${doc.syndicateName}`, { bold: true, size: 11, align: 'center' });
  para(doc.buildingLine, { align: 'center', gap: 10 });
  para(`Vous êtes convoqué(e) à l’assemblée générale qui se tiendra le ${doc.heldAt}${doc.place ? `, ${doc.place}` : ''}, pour délibérer sur l’ordre du jour ci-dessous.`);
  para('Vous pouvez y assister, vous y faire représenter, y participer à distance ou voter par correspondance au moyen du formulaire joint.', { gap: 10 });

  pdf.addPage();
  para('FORMULAIRE DE VOTE PAR CORRESPONDANCE', { bold: true, size: 13, align: 'center', gap: 2 });
  para('(modèle de l’arrêté du 2 juillet 2020, articles 9 bis et 14 du décret n° 67-223 du 17 mars 1967)', { size: 8.5, align: 'center', gap: 10 });
  para('Identité du copropriétaire', { bold: true });
  para(`Nom, prénom ou dénomination : ${doc.coOwnerName}`, { indent: 10 });
  para(`Adresse : ${doc.coOwnerAddress.join(', ')}`, { indent: 10 });
  if (doc.accountNumber) para(`Compte : ${doc.accountNumber}`, { indent: 10 });
  para(`Nombre de voix (tantièmes, clé ${doc.keyLabel}) : ${frenchAmount(doc.shares, 5)}`, { indent: 10, gap: 6 });
  para('Syndic', { bold: true });
  para(`${doc.syndicName}, ${doc.syndicAddress}`, { indent: 10, gap: 6 });
  para('Assemblée générale', { bold: true });
  para(`${doc.title}, le ${doc.heldAt}${doc.place ? `, ${doc.place}` : ''}`, { indent: 10, gap: 6 });
  para(`Ce formulaire doit être reçu par le syndic au plus tard le ${doc.deadline} (trois jours francs avant l’assemblée) ; reçu après, il n’est pas pris en compte.`, {
    bold: true,
    gap: 8,
  });
  para('Cochez une seule case par question. Une question sans case cochée ou avec plusieurs cases cochées ne vaut pas vote.', { size: 8.5, gap: 8 });

  for (const question of doc.questions) {
    rule();
    para(`Question n° ${question.number} : ${question.title} (majorité : ${question.majority})`, { bold: true });
    if (question.text) para(question.text, { size: 8.5 });
    if (pdf.y + BOX + 10 > pdf.page.height - 60) pdf.addPage();
    const y = pdf.y + 2;
    pdf.font('Helvetica').fontSize(9.5);
    for (const [index, label] of ['Pour', 'Contre', 'Abstention'].entries()) {
      const x = LEFT + 10 + index * 120;
      pdf.rect(x, y, BOX, BOX).stroke('#000');
      pdf.text(label, x + BOX + 5, y, { lineBreak: false });
    }
    pdf.y = y + BOX + 8;
  }
  rule();
  para(
    'Si une résolution est amendée en cours d’assemblée, le vote favorable exprimé par correspondance sur cette résolution est assimilé à un vote défaillant (article 17-1 A de la loi du 10 juillet 1965).',
    { size: 8.5, gap: 14 },
  );
  para('Date :                                         Signature :');
  pdf.end();
  return done;
}
