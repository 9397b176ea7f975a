import fs from 'node:fs';
import path from 'node:path';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as t from '../../db/schema';
import { expectGlobalId } from '../../graphql/node';
import { buildAssemblyScene, buildingGlobalId, CREATE_ASSEMBLY, type AssemblyBuilding } from '../../test/assemblies';
import { holdAssembly, PUBLISH, REPORT, VOTES, type ReportNode } from '../../test/assembly-report';
import type { BuiltAgency } from '../../test/builders';
import { startTestApi, type Client, type TestApi } from '../../test/harness';
import { pdfText } from '../../test/pdf-text';

/** Publishing an AG's minutes: the draft report, the frozen AG, both PDFs filed, the art. 42 notices, and an AG not held yet. */

let api: TestApi;
let agency: BuiltAgency;
let home: AssemblyBuilding;
let manager: Client;

beforeAll(async () => {
  api = await startTestApi();
  ({ agency, home, manager } = await buildAssemblyScene(api));
});
afterAll(() => api.close());

const heldAssembly = () => holdAssembly(manager, home);
const name = (i: number, building = home) => building.coOwners[i].displayName;

describe('publishing the minutes', () => {
  it('gives managers a draft report with exact figures before publication', async () => {
    const { id } = await heldAssembly();
    const read = await manager.gql(REPORT, { id });
    const report = (read.data!.node as { report: { publishedAt: unknown; resolutions: unknown[]; postalVoters: unknown[]; represented: unknown[] } }).report;
    expect(report.publishedAt).toBeNull();
    expect(report.postalVoters).toEqual([
      { displayName: name(3), postalFormReceivedOn: '2020-07-06', postalFormValid: true, attendanceText: 'VOTE PAR CORRESPONDANCE enregistré le 06/07/2020' },
    ]);
    expect(report.represented).toEqual([{ displayName: name(1), proxyHolderName: name(0), attendanceText: `REPRÉSENTÉ par ${name(0)}` }]);
    expect(report.resolutions).toEqual([
      {
        verdict: 'ACCEPTÉE',
        articleLabel: 'Article 24',
        hasSecondVote: false,
        resolution: { number: '1' },
        result: {
          decidingArticle: 'ARTICLE_24',
          yes: { count: 3, shares: '450.00000' },
          no: { count: 1, shares: '150.00000' },
          absent: { count: 1, shares: '400.00000' },
          opponents: [name(2)],
          defaillants: [],
          secondVote: null,
        },
      },
      {
        verdict: 'ACCEPTÉE',
        articleLabel: 'Article 25-1',
        hasSecondVote: true,
        resolution: { number: '2' },
        result: {
          decidingArticle: 'ARTICLE_25_1',
          yes: { count: 3, shares: '450.00000' },
          no: { count: 1, shares: '150.00000' },
          absent: { count: 1, shares: '400.00000' },
          opponents: [name(3)],
          defaillants: [],
          secondVote: { article: 'ARTICLE_24', adopted: true },
        },
      },
    ]);
  });

  it('freezes the AG, files both PDFs in "Assemblées Générales" and notifies the absent and opposing co-owners only', async () => {
    const { id, p, r1 } = await heldAssembly();
    const published = await manager.gql(PUBLISH, { id });
    expect(published.errors).toBeUndefined();
    expect(published.data!.publishAssemblyReport.reportPublishedAt).toBeTruthy();
    expect(published.data!.publishAssemblyReport.minutesDocument?.title).toBe('Procès-verbal de l’AG du 13/07/2020');

    const assemblyId = expectGlobalId(id, 'GeneralAssembly');
    const [row] = await api.database.db.select().from(t.generalAssemblies).where(eq(t.generalAssemblies.id, assemblyId));
    const documents = await api.database.db
      .select({ id: t.documents.id, title: t.documents.title, storageKey: t.documents.storageKey, buildingId: t.documents.buildingId, binder: t.binders.name })
      .from(t.documents)
      .innerJoin(t.binders, and(eq(t.binders.agencyId, t.documents.agencyId), eq(t.binders.id, t.documents.binderId)))
      .where(inArray(t.documents.id, [row.minutesDocumentId!, row.attendanceSheetDocumentId!]));
    expect(documents.map((d) => [d.title, d.binder, d.buildingId]).sort()).toEqual([
      ['Feuille de présence de l’AG du 13/07/2020', 'Assemblées Générales', home.building.id],
      ['Procès-verbal de l’AG du 13/07/2020', 'Assemblées Générales', home.building.id],
    ]);
    const text = (title: string) => pdfText(fs.readFileSync(path.join(api.filesDir, documents.find((d) => d.title.startsWith(title))!.storageKey)));
    const minutes = text('Procès-verbal');
    expect(minutes).toContain("PROCÈS-VERBAL DE L'ASSEMBLÉE GÉNÉRALE");
    expect(minutes).toContain('Résolution 1 : Approbation des comptes');
    expect(minutes).toContain('Pour : 3 copropriétaires, 450,00000 tantièmes');
    expect(minutes).toContain(`Ont voté contre : ${name(2)}`);
    expect(minutes).toContain('Résolution ACCEPTÉE (Article 24)');
    expect(minutes).toContain('Second vote immédiat (Article 24) :');
    expect(minutes).toContain('Résolution ACCEPTÉE (Article 25-1)');
    expect(minutes).toContain('Absents : 1 copropriétaire, 400,00000 tantièmes');
    const sheet = text('Feuille de présence').replace(/[ \n]+/g, ' ');
    expect(sheet).toContain('FEUILLE DE PRÉSENCE');
    expect(sheet).toContain('VOTE PAR CORRESPONDANCE enregistré le 06/07/2020');
    expect(sheet).toContain(`REPRÉSENTÉ par ${name(0)}`);
    expect(sheet).toContain('PRÉSENT À DISTANCE');
    expect(sheet).toContain('1\u00a0000,00000');

    // Art. 42: C opposed resolution 1, D resolution 2 (by post), E was absent; A and B voted yes throughout.
    const persons = await api.database.db
      .select()
      .from(t.persons)
      .where(
        inArray(
          t.persons.id,
          home.coOwners.map((c) => c.id),
        ),
      );
    const emailOf = (i: number) => persons.find((person) => person.id === home.coOwners[i].id)!.emails[0];
    const mails = await api.database.db
      .select()
      .from(t.outboxEmails)
      .where(and(eq(t.outboxEmails.agencyId, agency.id), inArray(t.outboxEmails.recipient, [0, 1, 2, 3, 4].map(emailOf))));
    const minutesMails = mails.filter((mail) => mail.subject.includes('procès-verbal'));
    expect(minutesMails.map((mail) => mail.recipient).sort()).toEqual([emailOf(2), emailOf(3), emailOf(4)].sort());
    expect(minutesMails[0].body).toContain('article 42');
    expect(mails.filter((mail) => !mail.subject.includes('procès-verbal'))).toEqual([]);

    // Once published: refused a second time, and no vote changes.
    const again = await manager.gql(PUBLISH, { id });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'REPORT_PUBLISHED' });
    const late = await manager.gql(VOTES, { input: { resolutionId: r1, ballot: 'FIRST', votes: [{ participantId: p(2), choice: 'YES' }] } });
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'REPORT_PUBLISHED' });
    const total = await api.database.db.$count(t.documents, and(eq(t.documents.agencyId, agency.id), eq(t.documents.buildingId, home.building.id)));
    expect(total).toBe(2);

    // The building's co-owners read the report and the documents from now on.
    const coOwner = await api.as(home.coOwners[0].signIn);
    const read = await coOwner.gql(REPORT, { id });
    const node = read.data!.node as ReportNode & { minutesDocument: unknown; attendanceSheetDocument: unknown };
    expect(node.report).not.toBeNull();
    expect(node.resolutions.map((r) => r.result)).toEqual([{ outcome: 'ADOPTED' }, { outcome: 'ADOPTED' }]);
    expect(node.minutesDocument).not.toBeNull();
    expect(node.attendanceSheetDocument).not.toBeNull();
  });

  it('refuses an AG that has not started yet, and writes nothing', async () => {
    const created = await manager.gql(CREATE_ASSEMBLY, {
      input: { buildingId: buildingGlobalId(home.building), title: 'AG 2099', kind: 'ORDINARY', startsAt: '2099-07-13T08:00:00Z' },
    });
    const id = created.data!.createGeneralAssembly.id;
    const refused = await manager.gql(PUBLISH, { id });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ASSEMBLY_NOT_HELD' });
    const [row] = await api.database.db
      .select()
      .from(t.generalAssemblies)
      .where(eq(t.generalAssemblies.id, expectGlobalId(id, 'GeneralAssembly')));
    expect(row.reportPublishedAt).toBeNull();
  });
});
