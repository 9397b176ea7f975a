import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../../test/render';
import { MyPhotosPage } from './MyPhotosPage';

/** A thumbnail's button by its caption (French typography puts a no-break space before the colon). */
const thumbnail = (caption: string) => new RegExp(`^Agrandir la photo\\s:\\s${caption}$`);

const GILBERT = { __typename: 'Building', id: 'QnVpbGRpbmc6MQ', code: 'GILBERT', name: 'Résidence Gilbert' };

function photo(n: number) {
  return {
    __typename: 'Photo',
    id: `photo-${n}`,
    caption: `Façade ${n}`,
    thumbnailUrl: `/files/photos/photo-${n}/thumbnail`,
    thumbnailWidth: 320,
    thumbnailHeight: 240,
    url: `/files/photos/photo-${n}`,
    width: 1280,
    height: 960,
    takenOn: null,
    building: GILBERT,
  };
}

/** 130 photos read 100 at a time, as the API pages them. */
function gallery(variables: Record<string, unknown>) {
  const start = variables.after === 'c100' ? 100 : 0;
  const end = Math.min(start + Number(variables.first), 130);
  const edges = Array.from({ length: end - start }, (_, i) => ({ __typename: 'PhotoEdge', node: photo(start + i + 1) }));
  return {
    data: {
      viewer: {
        __typename: 'Viewer',
        identifier: 'denise',
        photos: {
          __typename: 'PhotoConnection',
          totalCount: 130,
          edges,
          pageInfo: { __typename: 'PageInfo', hasNextPage: end < 130, endCursor: `c${end}` },
        },
      },
    },
  };
}

describe('Mes photos', () => {
  it('shows the first 100 photos, then the next ones under "Afficher plus", without repeating any', async () => {
    const { calls } = renderRoute(<MyPhotosPage />, { path: '/photos', script: { MyPhotos: gallery } });
    expect(await screen.findByRole('button', { name: thumbnail('Façade 100') })).toBeTruthy();
    expect(screen.queryByRole('button', { name: thumbnail('Façade 101') })).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('100 photos affichées sur 130');

    await userEvent.click(screen.getByRole('button', { name: 'Afficher plus' }));
    expect(await screen.findByRole('button', { name: thumbnail('Façade 130') })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: thumbnail('Façade \\d+') })).toHaveLength(130);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Afficher plus' })).toBeNull());
    expect(calls.map((call) => call.variables.after ?? null)).toEqual([null, 'c100']);
  });

  it('shows no paging under a gallery that fits one page', async () => {
    const small = (variables: Record<string, unknown>) => {
      const answer = gallery({ ...variables, first: 3 });
      answer.data.viewer.photos.totalCount = 3;
      answer.data.viewer.photos.pageInfo.hasNextPage = false;
      return answer;
    };
    renderRoute(<MyPhotosPage />, { path: '/photos', script: { MyPhotos: small } });
    expect(await screen.findByRole('button', { name: thumbnail('Façade 3') })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Afficher plus' })).toBeNull();
  });
});
