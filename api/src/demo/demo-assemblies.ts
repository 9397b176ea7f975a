/**
 * The demo's general assemblies of GILBERT (issue 10): the past AG of 13/07/2020 with the
 * manual's attendance table ("Saisie des présences"), its eight resolutions, votes and published
 * minutes; and an upcoming AG open for postal votes, so the co-owners can vote online.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db, Executor } from '../db/client';
import * as t from '../db/schema';
import { insertAssembly } from '../assemblies/insert-assembly';
import { GILBERT_ATTENDANCE } from '../assemblies/engine/gilbert-attendance.fixture';
import { publishAssemblyReport } from '../assemblies/report/publish-report.service';
import { loadPersonActor, sha256 } from '../auth/actor';
import { loadConfig } from '../config';
import type { FileStore } from '../files/file-store';
import { createContext } from '../graphql/context';
import { toGlobalId } from '../graphql/node';
import { SILENT_MAILER } from '../mail/mailer';
import { MODULES } from '../modules';

type Choice = 'YES' | 'NO' | 'ABSTAIN' | 'NOT_VOTING';

/** The titles integrators and the e2e tests rely on. */
export const DEMO_PAST_ASSEMBLY_TITLE = 'Assemblée générale ordinaire du 13/07/2020';
export const DEMO_UPCOMING_ASSEMBLY_TITLE = 'Assemblée générale ordinaire 2027';

interface DemoResolution {
  number: string;
  title: string;
  text: string;
  majority: 'ARTICLE_24' | 'ARTICLE_25' | 'ARTICLE_26' | 'UNANIMITY';
  amended?: boolean;
  /** Room votes by account (first ballot); everyone else in the room: `others`. */
  first: Record<string, Choice>;
  others: Choice;
  second?: Record<string, Choice>;
  postal: Record<string, 'YES' | 'NO' | 'ABSTAIN'>;
}

// In the room: BPETRUS, CLATOUR, MORGON (O), MEURSAULT (D), ATRILLON and M. LE COPROPRIETAIRE (R).
// By post: LEPITRE (06/07/2020) and Pierre PROPRIETAIRE (01/07/2020). YALOXE CORTON Denise arrives
// at 11:51 from resolution 6; MORGON Charles leaves at 12:10 from resolution 7.
const PAST: DemoResolution[] = [
  {
    number: '1',
    title: 'Approbation des comptes de l’exercice 2019',
    text: 'L’assemblée générale approuve les comptes de l’exercice arrêté au 31/12/2019.',
    majority: 'ARTICLE_24',
    first: { '450MORGONC': 'ABSTAIN' },
    others: 'YES',
    postal: { '450LEPITRE': 'YES', '450PIERREP': 'NO' },
  },
  {
    number: '2',
    title: 'Décision de ne pas ouvrir de compte séparé',
    text: 'L’assemblée générale décide de ne pas ouvrir de compte bancaire séparé au nom du syndicat.',
    majority: 'ARTICLE_25',
    first: {},
    others: 'YES',
    postal: { '450LEPITRE': 'YES', '450PIERREP': 'ABSTAIN' },
  },
  {
    number: '3',
    title: 'Désignation du syndic',
    text: 'L’assemblée générale désigne Palier Immobilier Nancy en qualité de syndic pour une durée de trois ans.',
    majority: 'ARTICLE_25',
    first: { '450MORGONC': 'NO', '450YQUEMC': 'NO' },
    others: 'YES',
    second: { '450YQUEMC': 'ABSTAIN' },
    postal: { '450LEPITRE': 'YES', '450PIERREP': 'NO' },
  },
  {
    number: '4',
    title: 'Travaux de ravalement de la façade',
    text: 'L’assemblée générale décide les travaux de ravalement selon le devis de l’entreprise retenue.',
    majority: 'ARTICLE_25',
    first: { '450PETRUSP': 'YES', '450LATOUR': 'YES' },
    others: 'NO',
    postal: { '450LEPITRE': 'NO', '450PIERREP': 'NO' },
  },
  {
    number: '5',
    title: 'Vente d’une partie commune',
    text: 'L’assemblée générale décide la vente de l’ancienne loge de gardien.',
    majority: 'ARTICLE_26',
    first: {},
    others: 'YES',
    postal: { '450LEPITRE': 'YES', '450PIERREP': 'NO' },
  },
  {
    number: '5.1',
    title: 'Mandat donné au syndic pour signer l’acte de vente',
    text: 'L’assemblée générale donne mandat au syndic pour signer l’acte de vente.',
    majority: 'ARTICLE_24',
    first: {},
    others: 'YES',
    postal: { '450LEPITRE': 'YES', '450PIERREP': 'YES' },
  },
  {
    number: '6',
    title: 'Autorisation permanente accordée à la police',
    text: 'L’assemblée générale autorise de façon permanente la police nationale à pénétrer dans les parties communes (résolution amendée en séance).',
    majority: 'ARTICLE_24',
    amended: true,
    first: { '450CLIQUOT': 'YES', '450MEURSEA': 'NO' },
    others: 'YES',
    postal: { '450LEPITRE': 'YES', '450PIERREP': 'NO' },
  },
  {
    number: '7',
    title: 'Modification du règlement de copropriété',
    text: 'L’assemblée générale modifie l’article 12 du règlement de copropriété.',
    majority: 'UNANIMITY',
    first: {},
    others: 'YES',
    postal: { '450LEPITRE': 'YES', '450PIERREP': 'YES' },
  },
];

const POSTAL_RECEIVED: Record<string, string> = { '450LEPITRE': '2020-07-06', '450PIERREP': '2020-07-01' };

export async function seedDemoAssemblies(tx: Executor, agencyId: string, buildingCode: string, now = new Date()): Promise<void> {
  const [building] = await tx
    .select()
    .from(t.buildings)
    .where(and(eq(t.buildings.agencyId, agencyId), eq(t.buildings.code, buildingCode)));
  const [key] = await tx
    .select()
    .from(t.allocationKeys)
    .where(and(eq(t.allocationKeys.agencyId, agencyId), eq(t.allocationKeys.buildingId, building.id), eq(t.allocationKeys.code, '010')));

  const past = await insertAssembly(tx, {
    agencyId,
    buildingId: building.id,
    title: DEMO_PAST_ASSEMBLY_TITLE,
    kind: 'ORDINARY',
    startsAt: new Date('2020-07-13T08:00:00Z'),
    place: 'Salle paroissiale, 6, rue Gilbert, 54000 NANCY',
    reference: 'AG-2020',
    attendanceKeyId: key.id,
    chairName: 'MORGON Charles',
    secretaryName: 'GESTIONNAIRE Claire',
    scrutineerNames: ['BPETRUS Pierre'],
  });
  const participants = await tx
    .select()
    .from(t.assemblyParticipants)
    .where(and(eq(t.assemblyParticipants.agencyId, agencyId), eq(t.assemblyParticipants.assemblyId, past.id)));
  const byAccount = new Map(participants.map((participant) => [participant.accountNumber, participant]));
  const participantOf = (account: string) => {
    const participant = byAccount.get(account);
    if (!participant) throw new Error(`demo participant ${account} missing`);
    return participant;
  };
  for (const coOwner of GILBERT_ATTENDANCE) {
    const participant = participantOf(coOwner.account);
    await tx
      .update(t.assemblyParticipants)
      .set({
        status: coOwner.status,
        proxyHolderName: coOwner.proxyHolderName ?? null,
        postalFormReceivedOn: POSTAL_RECEIVED[coOwner.account] ?? null,
        ...(coOwner.account === '450ALOXECO' ? { arrivalResolutionNumber: '6', arrivalTime: '11:51', arrivalStatus: 'PRESENT' as const } : {}),
        ...(coOwner.account === '450MORGONC' ? { departureResolutionNumber: '7', departureTime: '12:10' } : {}),
      })
      .where(and(eq(t.assemblyParticipants.agencyId, agencyId), eq(t.assemblyParticipants.id, participant.id)));
  }
  const inRoom = GILBERT_ATTENDANCE.filter((coOwner) => coOwner.status !== 'POSTAL').map((coOwner) => coOwner.account);
  for (const resolution of PAST) {
    const [row] = await tx
      .insert(t.resolutions)
      .values({
        agencyId,
        assemblyId: past.id,
        number: resolution.number,
        title: resolution.title,
        text: resolution.text,
        majority: resolution.majority,
        allocationKeyId: key.id,
        amended: resolution.amended ?? false,
      })
      .returning();
    const votes = inRoom.map((account) => ({ account, choice: resolution.first[account] ?? resolution.others }));
    await tx.insert(t.assemblyVotes).values(
      votes.map((vote) => ({
        agencyId,
        assemblyId: past.id,
        resolutionId: row.id,
        participantId: participantOf(vote.account).id,
        ballot: 'FIRST' as const,
        choice: vote.choice,
      })),
    );
    const second = Object.entries(resolution.second ?? {});
    if (second.length) {
      await tx
        .insert(t.assemblyVotes)
        .values(
          second.map(([account, choice]) => ({ agencyId, assemblyId: past.id, resolutionId: row.id, participantId: participantOf(account).id, ballot: 'SECOND' as const, choice })),
        );
    }
    await tx
      .insert(t.postalVotes)
      .values(
        Object.entries(resolution.postal).map(([account, choice]) => ({ agencyId, assemblyId: past.id, participantId: participantOf(account).id, resolutionId: row.id, choice })),
      );
  }
  // Its minutes are published after the seed commits (publishDemoMinutes): through the real service.

  // Six weeks ahead at 18:00, so the online postal vote stays open whenever the demo is seeded.
  const upcomingDay = new Date(now.getTime() + 42 * 86_400_000).toISOString().slice(0, 10);
  const upcoming = await insertAssembly(tx, {
    agencyId,
    buildingId: building.id,
    title: DEMO_UPCOMING_ASSEMBLY_TITLE,
    kind: 'ORDINARY',
    startsAt: new Date(`${upcomingDay}T16:00:00Z`),
    place: 'Salle paroissiale, 6, rue Gilbert, 54000 NANCY',
    reference: 'AG-2027',
    attendanceKeyId: key.id,
  });
  const agenda: [string, string, string, DemoResolution['majority']][] = [
    ['1', 'Approbation des comptes de l’exercice', 'L’assemblée générale approuve les comptes de l’exercice écoulé.', 'ARTICLE_24'],
    ['2', 'Budget prévisionnel', 'L’assemblée générale adopte le budget prévisionnel de l’exercice suivant.', 'ARTICLE_24'],
    ['3', 'Remplacement de l’interphone', 'L’assemblée générale décide le remplacement de l’interphone selon le devis joint.', 'ARTICLE_25'],
    ['3.1', 'Choix de l’entreprise', 'L’assemblée générale retient l’entreprise la mieux disante.', 'ARTICLE_24'],
    ['4', 'Autorisation de travaux affectant les parties communes', 'L’assemblée générale autorise un copropriétaire à poser une fenêtre de toit.', 'ARTICLE_25'],
  ];
  await tx
    .insert(t.resolutions)
    .values(agenda.map(([number, title, text, majority]) => ({ agencyId, assemblyId: upcoming.id, number, title, text, majority, allocationKeyId: key.id })));
}

/** The day the demo's minutes of 13/07/2020 were published (the e2e tests read "20 juillet 2020"). */
export const DEMO_MINUTES_PUBLISHED_AT = new Date('2020-07-20T08:00:00Z');

/**
 * Publishes the minutes of the past AG as the demo's manager would: through publishAssemblyReport,
 * so the procès-verbal and the feuille de présence are rendered and filed in "Assemblées Générales"
 * for GILBERT's co-owners exactly as in production, dated 20/07/2020. After the seed commits (the
 * service reads the committed AG and opens its own transaction). The actor is the manager's, built
 * by the same statement as for a signed-in session (a session row that lives only for this call):
 * no demo shortcut around the rules. Silent: a demo never e-mails, and the art. 42 notification of
 * 2020 belongs to the past (the mailer drops it, so the outbox holds nothing to deliver later).
 */
export async function publishDemoMinutes(db: Db, files: FileStore, agencyCode = 'NANCY', managerLogin = 'GESTIONNAIRE'): Promise<void> {
  const [manager] = await db
    .select({ agencyId: t.identities.agencyId, identityId: t.identities.id })
    .from(t.identities)
    .innerJoin(t.agencies, eq(t.agencies.id, t.identities.agencyId))
    .where(and(eq(t.agencies.code, agencyCode), eq(t.identities.login, managerLogin)));
  const [past] = await db
    .select({ id: t.generalAssemblies.id })
    .from(t.generalAssemblies)
    .where(and(eq(t.generalAssemblies.agencyId, manager.agencyId), eq(t.generalAssemblies.title, DEMO_PAST_ASSEMBLY_TITLE)));
  const token = randomBytes(32).toString('base64url');
  await db.insert(t.sessions).values({ agencyId: manager.agencyId, tokenHash: sha256(token), identityId: manager.identityId });
  try {
    const actor = await loadPersonActor(db, token);
    if (actor.kind !== 'person' || !actor.isStaff) throw new Error(`demo manager ${managerLogin} cannot sign in`);
    const ctx = createContext({
      actor,
      db,
      config: loadConfig(),
      mailer: SILENT_MAILER,
      files,
      loaderFactories: MODULES.flatMap((module) => (module.loaders ? [module.loaders] : [])),
      requestId: 'demo-seed',
      clientAddress: 'demo-seed',
    });
    await publishAssemblyReport(ctx, toGlobalId('GeneralAssembly', past.id), { publishedAt: DEMO_MINUTES_PUBLISHED_AT });
  } finally {
    await db.delete(t.sessions).where(and(eq(t.sessions.agencyId, manager.agencyId), eq(t.sessions.tokenHash, sha256(token))));
  }
}
