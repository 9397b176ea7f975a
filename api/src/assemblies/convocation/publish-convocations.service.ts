import { and, eq, isNull, sql } from 'drizzle-orm';
import { assertCan } from '../../auth/policy';
import type { Executor } from '../../db/client';
import { agencies, assemblyParticipants, entities, generalAssemblies, persons } from '../../db/schema';
import { publishDocuments } from '../../documents/publish-document.service';
import { renderPdf } from '../../files/document-renderer';
import type { Ctx } from '../../graphql/context';
import { conflict } from '../../graphql/errors';
import { toGlobalId } from '../../graphql/node';
import { formatFrenchDate } from '../../regularisation/french-format';
import { readAssemblyState, type AssemblyRow, type AssemblyState } from '../assembly-state';
import { visibleAssembly } from '../assembly-access';
import { assemblyDay, isOnlinePostalVoteOpen, postalVoteDeadline } from '../engine/postal-deadline';
import { assemblyBinderId, inTransaction } from '../report/publish-report.service';
import { printedAssembly, type PrintedAssembly } from '../report/report-printing';
import type { ConvocationDocument } from './convocation-pdf';

/** Rendered in a worker thread (files/document-renderer.ts). */
const CONVOCATION_PDF = new URL('./convocation-pdf.ts', import.meta.url);
const MAJORITY_LABELS = { ARTICLE_24: 'article 24', ARTICLE_25: 'article 25', ARTICLE_26: 'article 26', UNANIMITY: 'unanimité' } as const;

interface Addressee {
  participantId: string;
  personId: string;
  civility: string;
  line1: string;
  line2: string;
  postalCode: string;
  city: string;
}

/** Every participant's postal address, the syndic's address and the syndicate's name: two statements whatever the number of co-owners. */
async function addressees(db: Executor, assembly: AssemblyRow): Promise<{ people: Map<string, Addressee>; syndicAddress: string; syndicateName: string | null }> {
  const rows = await db
    .select({
      participantId: assemblyParticipants.id,
      personId: persons.id,
      civility: persons.civility,
      line1: persons.addressLine1,
      line2: persons.addressLine2,
      postalCode: persons.postalCode,
      city: persons.city,
    })
    .from(assemblyParticipants)
    .innerJoin(persons, and(eq(persons.agencyId, assemblyParticipants.agencyId), eq(persons.id, assemblyParticipants.personId)))
    .where(and(eq(assemblyParticipants.agencyId, assembly.agencyId), eq(assemblyParticipants.assemblyId, assembly.id)));
  const [agency] = await db
    .select({ address: agencies.address, syndicate: entities.name })
    .from(agencies)
    .leftJoin(
      entities,
      and(
        eq(entities.agencyId, agencies.id),
        sql`${entities.id} = (SELECT b.syndicate_entity_id FROM buildings b WHERE b.agency_id = ${assembly.agencyId} AND b.id = ${assembly.buildingId})`,
      ),
    )
    .where(eq(agencies.id, assembly.agencyId));
  return { people: new Map(rows.map((row) => [row.participantId, row])), syndicAddress: agency.address, syndicateName: agency.syndicate };
}

function convocationDocuments(state: AssemblyState, printed: PrintedAssembly, addresses: Awaited<ReturnType<typeof addressees>>): ConvocationDocument[] {
  const { assembly } = state;
  const deadline = formatFrenchDate(postalVoteDeadline(assemblyDay(assembly.startsAt)));
  const questions = state.resolutions.map((resolution) => ({
    number: resolution.number,
    title: resolution.title,
    text: resolution.text,
    majority: MAJORITY_LABELS[resolution.majority],
  }));
  return state.participants.map((participant) => {
    const person = addresses.people.get(participant.id);
    return {
      syndicName: printed.agencyName,
      syndicAddress: addresses.syndicAddress,
      syndicateName: addresses.syndicateName ?? `syndicat des copropriétaires ${printed.buildingCode}`,
      buildingLine: printed.buildingLine,
      title: assembly.title,
      heldAt: printed.heldAt,
      place: assembly.place,
      deadline,
      coOwnerName: [person?.civility, participant.displayName].filter(Boolean).join(' '),
      coOwnerAddress: person ? [person.line1, person.line2, `${person.postalCode} ${person.city}`.trim()].filter(Boolean) : [],
      accountNumber: participant.accountNumber,
      shares: state.shares.get(participant.id)?.get(assembly.attendanceKeyId) ?? '0',
      keyLabel: printed.keyLabel,
      questions,
    };
  });
}

/**
 * Publishes the convocations (decree of 1967 art. 9): for every co-owner called, one PDF with the
 * convocation and their postal voting form (arrêté of 2 July 2020), filed in "Assemblées
 * Générales" as a personal document of that co-owner (no one else sees it) and announced through
 * the documents' notifications, all in one transaction. Once per AG (CONVOCATIONS_PUBLISHED), only
 * while the form can still arrive in time (POSTAL_VOTE_CLOSED after the deadline), with an agenda
 * (AGENDA_EMPTY). Needs `document.publish` too.
 */
export async function publishConvocations(ctx: Ctx, assemblyId: string): Promise<AssemblyRow> {
  assertCan(ctx.actor, 'assembly.publishConvocations');
  const visible = await visibleAssembly(ctx, assemblyId);
  if (visible.convocationsPublishedAt) throw conflict('CONVOCATIONS_PUBLISHED', 'The convocations are already published');
  if (visible.reportPublishedAt || !isOnlinePostalVoteOpen(new Date(), visible.startsAt)) throw conflict('POSTAL_VOTE_CLOSED', 'The postal forms could no longer arrive in time');
  assertCan(ctx.actor, 'document.publish');
  const binderId = await assemblyBinderId(ctx.db, visible.agencyId);
  const published = await ctx.db.transaction(async (tx) => {
    const [assembly] = await tx
      .update(generalAssemblies)
      .set({ convocationsPublishedAt: sql`now()` })
      .where(and(eq(generalAssemblies.agencyId, visible.agencyId), eq(generalAssemblies.id, visible.id), isNull(generalAssemblies.convocationsPublishedAt)))
      .returning();
    if (!assembly) throw conflict('CONVOCATIONS_PUBLISHED', 'The convocations are already published');
    const state = await readAssemblyState(tx, assembly);
    if (state.resolutions.length === 0) throw conflict('AGENDA_EMPTY', 'An AG without resolutions cannot be convened');
    const printed = await printedAssembly(tx, assembly);
    const documents = convocationDocuments(state, printed, await addressees(tx, assembly));
    const pdfs = await Promise.all(documents.map((document) => renderPdf(CONVOCATION_PDF, 'convocationPdf', document)));
    const day = printed.heldAt.slice(0, 10);
    await publishDocuments(
      inTransaction(ctx, tx),
      state.participants.map((participant, index) => ({
        binderId,
        title: `Convocation et formulaire de vote par correspondance – AG du ${day}`,
        fileName: `convocation-ag-${assembly.startsAt.toISOString().slice(0, 10)}-${(participant.accountNumber ?? participant.id).toLowerCase().replace(/[^a-z0-9]+/g, '-')}.pdf`,
        contentType: 'application/pdf',
        contentBase64: pdfs[index].toString('base64'),
        target: { personId: toGlobalId('Person', participant.personId) },
        useFileNameAsTitle: false,
        notify: true,
      })),
    );
    return assembly;
  });
  void ctx.mailer.deliverPending(ctx.db);
  ctx.loaders.assemblyById.clear(published.id).prime(published.id, published);
  return published;
}
