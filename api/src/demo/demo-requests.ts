import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../db/client';
import * as t from '../db/schema';

/** A demo message: who writes (a login, or the manager), what, how many hours after the opening, internal or not. */
interface DemoMessage {
  by: 'client' | 'manager';
  text: string;
  afterHours: number;
  isInternal?: boolean;
}

interface DemoRequest {
  login: string;
  lotCode: string | null;
  buildingCode: string | null;
  title: string;
  category: t.RequestCategory;
  status: t.RequestStatus;
  daysAgo: number;
  assigned: boolean;
  messages: DemoMessage[];
  ticket?: { supplier: string; status: t.TicketStatus; description: string };
}

const SUPPLIERS = [
  {
    name: 'Ascenseurs de Lorraine',
    trade: 'Ascenseurs',
    email: 'contact@ascenseurs-lorraine.example',
    phone: '03 83 00 11 22',
    addressLine: '12, rue de la Hache, 54000 NANCY',
    website: 'https://ascenseurs-lorraine.example',
    isPartner: true,
  },
  {
    name: 'Plomberie Stanislas',
    trade: 'Plomberie, chauffage',
    email: 'atelier@plomberie-stanislas.example',
    phone: '03 83 00 33 44',
    addressLine: '3, place Carnot, 54000 NANCY',
    website: null,
    isPartner: true,
  },
  {
    name: 'Serrurerie du Faubourg',
    trade: 'Serrurerie',
    email: null,
    phone: '03 83 00 55 66',
    addressLine: '48, faubourg des Trois-Maisons, 54000 NANCY',
    website: null,
    isPartner: false,
  },
];

/**
 * The demo's requests (issue 12: "demo data with requests in every status"): GILBERT co-owners
 * and LAFAYETTE's tenant and owner, each status at least once, an internal note, a ticket to a
 * partner. The tests and the hand walk rely on the titles.
 */
const REQUESTS: DemoRequest[] = [
  {
    login: 'CLIQUOTMATHILDE',
    lotCode: 'GILBERT/142',
    buildingCode: null,
    title: 'Fuite d’eau au plafond de la salle de bains',
    category: 'INTERVENTION',
    status: 'IN_PROGRESS',
    daysAgo: 6,
    assigned: true,
    messages: [
      { by: 'client', text: 'Bonjour, une tache d’humidité s’étend au plafond de ma salle de bains depuis hier. Le voisin du dessus est absent.', afterHours: 0 },
      { by: 'manager', text: 'Bonjour Madame, nous missionnons un plombier. Il vous appellera pour convenir d’un passage.', afterHours: 3 },
      { by: 'manager', text: 'Dégât des eaux probable depuis le lot du 3e : prévenir l’assureur de l’immeuble si confirmé.', afterHours: 4, isInternal: true },
    ],
    ticket: { supplier: 'Plomberie Stanislas', status: 'ORDERED', description: 'Recherche de fuite depuis le lot du 3e étage, accès par la gaine technique.' },
  },
  {
    login: 'BROUILLYALFRED',
    lotCode: null,
    buildingCode: 'GILBERT',
    title: 'Ascenseur bloqué au 2e étage',
    category: 'INTERVENTION',
    status: 'OPEN',
    daysAgo: 1,
    assigned: false,
    messages: [{ by: 'client', text: 'L’ascenseur est à l’arrêt au 2e étage depuis ce matin, porte ouverte.', afterHours: 0 }],
  },
  {
    login: 'ELSALOCATAIRE',
    lotCode: 'LAFAYETTE/002',
    buildingCode: null,
    title: 'Attestation d’assurance habitation',
    category: 'OTHER',
    status: 'WAITING_FOR_CLIENT',
    daysAgo: 12,
    assigned: true,
    messages: [
      { by: 'client', text: 'Bonjour, où dois-je envoyer mon attestation d’assurance pour cette année ?', afterHours: 0 },
      { by: 'manager', text: 'Bonjour, vous pouvez la joindre ici directement, au format PDF.', afterHours: 20 },
    ],
  },
  {
    login: 'ALOXECORTONDENISE',
    lotCode: 'LAFAYETTE/003',
    buildingCode: null,
    title: 'Question sur le relevé de gérance de septembre',
    category: 'OTHER',
    status: 'CLOSED',
    daysAgo: 40,
    assigned: true,
    messages: [
      { by: 'client', text: 'Je ne retrouve pas les honoraires de septembre sur mon relevé.', afterHours: 0 },
      { by: 'manager', text: 'Ils figurent sur la ligne « Honoraires de gestion » du 30/09. Je clôture la demande ; n’hésitez pas à en ouvrir une nouvelle.', afterHours: 26 },
    ],
  },
];

/** The demo agency's suppliers (two partners shown in "Nos partenaires") and requests, with "Nos partenaires" switched on. */
export async function seedDemoRequests(tx: Executor, agencyId: string): Promise<void> {
  await tx
    .update(t.agencySettings)
    .set({ values: sql`${t.agencySettings.values} || '{"partnersEnabled": true}'::jsonb` })
    .where(eq(t.agencySettings.agencyId, agencyId));
  const suppliers = await tx
    .insert(t.suppliers)
    .values(SUPPLIERS.map((supplier) => ({ agencyId, ...supplier })))
    .returning();
  const [manager] = await tx
    .select({ personId: t.identities.personId })
    .from(t.identities)
    .where(and(eq(t.identities.agencyId, agencyId), eq(t.identities.login, 'GESTIONNAIRE')));
  for (const demo of REQUESTS) {
    const [author] = await tx
      .select({ personId: t.identities.personId })
      .from(t.identities)
      .where(and(eq(t.identities.agencyId, agencyId), eq(t.identities.login, demo.login)));
    const [lot] = demo.lotCode
      ? await tx
          .select()
          .from(t.lots)
          .where(and(eq(t.lots.agencyId, agencyId), eq(t.lots.code, demo.lotCode)))
      : [];
    const [building] = demo.buildingCode
      ? await tx
          .select()
          .from(t.buildings)
          .where(and(eq(t.buildings.agencyId, agencyId), eq(t.buildings.code, demo.buildingCode)))
      : [];
    if (!author || (demo.lotCode && !lot) || (demo.buildingCode && !building)) throw new Error(`demo request ${demo.title}: a reference is missing`);
    const openedAt = new Date(Date.now() - demo.daysAgo * 86_400_000);
    openedAt.setUTCMilliseconds(0);
    const at = (hours: number) => new Date(openedAt.getTime() + hours * 3_600_000);
    const [request] = await tx
      .insert(t.clientRequests)
      .values({
        agencyId,
        authorPersonId: author.personId,
        title: demo.title,
        category: demo.category,
        status: demo.status,
        lotId: lot?.id ?? null,
        buildingId: lot?.buildingId ?? building?.id ?? null,
        assigneePersonId: demo.assigned ? manager.personId : null,
        openedAt,
        updatedAt: at(Math.max(...demo.messages.map((m) => m.afterHours))),
      })
      .returning();
    await tx.insert(t.requestMessages).values(
      demo.messages.map((message) => ({
        agencyId,
        requestId: request.id,
        authorPersonId: message.by === 'client' ? author.personId : manager.personId,
        text: message.text,
        isInternal: message.isInternal ?? false,
        postedAt: at(message.afterHours),
      })),
    );
    if (demo.ticket) {
      const supplier = suppliers.find((s) => s.name === demo.ticket!.supplier)!;
      await tx
        .insert(t.tickets)
        .values({ agencyId, requestId: request.id, supplierId: supplier.id, status: demo.ticket.status, description: demo.ticket.description, createdAt: at(3), updatedAt: at(5) });
    }
  }
}
