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
const assembly = () => ({
  data: {
    node: {
      __typename: 'GeneralAssembly',
      id: ID,
      title: 'AG de test',
      kind: 'ORDINARY',
      startsAt: '2099-01-14T16:00:00.000Z',
      place: null,
      postalVoteDeadline: '2099-01-10',
      reportPublishedAt: null,
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
    script: { ManagedAssembly: assembly, ...script },
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
});
