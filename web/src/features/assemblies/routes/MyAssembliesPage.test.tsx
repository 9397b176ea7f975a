import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, renderRoute } from '../../../test/render';
import { MyAssembliesPage } from './MyAssembliesPage';

const assembly = (id: string, title: string, startsAt: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'GeneralAssembly',
  id,
  title,
  kind: 'ORDINARY',
  startsAt,
  place: 'Salle paroissiale',
  isPostalVoteOpen: false,
  reportPublishedAt: null,
  building: { __typename: 'Building', id: 'QnVpbGRpbmc6MQ', code: 'GILBERT', name: 'GILBERT' },
  ...extra,
});

describe('MyAssembliesPage', () => {
  it('puts the AGs to come first, soonest first, and the past ones after, with what the co-owner can do', async () => {
    renderRoute(<MyAssembliesPage />, {
      path: '/copropriete/assemblees',
      script: {
        MyAssemblies: () => ({
          data: {
            generalAssemblies: {
              __typename: 'GeneralAssemblyConnection',
              nodes: [
                assembly('QTI', 'AG 2099', '2099-06-01T16:00:00.000Z'),
                assembly('QTE', 'AG 2098', '2098-06-01T16:00:00.000Z', { isPostalVoteOpen: true }),
                assembly('QTA', 'AG 2020', '2020-07-13T08:00:00.000Z', { reportPublishedAt: '2020-07-20T08:00:00.000Z' }),
              ],
            },
          },
        }),
      },
    });
    const links = await screen.findAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['AG 2098Vote par correspondance ouvert', 'AG 2099', 'AG 2020Procès-verbal publié']);
    expect(links[0].getAttribute('href')).toBe('/copropriete/assemblees/QTE');
  });

  it('shows the refusal and no AG when the API answers FORBIDDEN', async () => {
    renderRoute(<MyAssembliesPage />, {
      path: '/copropriete/assemblees',
      script: { MyAssemblies: () => ({ data: null, errors: [apiError('FORBIDDEN', { action: 'assembly.list' })] }) },
    });
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.queryByRole('link')).toBeNull();
  });
});
