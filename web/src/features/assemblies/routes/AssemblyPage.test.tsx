import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiError, renderRoute, type Script } from '../../../test/render';
import { AssemblyPage } from './AssemblyPage';

const ID = 'R2VuZXJhbEFzc2VtYmx5OjE';
const RES = 'UmVzOjE';
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
const count = (count: number, shares: string) => ({ __typename: 'Headcount', count, shares });
const totals = (present: number) => ({
  __typename: 'AttendanceSummary',
  absent: count(2 - present, present ? '0' : '131.0142'),
  present: count(present, present ? '131.0142' : '0'),
  remote: count(0, '0'),
  represented: count(0, '0'),
  postal: count(0, '0'),
  total: count(2, '131.0142'),
});
const person = (id: string, displayName: string, status: string) => ({
  __typename: 'AssemblyParticipant',
  id,
  displayName,
  accountNumber: `450${id}`,
  shares: '65.5071',
  status,
  proxyHolderName: null,
  proxyHolder: null,
  postalFormReceivedOn: null,
  postalFormValid: null,
  arrival: null,
  departure: null,
});
const sheet = (status: string) => ({
  attendance: totals(status === 'PRESENT' ? 2 : 0),
  participants: { __typename: 'AssemblyParticipantConnection', totalCount: 2, nodes: [person('P1', 'MORGON Charles', status), person('P2', 'LATOUR Henri', status)] },
});
const tally = (opponents: string[]) => ({
  __typename: 'VoteTally',
  opponents,
  abstainers: [],
  nonVoters: [],
  absentees: [],
});
const resolution = (opponents: string[], outcome: string) => ({
  __typename: 'Resolution',
  id: RES,
  number: '1',
  title: 'Approbation des comptes',
  text: null,
  majority: 'ARTICLE_24',
  amended: false,
  allocationKey: { __typename: 'AllocationKey', id: 'S0', code: '010', label: 'CHARGES COMMUNES GENERALES' },
  result: {
    __typename: 'ResolutionResult',
    outcome,
    decidingArticle: 'ARTICLE_24',
    members: count(2, '131.0142'),
    yes: count(2 - opponents.length, opponents.length ? '65.5071' : '131.0142'),
    no: count(opponents.length, opponents.length ? '65.5071' : '0'),
    abstain: count(0, '0'),
    notVoting: count(0, '0'),
    absent: count(0, '0'),
    opponents,
    abstainers: [],
    nonVoters: [],
    defaillants: [],
    art22: null,
    secondVote: null,
    firstVote: tally(opponents),
  },
});
const document = (id: string, fileName: string) => ({ __typename: 'Document', id, fileName, downloadUrl: `/files/documents/${id}` });
const report = () => ({
  __typename: 'AssemblyReport',
  publishedAt: null,
  attendance: totals(2),
  remoteVoters: ['MEURSAULT Eau'],
  postalVoters: [{ __typename: 'ReportAttendee', displayName: 'LEPITRE Abel', postalFormReceivedOn: '2020-07-06', postalFormValid: true }],
  represented: [{ __typename: 'ReportAttendee', displayName: 'ATRILLON', proxyHolderName: 'Me DUPONT' }],
  absentees: [],
  arrivals: [{ __typename: 'ReportMovement', displayName: 'YALOXE CORTON Denise', resolutionNumber: '6', time: '11:51', status: 'PRESENT' }],
  departures: [],
  resolutions: [
    {
      __typename: 'ReportResolution',
      resolution: { __typename: 'Resolution', id: RES, number: '1', title: 'Approbation des comptes', majority: 'ARTICLE_24', amended: false },
      result: {
        ...resolution([], 'ADOPTED').result,
        firstVote: { ...tally([]), article: 'ARTICLE_24', adopted: true, yes: count(2, '131.0142'), no: count(0, '0'), abstain: count(0, '0') },
      },
    },
  ],
});
const assembly = (published = false) => ({
  data: {
    apiTokens: { __typename: 'ApiTokenConnection', nodes: [] },
    node: {
      __typename: 'GeneralAssembly',
      id: ID,
      title: 'AG de test',
      kind: 'ORDINARY',
      startsAt: '2099-01-14T16:00:00.000Z',
      place: null,
      postalVoteDeadline: '2099-01-10',
      reportPublishedAt: published ? '2099-01-14T18:00:00.000Z' : null,
      convocationsPublishedAt: null,
      handedToProviderAt: null,
      chairName: null,
      secretaryName: null,
      minutesDocument: published ? document('D1', 'proces-verbal.pdf') : null,
      attendanceSheetDocument: published ? document('D2', 'feuille-de-presence.pdf') : null,
      report: report(),
      building: {
        __typename: 'Building',
        id: 'B1',
        code: 'GILBERT',
        name: 'GILBERT',
        allocationKeys: [{ __typename: 'AllocationKey', id: 'S0', code: '010', label: 'CHARGES COMMUNES GENERALES' }],
      },
      attendanceKey: { __typename: 'AllocationKey', id: 'S0' },
      resolutions: [resolution([], 'ADOPTED')],
      ...sheet('PRESENT'),
    },
  },
});

const render = (script: Script, step: string) =>
  renderRoute(<AssemblyPage />, {
    path: '/gestion/assemblees/:assemblyId',
    initialPath: `/gestion/assemblees/${ID}?etape=${step}`,
    script: { ManagedAssembly: () => assembly(), ...script },
  });

describe('AssemblyPage (manager)', () => {
  it('shows the totals the server recounts after a shortcut, and says which art. 22 rule refused a proxy', async () => {
    const { calls } = render(
      {
        MarkAllAbsent: () => ({ data: { markAllAbsent: { __typename: 'GeneralAssembly', id: ID, ...sheet('ABSENT') } } }),
        SetAttendance: () => ({ errors: [apiError('BAD_USER_INPUT', { field: 'entries.0.proxyHolderParticipantId', reason: 'PROXY_LIMIT_EXCEEDED' })] }),
      },
      'presences',
    );
    const user = userEvent.setup();
    const present = (await screen.findByText('Présents')).parentElement;
    expect(plain(present?.textContent)).toContain('2 copropriétaires131,01420 tantièmes');

    await user.click(screen.getByRole('button', { name: 'Tous absents' }));
    expect(calls.find((call) => call.operationName === 'MarkAllAbsent')?.variables).toEqual({ assemblyId: ID });
    await screen.findAllByText('Absent');
    expect(plain(screen.getByText('Présents').parentElement?.textContent)).toContain('0 copropriétaire');

    await user.selectOptions(screen.getByLabelText('Présence de LATOUR Henri'), 'REPRESENTED');
    // Nobody is present any more: the proxy can only go to a named third party.
    await user.type(screen.getByLabelText('Nom du mandataire'), 'Me DUPONT');
    await user.click(screen.getByRole('button', { name: 'Enregistrer le pouvoir' }));
    expect(calls.find((call) => call.operationName === 'SetAttendance')?.variables).toEqual({
      input: { assemblyId: ID, entries: [{ participantId: 'P2', status: 'REPRESENTED', proxyHolderName: 'Me DUPONT' }] },
    });
    expect(await screen.findByText(/Article 22/)).toBeTruthy();
  });

  it('records a unanimity, then one exception, and shows the tally each write answered', async () => {
    const { calls } = render(
      {
        RecordUnanimousVote: () => ({ data: { recordUnanimousVote: resolution([], 'ADOPTED') } }),
        RecordVotes: () => ({ data: { recordVotes: resolution(['LATOUR Henri'], 'REJECTED') } }),
      },
      'votes',
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Unanimité pour' }));
    expect(calls.find((call) => call.operationName === 'RecordUnanimousVote')?.variables).toEqual({ input: { resolutionId: RES, ballot: 'FIRST', choice: 'YES' } });
    expect(screen.getByText('ACCEPTÉE')).toBeTruthy();

    const latour = screen.getByRole('group', { name: 'LATOUR Henri' });
    await user.click(within(latour).getByRole('radio', { name: 'Contre' }));
    expect(await screen.findByText('REJETÉE')).toBeTruthy();
    expect(calls.find((call) => call.operationName === 'RecordVotes')?.variables).toEqual({
      input: { resolutionId: RES, ballot: 'FIRST', votes: [{ participantId: 'P2', choice: 'NO' }] },
    });
    expect(within(screen.getByRole('group', { name: 'LATOUR Henri' })).getByRole<HTMLInputElement>('radio', { name: 'Contre' }).checked).toBe(true);
    expect(screen.getByText(/Opposants\s:\sLATOUR Henri/)).toBeTruthy();
  });

  it('shows the draft report, says which rule refused the publication, then publishes after the confirmation and links the PDFs', async () => {
    let published = false;
    let refusals = 1;
    const { calls } = render(
      {
        ManagedAssembly: () => assembly(published),
        PublishAssemblyReport: () => {
          if (refusals-- > 0) return { errors: [apiError('CONFLICT', { reason: 'ASSEMBLY_NOT_HELD' })] };
          published = true;
          return { data: { publishAssemblyReport: { __typename: 'GeneralAssembly', id: ID, reportPublishedAt: '2099-01-14T18:00:00.000Z' } } };
        },
      },
      'rapport',
    );
    const user = userEvent.setup();
    // The attendance recap: remote, postal with the day registered, represented by whom, arrivals.
    expect(plain((await screen.findByText('MEURSAULT Eau')).textContent)).toBe('MEURSAULT Eau');
    expect(plain(screen.getByText(/LEPITRE Abel/).textContent)).toBe('LEPITRE Abel : vote par correspondance enregistré le 06/07/2020');
    expect(plain(screen.getByText(/ATRILLON/).textContent)).toBe('ATRILLON, représenté(e) par Me DUPONT');
    expect(plain(screen.getByText(/YALOXE CORTON Denise/).textContent)).toBe('YALOXE CORTON Denise à 11:51, à partir de la résolution 6');
    expect(screen.getByText('ACCEPTÉE')).toBeTruthy();

    // Nothing is sent before the confirmation.
    await user.click(screen.getByRole('button', { name: 'Publier le procès-verbal' }));
    expect(calls.some((call) => call.operationName === 'PublishAssemblyReport')).toBe(false);
    await user.click(within(screen.getByRole('dialog', { name: /^Publier le procès-verbal.\?$/ })).getByRole('button', { name: 'Publier' }));
    expect(await screen.findByText("Le procès-verbal ne peut être publié qu'une fois l'assemblée commencée.")).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Publier le procès-verbal' }));
    await user.click(within(screen.getByRole('dialog', { name: /^Publier le procès-verbal.\?$/ })).getByRole('button', { name: 'Publier' }));
    const link = await screen.findByRole('link', { name: 'Procès-verbal (PDF)' });
    expect(link.getAttribute('href')).toBe('/files/documents/D1');
    expect(screen.getByRole('link', { name: 'Feuille de présence (PDF)' }).getAttribute('href')).toBe('/files/documents/D2');
    expect(calls.filter((call) => call.operationName === 'PublishAssemblyReport').map((call) => call.variables)).toEqual([{ assemblyId: ID }, { assemblyId: ID }]);
    expect(screen.queryByRole('button', { name: 'Publier le procès-verbal' })).toBeNull();
  });

  it('hands an upcoming AG to a provider holding assemblies:write only, after the confirmation', async () => {
    const tokens = [
      { __typename: 'ApiToken', id: 'T1', name: 'Lecture seule', scopes: ['ASSEMBLIES_READ'], revokedAt: null, expiresAt: null },
      { __typename: 'ApiToken', id: 'T2', name: 'AG Connect', scopes: ['ASSEMBLIES_WRITE'], revokedAt: null, expiresAt: null },
      { __typename: 'ApiToken', id: 'T3', name: 'Ancien prestataire', scopes: ['ASSEMBLIES_WRITE'], revokedAt: '2020-01-01T00:00:00.000Z', expiresAt: null },
    ];
    const { calls } = render(
      {
        ManagedAssembly: () => {
          const answer = assembly();
          return { data: { ...answer.data, apiTokens: { __typename: 'ApiTokenConnection', nodes: tokens } } };
        },
        HandAssemblyToProvider: () => ({ data: { handAssemblyToProvider: { __typename: 'GeneralAssembly', id: ID, handedToProviderAt: '2099-01-01T09:30:00.000Z' } } }),
      },
      'preparation',
    );
    const user = userEvent.setup();
    const select = await screen.findByLabelText("Prestataire (jeton d'API)");
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['AG Connect']);
    await user.click(screen.getByRole('button', { name: 'Confier au prestataire' }));
    await user.click(within(screen.getByRole('dialog', { name: /^Confier l'assemblée au prestataire.\?$/ })).getByRole('button', { name: 'Confier' }));
    expect(await screen.findByText(/Assemblée confiée au prestataire le/)).toBeTruthy();
    expect(calls.find((call) => call.operationName === 'HandAssemblyToProvider')?.variables).toEqual({ input: { assemblyId: ID, apiTokenId: 'T2' } });
  });
});
