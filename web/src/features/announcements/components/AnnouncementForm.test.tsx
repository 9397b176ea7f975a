import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { apiError, renderRoute, type Script } from '../../../test/render';
import { AnnouncementForm } from './AnnouncementForm';
import { parseFrenchDate } from './dates';

const BUILDINGS = { buildings: { __typename: 'BuildingConnection', nodes: [{ __typename: 'Building', id: 'QnVpbGRpbmc6MQ', code: 'GILBERT', name: 'GILBERT' }] } };
const PUBLISHED = {
  publishAnnouncement: {
    __typename: 'Announcement',
    id: 'QW5ub3VuY2VtZW50OjE',
    title: 'Ascenseur',
    body: 'Maintenance mardi.',
    audience: 'COOWNERS',
    publishOn: '2026-12-24',
    building: { __typename: 'Building', id: 'QnVpbGRpbmc6MQ', code: 'GILBERT' },
  },
};

function renderForm(script: Script = {}, onPublished = vi.fn()) {
  return renderRoute(<AnnouncementForm onPublished={onPublished} />, {
    path: '/gestion/informations',
    script: { AnnouncementBuildings: () => ({ data: BUILDINGS }), PublishAnnouncement: () => ({ data: PUBLISHED }), ...script },
  });
}

describe('AnnouncementForm', () => {
  it('refuses an empty title and text and a malformed date before asking the server, focusing the title', async () => {
    const { calls } = renderForm();
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Date de publication'), '31/02/2026');
    await user.click(screen.getByRole('button', { name: 'Publier' }));
    const title = screen.getByLabelText('Titre');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Texte').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Saisissez une date au format jj/mm/aaaa.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(title));
    expect(calls.map((call) => call.operationName)).toEqual(['AnnouncementBuildings']);
  });

  it('sends the audience, the building and the date as the API reads them', async () => {
    const onPublished = vi.fn();
    const { calls } = renderForm({}, onPublished);
    const user = userEvent.setup();
    await screen.findByRole('option', { name: 'GILBERT – GILBERT' });
    await user.type(screen.getByLabelText('Titre'), 'Ascenseur');
    await user.type(screen.getByLabelText('Texte'), 'Maintenance mardi.');
    await user.selectOptions(screen.getByLabelText('Destinataires'), 'COOWNERS');
    await user.selectOptions(screen.getByLabelText('Immeuble'), 'QnVpbGRpbmc6MQ');
    await user.type(screen.getByLabelText('Date de publication'), '24/12/2026');
    await user.click(screen.getByRole('button', { name: 'Publier' }));
    expect(await screen.findByText('Information publiée.')).toBeTruthy();
    expect(calls.at(-1)?.variables).toEqual({
      input: { title: 'Ascenseur', body: 'Maintenance mardi.', audience: 'COOWNERS', buildingId: 'QnVpbGRpbmc6MQ', publishOn: '2026-12-24' },
    });
    expect(onPublished).toHaveBeenCalled();
  });

  it("shows the API's refusal on the field it names", async () => {
    renderForm({ PublishAnnouncement: () => ({ errors: [apiError('BAD_USER_INPUT', { field: 'body', reason: 'TEXT_TOO_LONG' })] }) });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Titre'), 'Ascenseur');
    await user.type(screen.getByLabelText('Texte'), 'Très long.');
    await user.click(screen.getByRole('button', { name: 'Publier' }));
    await waitFor(() => expect(screen.getByLabelText('Texte').getAttribute('aria-invalid')).toBe('true'));
  });
});

describe('parseFrenchDate', () => {
  it('reads jj/mm/aaaa and refuses days that do not exist', () => {
    expect(parseFrenchDate('24/12/2026')).toBe('2026-12-24');
    expect(parseFrenchDate('1.3.2027')).toBe('2027-03-01');
    expect(parseFrenchDate('29/02/2027')).toBeNull();
    expect(parseFrenchDate('2026-12-24')).toBeNull();
  });
});
