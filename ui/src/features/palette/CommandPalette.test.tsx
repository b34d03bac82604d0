import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Shell } from '../../app/Shell';
import type { SearchHit } from '../../bindings';
import { dashboard, database } from '../../testing/fixtures';
import { callsOf, mockCommands } from '../../testing/ipc';
import { renderIn } from '../../testing/render';

const HITS: SearchHit[] = [
  { kind: 'supplier', id: 'sup-1', title: 'Dell France', subtitle: null },
  { kind: 'asset', id: 'a-1', title: 'PARC-000042 · Portable Dell', subtitle: 'Latitude' },
  { kind: 'person', id: 'p-1', title: 'Delphine Roux', subtitle: 'delphine@exemple.fr' },
  { kind: 'asset', id: 'a-2', title: 'PARC-000043 · Écran Dell', subtitle: null },
  { kind: 'location', id: 'loc-1', title: 'Delta', subtitle: 'Lyon › Delta' },
];

function openPalette() {
  fireEvent.keyDown(window, { key: 'k', ctrlKey: true });
}

describe('CommandPalette', () => {
  it('opens with Ctrl+K and groups the results by kind', async () => {
    const calls = mockCommands({ dashboard: () => dashboard, global_search: () => HITS });
    renderIn('fr', <Shell database={database} />);
    openPalette();
    const input = await screen.findByTestId('palette-input');
    expect(document.activeElement).toBe(input);
    fireEvent.change(input, { target: { value: 'del' } });

    await waitFor(() => expect(screen.getAllByTestId('palette-hit')).toHaveLength(5));
    expect(callsOf(calls, 'global_search')).toEqual([{ text: 'del' }]);
    const palette = screen.getByTestId('palette');
    const headings = [...palette.querySelectorAll('[cmdk-group-heading]')].map(
      (h) => h.textContent,
    );
    expect(headings).toEqual(['Matériels', 'Personnes', 'Emplacements', 'Fournisseurs']);
    expect(
      screen.getAllByTestId('palette-hit').map((hit) => hit.getAttribute('data-kind')),
    ).toEqual(['asset', 'asset', 'person', 'location', 'supplier']);
  });

  it('moves with the arrows and opens the record with Enter', async () => {
    mockCommands({ dashboard: () => dashboard, global_search: () => HITS });
    renderIn('en', <Shell database={database} />);
    openPalette();
    const input = await screen.findByTestId('palette-input');
    fireEvent.change(input, { target: { value: 'del' } });
    await waitFor(() => expect(screen.getAllByTestId('palette-hit')).toHaveLength(5));
    const selected = () =>
      screen
        .getAllByTestId('palette-hit')
        .findIndex((hit) => hit.getAttribute('aria-selected') === 'true');
    expect(selected()).toBe(0);

    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(selected()).toBe(2);
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'Enter' });

    await waitFor(() => expect(window.location.hash).toBe('#/people/p-1'));
    expect(screen.queryByTestId('palette')).toBeNull();
  });

  it('says when nothing matches, and closes with Esc', async () => {
    mockCommands({ dashboard: () => dashboard, global_search: () => [] });
    renderIn('fr', <Shell database={database} />);
    fireEvent.click(screen.getByTestId('palette-open'));
    const input = await screen.findByTestId('palette-input');
    fireEvent.change(input, { target: { value: 'zzz' } });
    expect((await screen.findByTestId('palette-empty')).textContent).toBe(
      'Rien ne correspond à « zzz ».',
    );
    fireEvent.keyDown(input, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByTestId('palette')).toBeNull());
  });
});
