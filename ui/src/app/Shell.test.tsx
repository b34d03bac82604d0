import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { dashboard, database } from '../testing/fixtures';
import { callsOf, mockCommands } from '../testing/ipc';
import { renderIn } from '../testing/render';
import { Shell } from './Shell';

const FRENCH = [
  'Tableau de bord',
  'Inventaire',
  'Emplacements',
  'Personnes',
  'Fournisseurs',
  'Inventaire sur site',
  'Tickets',
  'Licences',
  'Maintenance',
  'Rapports',
  'Paramètres',
];
const ENGLISH = [
  'Dashboard',
  'Inventory',
  'Locations',
  'People',
  'Suppliers',
  'On-site audit',
  'Tickets',
  'Licences',
  'Maintenance',
  'Reports',
  'Settings',
];

function sidebarLabels(): string[] {
  const nav = screen.getByRole('navigation');
  return within(nav)
    .getAllByRole('link')
    .map((link) => link.textContent ?? '');
}

describe('Shell', () => {
  it('lists the sections in order', () => {
    mockCommands({ dashboard: () => dashboard });
    renderIn('fr', <Shell database={database} />);
    expect(sidebarLabels()).toEqual(FRENCH);
    expect(screen.getByTestId('nav-dashboard').getAttribute('aria-current')).toBe('page');
  });

  it('nests the directories under the inventory, and marks where an asset belongs', async () => {
    mockCommands({
      dashboard: () => dashboard,
      asset_detail: () => new Promise(() => {}),
      asset_kinds: () => [],
      location_tree: () => [],
      suppliers: () => [],
    });
    renderIn('en', <Shell database={database} />);
    const people = screen.getByTestId('nav-people');
    expect(people.closest('ul')?.closest('li')?.querySelector('a')).toBe(
      screen.getByTestId('nav-inventory'),
    );
    expect(people.getAttribute('href')).toBe('#/people');
    act(() => {
      window.location.hash = '#/assets/a-1';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await waitFor(() =>
      expect(screen.getByTestId('nav-inventory').getAttribute('aria-current')).toBe('page'),
    );
    expect(screen.getByTestId('nav-dashboard').getAttribute('aria-current')).toBeNull();
  });

  it('shows an honest placeholder for later sections', async () => {
    mockCommands({ dashboard: () => dashboard });
    renderIn('fr', <Shell database={database} />);
    fireEvent.click(screen.getByTestId('nav-licences'));
    await waitFor(() => expect(screen.getByTestId('page-title').textContent).toBe('Licences'));
    expect(window.location.hash).toBe('#/licences');
    expect(screen.getByText(/Arrive bientôt/)).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByTestId('page-title'));
  });

  it('switches the language from French to English', async () => {
    const calls = mockCommands({ dashboard: () => dashboard });
    window.location.hash = '#/settings';
    renderIn('fr', <Shell database={database} />);
    expect(screen.getByTestId('page-title').textContent).toBe('Paramètres');
    expect(screen.getByText('Phrase de passe')).toBeTruthy();

    fireEvent.change(screen.getByTestId('language-select'), { target: { value: 'en' } });

    expect(sidebarLabels()).toEqual(ENGLISH);
    expect(screen.getByTestId('page-title').textContent).toBe('Settings');
    expect(screen.getByText('Passphrase')).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('parc.lang')).toBe('en');
    expect(callsOf(calls, 'set_language')).toEqual([{ lang: 'fr' }, { lang: 'en' }]);
  });
});
