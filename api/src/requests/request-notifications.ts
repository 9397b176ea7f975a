import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../db/client';
import { isAccessOn, isCurrentCouncilSeat, isCurrentOwnership } from '../db/current';
import * as t from '../db/schema';
import { toGlobalId } from '../graphql/node';
import type { Ctx } from '../graphql/context';
import type { ClientRequestRow } from './request-list.service';

/** What happened on a request: a new message (from the client or a manager), a manager's status change, or its ticket's new status. */
export type RequestEvent = { kind: 'MESSAGE'; byClient: boolean } | { kind: 'STATUS'; status: t.RequestStatus } | { kind: 'TICKET'; status: t.TicketStatus };

const STATUS_FR: Record<t.RequestStatus, string> = {
  OPEN: 'ouverte',
  IN_PROGRESS: 'en cours de traitement',
  WAITING_FOR_CLIENT: 'en attente de votre réponse',
  CLOSED: 'clôturée',
};

/** A ticket's step as the client's mail words it (the SPA's "Intervention" card says the same). */
const TICKET_FR: Record<t.TicketStatus, string> = {
  REQUESTED: 'un devis a été demandé',
  QUOTED: 'le devis a été reçu',
  ORDERED: 'les travaux sont commandés',
  DONE: 'les travaux sont réalisés',
  INVOICED: 'les travaux sont facturés',
};

/** Someone who can read their mail and wants it: an address, "Mes coordonnées"' notifications on. */
const wantsMail = sql`${t.persons.notifyNewDocuments} AND cardinality(${t.persons.emails}) > 0`;

/**
 * The client side: the author, when they still have extranet access (a client whose access was
 * switched off is not sent links to a space they cannot open), and the space the link opens.
 */
const authorRecipient = (request: ClientRequestRow) => sql`
  SELECT ${t.persons.emails}[1] AS email,
    CASE WHEN EXISTS (SELECT 1 FROM ${t.ownerships} WHERE ${t.ownerships.agencyId} = ${t.persons.agencyId} AND ${t.ownerships.personId} = ${t.persons.id} AND ${isCurrentOwnership})
      OR EXISTS (SELECT 1 FROM ${t.councilMemberships} WHERE ${t.councilMemberships.agencyId} = ${t.persons.agencyId} AND ${t.councilMemberships.personId} = ${t.persons.id} AND ${isCurrentCouncilSeat})
    THEN '/copropriete' ELSE '/gerance' END AS space,
    (SELECT ${t.agencies.name} FROM ${t.agencies} WHERE ${t.agencies.id} = ${t.persons.agencyId}) AS agency_name
  FROM ${t.persons}
  WHERE ${t.persons.agencyId} = ${request.agencyId} AND ${t.persons.id} = ${request.authorPersonId} AND ${wantsMail}
    AND EXISTS (SELECT 1 FROM ${t.identities} WHERE ${t.identities.agencyId} = ${t.persons.agencyId} AND ${t.identities.personId} = ${t.persons.id} AND ${isAccessOn})`;

/** The managers' side: the assignee, or every manager of the agency while nobody is assigned. */
const managerRecipients = (request: ClientRequestRow) => sql`
  SELECT ${t.persons.emails}[1] AS email, '/gestion' AS space,
    (SELECT ${t.agencies.name} FROM ${t.agencies} WHERE ${t.agencies.id} = ${t.persons.agencyId}) AS agency_name
  FROM ${t.persons} JOIN ${t.staffMembers} ON ${t.staffMembers.agencyId} = ${t.persons.agencyId} AND ${t.staffMembers.personId} = ${t.persons.id}
  WHERE ${t.persons.agencyId} = ${request.agencyId} AND ${wantsMail}
    AND ${request.assigneePersonId ? sql`${t.persons.id} = ${request.assigneePersonId}` : sql`true`}`;

function subjectOf(request: ClientRequestRow, event: RequestEvent, agencyName: string): string {
  if (event.kind === 'STATUS') return `${agencyName} : votre demande « ${request.title} » est ${STATUS_FR[event.status]}`;
  if (event.kind === 'TICKET') return `${agencyName} : intervention pour votre demande « ${request.title} »`;
  return event.byClient ? `Nouveau message du client : « ${request.title} »` : `${agencyName} : nouvelle réponse à votre demande « ${request.title} »`;
}

/**
 * Queues the e-mail to the other side of a request in the caller's transaction (manual: the
 * client is told of each answer, managers of each client message): a public message or a status
 * change by a manager, and each new step of its ticket, go to the client; a client's message to the assignee, or to every manager
 * while unassigned. Never for an internal note (the caller does not call), never with the
 * message's text (the mail says where to read it), never to whoever switched notifications off
 * in "Mes coordonnées" or when the agency switched request e-mails or "Mes demandes" off. The
 * caller delivers after commit (`mailer.deliverPending`).
 */
export async function queueRequestNotification(ctx: Ctx, tx: Executor, request: ClientRequestRow, event: RequestEvent): Promise<void> {
  if (!ctx.settings.requestNotificationsEnabled || !ctx.settings.requestsEnabled) return;
  // A ticket's steps go to the client only: managers moved it themselves.
  const toClient = event.kind !== 'MESSAGE' || !event.byClient;
  const rows = rowsOf<{ email: string; space: string; agency_name: string }>(await tx.execute(toClient ? authorRecipient(request) : managerRecipients(request)));
  if (rows.length === 0) return;
  const link = (space: string) => `${ctx.config.publicUrl}${space}/demandes/${toGlobalId('ClientRequest', request.id)}`;
  await ctx.mailer.queue(
    tx,
    rows.map((row) => {
      const subject = subjectOf(request, event, row.agency_name);
      const lines = toClient
        ? [
            'Bonjour,',
            '',
            event.kind === 'STATUS'
              ? `Votre demande « ${request.title} » est ${STATUS_FR[event.status]}.`
              : event.kind === 'TICKET'
                ? `Intervention pour votre demande « ${request.title} » : ${TICKET_FR[event.status]}.`
                : `Un gestionnaire a répondu à votre demande « ${request.title} ».`,
          ]
        : ['Bonjour,', '', `Le client a écrit sur la demande « ${request.title} ».`];
      const text = [
        ...lines,
        '',
        'Pour lire la demande, connectez-vous à votre espace :',
        link(row.space),
        '',
        ...(toClient ? ['Vous pouvez désactiver ces notifications dans « Mes coordonnées ».', ''] : []),
        row.agency_name,
      ].join('\n');
      return { agencyId: request.agencyId, to: row.email, subject, text };
    }),
  );
}
