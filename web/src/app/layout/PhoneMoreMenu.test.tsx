import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../test/render';
import type { SpaceMenuItem } from '../compose-features';
import { PhoneMoreMenu } from './PhoneMoreMenu';

const entry = (path: string, labelId: string): SpaceMenuItem => ({
  path,
  to: `/copropriete/${path}`,
  labelId,
  shortLabelId: labelId,
  icon: 'home',
  order: 0,
  isSpaceHome: false,
});

const REST = [entry('photos', 'photos.nav.mine'), entry('partenaires', 'partners.nav.partners'), entry('fonds-travaux', 'worksFunds.nav.worksFunds')];

function renderMenu(path = '/copropriete') {
  return renderRoute(
    <ul>
      <PhoneMoreMenu entries={REST} />
    </ul>,
    { path: '/copropriete/*', initialPath: path },
  );
}

describe('PhoneMoreMenu', () => {
  it('opens on "Plus" with the entries that do not fit the phone bar, in full words, and closes on Escape with focus back', async () => {
    renderMenu();
    const user = userEvent.setup();
    const button = screen.getByRole('button', { name: 'Plus' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('link', { name: 'Nos partenaires' })).toBeNull();
    await user.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const panel = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(
      within(panel)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Mes photos', '/copropriete/photos'],
      ['Nos partenaires', '/copropriete/partenaires'],
      ['Fonds de travaux', '/copropriete/fonds-travaux'],
    ]);
    await user.keyboard('{Escape}');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
  });

  it('closes once an entry is chosen, and marks "Plus" while the page shown is one of its entries', async () => {
    const { router } = renderMenu();
    const user = userEvent.setup();
    const button = screen.getByRole('button', { name: 'Plus' });
    expect(button.hasAttribute('data-current')).toBe(false);
    await user.click(button);
    await user.click(screen.getByRole('link', { name: 'Nos partenaires' }));
    expect(router.state.location.pathname).toBe('/copropriete/partenaires');
    expect(screen.getByRole('button', { name: 'Plus' }).getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByRole('button', { name: 'Plus' }).hasAttribute('data-current')).toBe(true);
  });
});
