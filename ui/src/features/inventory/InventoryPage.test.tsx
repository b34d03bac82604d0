import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AssetQuery } from '../../bindings';
import { asset } from '../../testing/fixtures';
import { callsOf, mockCommands } from '../../testing/ipc';
import { renderIn } from '../../testing/render';
import { InventoryPage } from './InventoryPage';

const ROWS = [
  asset(),
  asset({
    id: '2',
    tag: 'PC-0002',
    name: 'Poste de Bruno',
    status: 'in_repair',
    warrantyEnd: null,
  }),
];

function matching(args: unknown) {
  const { search } = (args as { query: AssetQuery }).query;
  return search ? ROWS.filter((row) => row.name.includes(search)) : ROWS;
}

function mockAssets() {
  return mockCommands({
    list_assets: (args) => matching(args),
    count_assets: (args) => matching(args).length,
  });
}

describe('InventoryPage', () => {
  it('lists the first page of assets', async () => {
    const calls = mockAssets();
    renderIn('fr', <InventoryPage />);
    const table = await screen.findByTestId('asset-table');
    expect(table.querySelectorAll('tbody tr')).toHaveLength(2);
    expect(screen.getByTestId('asset-count-label').textContent).toBe('2 matériels');
    expect(screen.getByText('En réparation')).toBeTruthy();
    expect(screen.getByText('31 mars 2027')).toBeTruthy();
    expect(screen.getAllByText('Lenovo ThinkPad T14')).toHaveLength(2);
    expect(callsOf(calls, 'list_assets')).toEqual([
      { query: { sort: 'tag', descending: false, offset: 0, limit: 100 } },
    ]);
  });

  it('searches once typing pauses, and counts with plurals', async () => {
    const calls = mockAssets();
    renderIn('en', <InventoryPage />);
    await screen.findByTestId('asset-table');
    const search = screen.getByTestId('asset-search');
    fireEvent.change(search, { target: { value: 'B' } });
    fireEvent.change(search, { target: { value: 'Bruno ' } });

    await waitFor(() =>
      expect(screen.getByTestId('asset-count-label').textContent).toBe('1 asset'),
    );
    expect(
      callsOf(calls, 'list_assets').map((args) => (args as { query: AssetQuery }).query.search),
    ).toEqual([undefined, 'Bruno']);
  });

  it('says when nothing matches', async () => {
    mockAssets();
    renderIn('fr', <InventoryPage />);
    await screen.findByTestId('asset-table');
    fireEvent.change(screen.getByTestId('asset-search'), { target: { value: 'Zoé' } });
    expect(await screen.findByText('Aucun matériel ne correspond à « Zoé ».')).toBeTruthy();
    expect(screen.getByTestId('asset-count-label').textContent).toBe('0 matériel');
  });
});
