import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiError, renderRoute, type ScriptedResult } from '../../../test/render';
import { MyAssemblyPage } from './MyAssemblyPage';

const ID = 'R2VuZXJhbEFzc2VtYmx5OjE';
const KEY = { __typename: 'AllocationKey', id: 'QWxsb2NhdGlvbktleTox', code: '010', label: 'CHARGES COMMUNES GENERALES' };
const resolution = (id: string, number: string, title: string, majority: string) => ({
  __typename: 'Resolution',
  id,
  number,
  title,
  text: null,
  majority,
  amended: false,
  allocationKey: KEY,
  result: null,
});
const RESOLUTIONS = [resolution('UmVzOjE', '1', 'Approbation des comptes', 'ARTICLE_24'), resolution('UmVzOjI', '2', 'Remplacement de l’interphone', 'ARTICLE_25')];
const participant = (postalVote: unknown) => ({
  __typename: 'AssemblyParticipant',
  id: 'UGFydGljaXBhbnQ6MQ',
  displayName: 'CLIQUOT Mathilde',
  status: postalVote ? 'POSTAL' : 'ABSENT',
  shares: '62.00000',
  postalFormReceivedOn: postalVote ? '2026-12-03' : null,
  postalFormValid: postalVote ? true : null,
  proxyHolderName: null,
  proxyHolder: null,
  arrival: null,
  departure: null,
  postalVote,
});
const RECEIPT = {
  __typename: 'PostalVoteReceipt',
  castAt: '2026-12-03T09:30:00.000Z',
  receivedOn: '2026-12-03',
  choices: [{ __typename: 'PostalVoteEntry', choice: 'NO', resolution: { __typename: 'Resolution', id: 'UmVzOjE', number: '1', title: 'Approbation des comptes' } }],
};

function assembly(isPostalVoteOpen: boolean, isPublished = false) {
  return (): ScriptedResult => ({
    data: {
      node: {
        __typename: 'GeneralAssembly',
        id: ID,
        title: 'Assemblée générale ordinaire 2027',
        kind: 'ORDINARY',
        startsAt: '2099-01-14T16:00:00.000Z',
        place: 'Salle paroissiale',
        postalVoteDeadline: '2099-01-10',
        isPostalVoteOpen,
        reportPublishedAt: isPublished ? '2020-07-20T08:00:00.000Z' : null,
        minutesDocument: isPublished ? { __typename: 'Document', id: 'RG9jOjE', fileName: 'proces-verbal.pdf', downloadUrl: '/files/documents/RG9jOjE' } : null,
        attendanceSheetDocument: null,
        building: { __typename: 'Building', id: 'QnVpbGRpbmc6MQ', code: 'GILBERT', name: 'GILBERT' },
        resolutions: RESOLUTIONS,
        attendance: null,
        viewerParticipant: participant(null),
      },
    },
  });
}

const render = (script: Record<string, (variables: Record<string, unknown>) => ScriptedResult>) =>
  renderRoute(<MyAssemblyPage />, { path: '/copropriete/assemblees/:assemblyId', initialPath: `/copropriete/assemblees/${ID}`, script });

describe('MyAssemblyPage', () => {
  it('shows the agenda with each majority and key, then sends the postal vote only after the confirmation, and shows the receipt the API answered', async () => {
    const { calls } = render({
      MyAssembly: assembly(true),
      CastPostalVote: () => ({ data: { castPostalVote: { __typename: 'PostalVoteReceipt', castAt: RECEIPT.castAt, participant: participant(RECEIPT) } } }),
    });
    const user = userEvent.setup();
    expect(await screen.findByRole('heading', { name: /^Résolution 2\s:\sRemplacement de l’interphone$/, level: 3 })).toBeTruthy();
    expect(screen.getAllByText('Clé 010 – CHARGES COMMUNES GENERALES')).toHaveLength(2);
    expect(screen.getByText('Article 25')).toBeTruthy();
    expect(screen.getByText(/Date limite\s:\sle 10\/01\/2099/)).toBeTruthy();

    const first = screen.getByRole('group', { name: /^Résolution 1\s:\sApprobation des comptes$/ });
    await user.click(within(first).getByRole('radio', { name: 'Contre' }));
    await user.click(screen.getByRole('button', { name: 'Vérifier mon vote' }));
    // Nothing is sent before the confirmation, and question 2, left blank, reads "ne vote pas".
    expect(calls.some((call) => call.operationName === 'CastPostalVote')).toBe(false);
    expect(screen.getByRole('heading', { name: 'Confirmez votre vote' })).toBeTruthy();
    expect(screen.getAllByText('Ne vote pas')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Confirmer et envoyer' }));
    expect(await screen.findByText('Vote par correspondance enregistré')).toBeTruthy();
    expect(calls.find((call) => call.operationName === 'CastPostalVote')?.variables).toEqual({ input: { assemblyId: ID, choices: [{ resolutionId: 'UmVzOjE', choice: 'NO' }] } });
    expect(screen.getByText(/Envoyé en ligne le 3 décembre 2026/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Modifier mon vote' })).toBeTruthy();
  });

  it('says the postal vote closed when the API refuses with POSTAL_VOTE_CLOSED, and sends nothing else', async () => {
    const { calls } = render({ MyAssembly: assembly(true), CastPostalVote: () => ({ errors: [apiError('CONFLICT', { reason: 'POSTAL_VOTE_CLOSED' })] }) });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Vérifier mon vote' }));
    await user.click(screen.getByRole('button', { name: 'Confirmer et envoyer' }));
    expect(await screen.findByText(/Le vote par correspondance est clos/)).toBeTruthy();
    expect(screen.queryByText('Vote par correspondance enregistré')).toBeNull();
    expect(calls.filter((call) => call.operationName === 'CastPostalVote')).toHaveLength(1);
  });

  it('offers no form once the deadline has passed', async () => {
    render({ MyAssembly: assembly(false) });
    expect(await screen.findByText('Vote par correspondance clos')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Vérifier mon vote' })).toBeNull();
  });

  it('answers a forged or foreign id with the not-found message and no agenda', async () => {
    render({ MyAssembly: () => ({ data: { node: null } }) });
    expect(await screen.findByText("Cette assemblée n'existe pas ou ne vous est pas accessible.")).toBeTruthy();
    expect(screen.queryByText('Ordre du jour')).toBeNull();
  });

  it('links the published procès-verbal the co-owner may read', async () => {
    render({ MyAssembly: assembly(false, true) });
    expect((await screen.findByRole('link', { name: 'Procès-verbal (PDF)' })).getAttribute('href')).toBe('/files/documents/RG9jOjE');
    // The attendance sheet is not visible to this co-owner here: no link rather than a broken one.
    expect(screen.queryByRole('link', { name: 'Feuille de présence (PDF)' })).toBeNull();
  });
});
