import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../db/client';
import * as t from '../db/schema';

type Audience = (typeof t.announcementAudience.enumValues)[number];

/** A demo announcement: its building (code) or agency-wide, its audience, days from today (negative: past). */
interface DemoAnnouncement {
  title: string;
  body: string;
  audience: Audience;
  building?: string;
  inDays: number;
}

/**
 * "Mes informations" of the demo agency, after the manual's screenshots ("New letter n° 4",
 * "test"): one per audience, one limited to GILBERT, and one scheduled for next week that only
 * managers see until then.
 */
const NANCY: DemoAnnouncement[] = [
  {
    title: 'New letter n° 4',
    body: "Retrouvez dans cette lettre d'information les actualités de l'agence : nouveaux horaires d'accueil, rappel des échéances de fin d'année et conseils pour l'hiver.",
    audience: 'ALL_CLIENTS',
    inDays: -27,
  },
  {
    title: 'Ravalement de façade : début des travaux',
    body: "Les travaux de ravalement votés en assemblée générale commencent le lundi 11 janvier. L'échafaudage sera installé côté rue Gilbert pendant six semaines.",
    audience: 'COOWNERS',
    building: 'GILBERT',
    inDays: -6,
  },
  {
    title: 'Relevé des compteurs d’eau',
    body: 'Le relevé annuel des compteurs d’eau aura lieu le 15 du mois prochain. Merci de laisser l’accès à votre compteur ou de nous transmettre votre index.',
    audience: 'TENANTS',
    inDays: -3,
  },
  {
    title: 'Déclaration des revenus fonciers',
    body: 'Votre récapitulatif annuel pour la déclaration des revenus fonciers sera disponible dans « Mes documents » au mois d’avril.',
    audience: 'OWNERS',
    inDays: -1,
  },
  {
    title: 'Fermeture exceptionnelle de l’agence',
    body: 'L’agence sera fermée le 24 décembre après-midi. Pour toute urgence, contactez le numéro d’astreinte.',
    audience: 'ALL_CLIENTS',
    inDays: 7,
  },
];

const LYON: DemoAnnouncement[] = [{ title: 'Bienvenue sur votre extranet', body: 'Agence du Rhône : votre espace client est ouvert.', audience: 'ALL_CLIENTS', inDays: -10 }];

async function insertAnnouncements(tx: Executor, agencyId: string, list: DemoAnnouncement[]): Promise<void> {
  for (const item of list) {
    const [building] = item.building
      ? await tx
          .select({ id: t.buildings.id })
          .from(t.buildings)
          .where(and(eq(t.buildings.agencyId, agencyId), eq(t.buildings.code, item.building)))
      : [];
    await tx.insert(t.announcements).values({
      agencyId,
      title: item.title,
      body: item.body,
      audience: item.audience,
      buildingId: building?.id ?? null,
      publishOn: sql`current_date + ${item.inDays}::int`,
    });
  }
}

/** The demo agency's announcements (after its buildings). */
export const seedDemoAnnouncements = (tx: Executor, agencyId: string) => insertAnnouncements(tx, agencyId, NANCY);
/** The second agency's: what isolation tests look for. */
export const seedSecondAgencyAnnouncements = (tx: Executor, agencyId: string) => insertAnnouncements(tx, agencyId, LYON);

/** The demo agency's offices ("Bureaux"): the head office on place Stanislas and a syndic office (SIRETs pass the Luhn check). */
export async function seedDemoOffices(tx: Executor, agencyId: string): Promise<void> {
  await tx.insert(t.agencyOffices).values([
    {
      agencyId,
      name: 'Agence de Nancy – Stanislas',
      address: '10, place Stanislas, 54000 NANCY',
      phone: '03 83 00 10 10',
      email: 'contact.nancy@example.org',
      openingHours: 'Du lundi au vendredi, 9 h – 12 h et 14 h – 18 h',
      legalForm: 'SAS au capital de 50 000 €',
      siret: '91234567800011',
      apeCode: '68.32A',
    },
    {
      agencyId,
      name: 'Service syndic – Gilbert',
      address: '4, rue Gilbert, 54000 NANCY',
      phone: '03 83 00 10 20',
      email: 'syndic.nancy@example.org',
      openingHours: 'Mardi et jeudi, 14 h – 17 h',
      legalForm: 'SAS au capital de 50 000 €',
      siret: '91234567800029',
      apeCode: '68.32A',
    },
  ]);
}

/** The second agency's one office. */
export async function seedSecondAgencyOffices(tx: Executor, agencyId: string): Promise<void> {
  await tx
    .insert(t.agencyOffices)
    .values({ agencyId, name: 'Agence du Rhône – Bellecour', address: '2, place Bellecour, 69002 LYON', phone: '04 78 00 20 20', email: 'contact.lyon@example.org' });
}
