import type { InvokeArgs } from '@tauri-apps/api/core';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AssetQuery, AssetRow } from '../../bindings';
import { asset, kinds, locations, person } from '../../testing/fixtures';
import { callsOf, mockCommands } from '../../testing/ipc';
import { layOutTables, scrollTable } from '../../testing/layout';
import { renderIn } from '../../testing/render';
import { InventoryPage } from './InventoryPage';

/** Asset number `i` of a large fleet, made on demand (no 100,000-row array). */
function nth(i: number): AssetRow {
  const n = String(i + 1).padStart(6, '0');
  return asset({ id: `id-${i}`, tag: `PARC-${n}`, name: `Poste ${i + 1}` });
}

const queryOf = (args: InvokeArgs | undefined) => (args as { query: AssetQuery }).query;

/** The Rust side over a fleet of `total` assets, or over `rows` filtered by search. */
function mockFleet({
  total = 3,
  rows,
  count,
  extra = {},
}: {
  total?: number;
  rows?: AssetRow[];
  count?: (args: InvokeArgs | undefined) => unknown;
  extra?: Parameters<typeof mockCommands>[0];
} = {}) {
  const matching = (query: AssetQuery): { length: number; at: (i: number) => AssetRow } => {
    if (rows) {
      const found = query.search ? rows.filter((r) => r.name.includes(query.search ?? '')) : rows;
      return { length: found.length, at: (i) => found[i] as AssetRow };
    }
    return { length: total, at: nth };
  };
  return mockCommands({
    asset_kinds: () => kinds,
    location_tree: () => locations,
    list_assets: (args) => {
      const query = queryOf(args);
      const all = matching(query);
      const end = Math.min(all.length, query.offset + query.limit);
      const page: AssetRow[] = [];
      for (let i = query.offset; i < end; i++) page.push(all.at(i));
      return page;
    },
    count_assets: count ?? ((args) => matching(queryOf(args)).length),
    ...extra,
  });
}

function rowsShown(): HTMLElement[] {
  return screen.queryAllByTestId('asset-row');
}

beforeEach(() => layOutTables());

describe('InventoryPage: rows by page', () => {
  it('shows the rows as soon as list_assets answers, before the count', async () => {
    const calls = mockFleet({ total: 250, count: () => new Promise(() => {}) });
    renderIn('fr', <InventoryPage />);

    await waitFor(() => expect(rowsShown().length).toBeGreaterThan(0));
    expect(screen.getByText('PARC-000001')).toBeTruthy();
    expect(screen.getByTestId('asset-count-label').textContent).toBe('');
    expect(callsOf(calls, 'list_assets')[0]).toEqual({
      query: { sort: 'tag', descending: false, offset: 0, limit: 100 },
    });
    expect(callsOf(calls, 'count_assets')).toEqual([
      { query: { sort: 'tag', descending: false, offset: 0, limit: 0 } },
    ]);
    // The page is asked for first: the count never stands in front of the rows.
    const order = calls.map((call) => call.command).filter((c) => c.endsWith('_assets'));
    expect(order.slice(0, 2)).toEqual(['list_assets', 'count_assets']);
  });

  it('asks for the pages under the rows in view, by offset, and keeps them', async () => {
    const calls = mockFleet({ total: 100_000 });
    renderIn('en', <InventoryPage />);
    await waitFor(() =>
      expect(screen.getByTestId('asset-count-label').textContent).toBe('100,000 assets'),
    );
    const offsets = () => callsOf(calls, 'list_assets').map((args) => queryOf(args).offset);
    expect(offsets()).toEqual([0]);

    // Row 50,000 is at 50,000 × 33 px: its page (offset 49,900) and the next one load.
    scrollTable(50_000 * 33);
    await waitFor(() => expect(screen.getByText('PARC-050001')).toBeTruthy());
    expect(offsets()).toEqual([0, 49_900, 50_000]);
    expect(screen.getByTestId('asset-table').getAttribute('aria-rowcount')).toBe('100001');

    // Back at the top: the first page is still there, nothing is asked again.
    scrollTable(0);
    await waitFor(() => expect(screen.getByText('PARC-000001')).toBeTruthy());
    expect(offsets()).toEqual([0, 49_900, 50_000]);
    for (const args of callsOf(calls, 'list_assets')) expect(queryOf(args).limit).toBe(100);
  });

  it('starts a new search at its first row, wherever the list was', async () => {
    const calls = mockFleet({ total: 100_000 });
    renderIn('fr', <InventoryPage />);
    await waitFor(() => expect(rowsShown().length).toBeGreaterThan(0));
    scrollTable(70_000 * 33);
    await waitFor(() => expect(screen.getByText('PARC-070001')).toBeTruthy());

    fireEvent.change(screen.getByTestId('asset-search'), { target: { value: 'Poste' } });
    await waitFor(() => expect(screen.getByTestId('asset-table-scroll').scrollTop).toBe(0));
    await waitFor(() => expect(screen.getByText('PARC-000001')).toBeTruthy());
    const searched = callsOf(calls, 'list_assets')
      .map(queryOf)
      .filter((query) => query.search === 'Poste');
    expect(searched.map((query) => query.offset)).toEqual([0]);
  });

  it('shows the kind labels, statuses, dates and plural count in the language', async () => {
    mockFleet({
      rows: [
        asset(),
        asset({
          id: '2',
          tag: 'PC-0002',
          name: 'Poste de Bruno',
          status: 'in_repair',
          warrantyEnd: null,
        }),
      ],
    });
    renderIn('fr', <InventoryPage />);
    await waitFor(() => expect(rowsShown()).toHaveLength(2));
    await waitFor(() =>
      expect(screen.getByTestId('asset-count-label').textContent).toBe('2 matériels'),
    );
    const table = within(screen.getByTestId('asset-table'));
    expect(table.getByText('En réparation')).toBeTruthy();
    expect(table.getByText('31 mars 2027')).toBeTruthy();
    expect(table.getAllByText('Ordinateur portable')).toHaveLength(2);
  });
});

describe('InventoryPage: query', () => {
  it('sorts by a header, ascending then descending', async () => {
    const calls = mockFleet();
    renderIn('fr', <InventoryPage />);
    await waitFor(() => expect(rowsShown()).toHaveLength(3));

    fireEvent.click(screen.getByTestId('sort-name'));
    await waitFor(() => expect(queryOf(callsOf(calls, 'list_assets').at(-1)).sort).toBe('name'));
    expect(queryOf(callsOf(calls, 'list_assets').at(-1)).descending).toBe(false);
    expect(screen.getByTestId('sort-name').closest('th')?.getAttribute('aria-sort')).toBe(
      'ascending',
    );

    fireEvent.click(screen.getByTestId('sort-name'));
    await waitFor(() =>
      expect(queryOf(callsOf(calls, 'list_assets').at(-1)).descending).toBe(true),
    );
    expect(queryOf(callsOf(calls, 'count_assets').at(-1))).toMatchObject({
      sort: 'name',
      descending: true,
    });

    fireEvent.click(screen.getByTestId('sort-warranty_end'));
    await waitFor(() =>
      expect(queryOf(callsOf(calls, 'list_assets').at(-1))).toMatchObject({
        sort: 'warranty_end',
        descending: false,
        offset: 0,
      }),
    );
  });

  it('sends each filter under the name Rust expects', async () => {
    const calls = mockFleet({
      extra: { people: () => [person('p-1', 'Alice', 'Martin', 2)] },
    });
    renderIn('fr', <InventoryPage />);
    await waitFor(() => expect(rowsShown()).toHaveLength(3));

    fireEvent.change(screen.getByTestId('filter-kind'), { target: { value: 'phone' } });
    fireEvent.change(screen.getByTestId('filter-status'), { target: { value: 'in_repair' } });
    await waitFor(() =>
      expect(screen.getByTestId('filter-location').textContent).toContain('Lyon'),
    );
    fireEvent.change(screen.getByTestId('filter-location'), { target: { value: 'loc-a' } });
    fireEvent.change(screen.getByTestId('filter-warranty'), { target: { value: 'ending_soon' } });

    fireEvent.click(screen.getByTestId('filter-assignee'));
    fireEvent.change(await screen.findByTestId('filter-assignee-search'), {
      target: { value: 'ali' },
    });
    fireEvent.click(await screen.findByTestId('filter-assignee-option'));

    await waitFor(() =>
      expect(queryOf(callsOf(calls, 'list_assets').at(-1))).toEqual({
        kind: 'phone',
        status: 'in_repair',
        locationId: 'loc-a',
        warranty: 'ending_soon',
        assigneeId: 'p-1',
        sort: 'tag',
        descending: false,
        offset: 0,
        limit: 100,
      }),
    );
    expect(callsOf(calls, 'people')).toContainEqual({ search: 'ali' });
    expect(screen.getByTestId('filter-assignee').textContent).toBe('Alice Martin');

    fireEvent.click(screen.getByTestId('filters-clear'));
    await waitFor(() =>
      expect(queryOf(callsOf(calls, 'list_assets').at(-1))).toEqual({
        sort: 'tag',
        descending: false,
        offset: 0,
        limit: 100,
      }),
    );
  });

  it('searches once typing pauses, and says when nothing matches', async () => {
    const calls = mockFleet({
      rows: [asset(), asset({ id: '2', tag: 'PC-0002', name: 'Poste de Bruno' })],
    });
    renderIn('en', <InventoryPage />);
    await waitFor(() => expect(rowsShown()).toHaveLength(2));
    const search = screen.getByTestId('asset-search');
    fireEvent.change(search, { target: { value: 'B' } });
    fireEvent.change(search, { target: { value: 'Bruno ' } });

    await waitFor(() =>
      expect(screen.getByTestId('asset-count-label').textContent).toBe('1 asset'),
    );
    expect(rowsShown()).toHaveLength(1);
    expect(callsOf(calls, 'list_assets').map((args) => queryOf(args).search)).toEqual([
      undefined,
      'Bruno',
    ]);

    fireEvent.change(search, { target: { value: 'Zoé' } });
    expect(await screen.findByText('No asset matches this search or these filters.')).toBeTruthy();
    expect(screen.getByTestId('asset-count-label').textContent).toBe('0 assets');
  });

  it('remembers the chosen columns', async () => {
    mockFleet();
    const { unmount } = renderIn('fr', <InventoryPage />);
    await waitFor(() => expect(rowsShown()).toHaveLength(3));
    expect(screen.getByTestId('sort-serial')).toBeTruthy();
    expect(screen.queryByTestId('sort-purchase_cost')).toBeNull();

    fireEvent.click(screen.getByTestId('columns-button'));
    fireEvent.click(await screen.findByTestId('column-serial'));
    fireEvent.click(screen.getByTestId('column-purchase_cost'));
    expect(screen.queryByTestId('sort-serial')).toBeNull();
    expect(screen.getByTestId('sort-purchase_cost')).toBeTruthy();
    unmount();

    renderIn('fr', <InventoryPage />);
    await waitFor(() => expect(rowsShown()).toHaveLength(3));
    expect(screen.queryByTestId('sort-serial')).toBeNull();
    expect(screen.getAllByText('1 299,00 €')).toHaveLength(3);
  });
});

describe('InventoryPage: selection and export', () => {
  it('changes the status of the selected assets, then reloads', async () => {
    const calls = mockFleet({ extra: { bulk_update_assets: () => 2 } });
    renderIn('fr', <InventoryPage />);
    await waitFor(() => expect(rowsShown()).toHaveLength(3));

    const [first, , third] = rowsShown();
    fireEvent.click(within(first as HTMLElement).getByTestId('row-select'));
    fireEvent.click(within(third as HTMLElement).getByTestId('row-select'));
    expect(screen.getByTestId('bulk-count').textContent).toBe('2 sélectionnés');
    const loads = callsOf(calls, 'list_assets').length;

    fireEvent.change(screen.getByTestId('bulk-status'), { target: { value: 'in_repair' } });
    fireEvent.click(screen.getByTestId('bulk-apply'));

    expect((await screen.findByTestId('bulk-result')).textContent).toBe('2 matériels modifiés.');
    expect(callsOf(calls, 'bulk_update_assets')).toEqual([
      {
        ids: ['id-0', 'id-2'],
        change: { status: 'in_repair', locationId: null, assigneeId: null, unassign: false },
      },
    ]);
    await waitFor(() => expect(callsOf(calls, 'list_assets').length).toBeGreaterThan(loads));
    expect(screen.queryByTestId('bulk-bar')).toBeNull();
  });

  it('selects the visible rows and takes them back', async () => {
    const calls = mockFleet({ total: 500, extra: { bulk_update_assets: () => 20 } });
    renderIn('en', <InventoryPage />);
    await waitFor(() => expect(rowsShown().length).toBeGreaterThan(20));

    fireEvent.click(screen.getByTestId('select-visible'));
    // 693 px of box, 33 of them for the header: rows 1 to 20 are in view.
    expect(screen.getByTestId('bulk-count').textContent).toBe('20 selected');

    fireEvent.click(screen.getByTestId('bulk-unassign'));
    fireEvent.click(screen.getByTestId('bulk-apply'));
    await screen.findByTestId('bulk-result');
    const [args] = callsOf(calls, 'bulk_update_assets');
    expect(args).toEqual({
      ids: Array.from({ length: 20 }, (_, i) => `id-${i}`),
      change: { status: null, locationId: null, assigneeId: null, unassign: true },
    });
  });

  it('shows the error of a refused bulk change in the bar', async () => {
    mockFleet({
      extra: {
        bulk_update_assets: () => {
          throw { code: 'invalid', message: 'Un matériel réformé ne peut pas être attribué' };
        },
      },
    });
    renderIn('fr', <InventoryPage />);
    await waitFor(() => expect(rowsShown()).toHaveLength(3));
    fireEvent.click(within(rowsShown()[0] as HTMLElement).getByTestId('row-select'));
    fireEvent.change(screen.getByTestId('bulk-location'), { target: { value: 'loc-paris' } });
    fireEvent.click(screen.getByTestId('bulk-apply'));
    expect((await screen.findByTestId('bulk-error')).textContent).toBe(
      'Un matériel réformé ne peut pas être attribué',
    );
  });

  it('exports the current query and shows where the file went', async () => {
    const calls = mockFleet({
      extra: { export_assets_csv: () => '/home/alice/Téléchargements/parc-inventaire.csv' },
    });
    renderIn('fr', <InventoryPage />);
    await waitFor(() => expect(rowsShown()).toHaveLength(3));
    fireEvent.change(screen.getByTestId('filter-status'), { target: { value: 'deployed' } });
    fireEvent.click(screen.getByTestId('sort-location'));

    await act(async () => {
      fireEvent.click(screen.getByTestId('export-button'));
    });
    expect((await screen.findByTestId('export-path')).textContent).toBe(
      '/home/alice/Téléchargements/parc-inventaire.csv',
    );
    expect(callsOf(calls, 'export_assets_csv')).toEqual([
      {
        query: { status: 'deployed', sort: 'location', descending: false, offset: 0, limit: 0 },
      },
    ]);
  });

  it('prints labels for the selected assets', async () => {
    const calls = mockFleet({
      extra: { company_name: () => null, print_labels: () => '/tmp/parc-etiquettes.pdf' },
    });
    renderIn('fr', <InventoryPage />);
    await waitFor(() => expect(rowsShown()).toHaveLength(3));
    fireEvent.click(within(rowsShown()[1] as HTMLElement).getByTestId('row-select'));
    fireEvent.click(screen.getByTestId('labels'));
    const dialog = await screen.findByTestId('labels-dialog');
    expect(
      within(dialog).getByText('1 matériel sélectionné : une étiquette par matériel.'),
    ).toBeTruthy();
    fireEvent.click(within(dialog).getByTestId('labels-confirm'));
    expect((await screen.findByTestId('labels-path')).textContent).toBe('/tmp/parc-etiquettes.pdf');
    expect(callsOf(calls, 'print_labels')).toEqual([
      {
        request: {
          assetIds: ['id-1'],
          locationId: null,
          unlabelled: false,
          sheet: 'l7651',
          offset: 0,
        },
      },
    ]);
  });

  it('prints labels for the place filtered on when nothing is selected', async () => {
    const calls = mockFleet({
      extra: { company_name: () => null, print_labels: () => '/tmp/parc-etiquettes.pdf' },
    });
    renderIn('fr', <InventoryPage />);
    await waitFor(() => expect(rowsShown()).toHaveLength(3));
    fireEvent.change(screen.getByTestId('filter-location'), { target: { value: 'loc-a' } });
    fireEvent.click(screen.getByTestId('labels'));
    const dialog = await screen.findByTestId('labels-dialog');
    expect(within(dialog).getByText(/matériel de « Bâtiment A »/)).toBeTruthy();
    fireEvent.click(within(dialog).getByTestId('labels-confirm'));
    await screen.findByTestId('labels-path');
    expect(callsOf(calls, 'print_labels')).toEqual([
      {
        request: {
          assetIds: [],
          locationId: 'loc-a',
          unlabelled: false,
          sheet: 'l7651',
          offset: 0,
        },
      },
    ]);
  });
});
