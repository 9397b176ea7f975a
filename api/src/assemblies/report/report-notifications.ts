import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { assemblyParticipants, persons } from '../../db/schema';
import { anyOf } from '../../auth/scope-helpers';
import type { Mailer } from '../../mail/mailer';
import type { AssemblyRow } from '../assembly-state';
import { frenchDay, type PrintedAssembly } from './report-printing';

/** Where a co-owner finds the minutes in the SPA (the syndic space's documents). */
const DOCUMENTS_PATH = '/copropriete/documents';

/**
 * Queues, in the caller's transaction, the notification of the minutes (art. 42 of the law of
 * 1965) to the participants given (absent, défaillant and opposing co-owners), one e-mail each
 * through the outbox, sent after commit. A legal notification, not a "new document" courtesy:
 * it ignores the person's notification switch, and reaches only those with an e-mail address.
 * Registered e-letters do not exist yet; when they do, they replace this e-mail for consenting
 * co-owners. Returns how many messages were queued.
 */
export async function queueMinutesNotifications(
  db: Executor,
  mailer: Mailer,
  publicUrl: string,
  assembly: AssemblyRow,
  printed: PrintedAssembly,
  participantIds: readonly string[],
): Promise<number> {
  if (participantIds.length === 0) return 0;
  const rows = await db
    .select({ email: sql<string | null>`${persons.emails}[1]` })
    .from(assemblyParticipants)
    .innerJoin(persons, and(eq(persons.agencyId, assemblyParticipants.agencyId), eq(persons.id, assemblyParticipants.personId)))
    .where(and(eq(assemblyParticipants.agencyId, assembly.agencyId), eq(assemblyParticipants.assemblyId, assembly.id), anyOf(assemblyParticipants.id, [...participantIds])));
  const emails = [...new Set(rows.flatMap((row) => (row.email ? [row.email] : [])))];
  const day = frenchDay(assembly.startsAt);
  await mailer.queue(
    db,
    emails.map((to) => ({
      agencyId: assembly.agencyId,
      to,
      subject: `${printed.agencyName} : procès-verbal de l’assemblée générale du ${day} (${printed.buildingCode})`,
      text: [
        'Bonjour,',
        '',
        `Le procès-verbal de l’assemblée générale du ${day} de l’immeuble ${printed.buildingLine} est publié sur votre extranet, avec la feuille de présence :`,
        `${publicUrl}${DOCUMENTS_PATH}`,
        '',
        'Il vous est notifié en application de l’article 42 de la loi du 10 juillet 1965, en tant que copropriétaire opposant ou défaillant à au moins une décision : vous disposez d’un délai de deux mois à compter de cette notification pour la contester.',
        '',
        printed.agencyName,
      ].join('\n'),
    })),
  );
  return emails.length;
}
