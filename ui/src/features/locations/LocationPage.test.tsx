import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AssetQuery } from '../../bindings';
import { asset, kinds, locations } from '../../testing/fixtures';
import { callsOf, mockCommands } from '../../testing/ipc';
import { layOutTables } from '../../testing/layout';
import { renderIn } from '../../testing/render';
import { LocationFormPage } from './LocationFormPage';
import { LocationPage } from './LocationPage';
import { LocationsPage } from './LocationsPage';

beforeEach(() => layOutTables());

describe('locations', () => {
  it('lists the tree, indented, with the assets under each', async () => {
    mockCommands({ location_tree: () => locations });
    renderIn('fr', <LocationsPage />);
    const rows = await screen.findAllByTestId('location-row');
    expect(rows.map((row) => row.textContent)).toEqual([
      'LyonSite12',
      'Bâtiment ABâtiment10',
      'Salle serveurSalle4',
      'ParisSite3',
    ]);
  });

  it('shows the assets here and below, by locationId', async () => {
    const calls = mockCommands({
      location_tree: () => locations,
      asset_kinds: () => kinds,
      list_assets: () => [asset()],
      count_assets: () => 1,
    });
    renderIn('fr', <LocationPage id="loc-a" />);
    // The title reads the kind of record while it loads, then its name.
    await waitFor(() => expect(screen.getByTestId('page-title').textContent).toBe('Bâtiment A'));
    expect(screen.getByText('Lyon › Bâtiment A')).toBeTruthy();
    await waitFor(() => expect(screen.getAllByTestId('asset-row')).toHaveLength(1));
    const [args] = callsOf(calls, 'list_assets') as Array<{ query: AssetQuery }>;
    expect(args?.query).toEqual({
      locationId: 'loc-a',
      sort: 'tag',
      descending: false,
      offset: 0,
      limit: 100,
    });
  });

  it('says why a location still in use cannot be deleted', async () => {
    mockCommands({
      location_tree: () => locations,
      asset_kinds: () => kinds,
      list_assets: () => [],
      count_assets: () => 0,
      delete_location: () => {
        throw { code: 'invalid', message: 'Cet emplacement contient encore 10 matériels' };
      },
    });
    renderIn('fr', <LocationPage id="loc-a" />);
    fireEvent.click(await screen.findByTestId('delete-button'));
    fireEvent.click(await screen.findByTestId('confirm-action'));
    expect((await screen.findByTestId('delete-error')).textContent).toBe(
      'Cet emplacement contient encore 10 matériels',
    );
    expect(window.location.hash).toBe('');
  });

  it('creates a building inside the site it was opened from', async () => {
    const calls = mockCommands({
      location_tree: () => locations,
      save_location: () => ({ ...locations[1]?.location, id: 'loc-new' }),
    });
    renderIn('fr', <LocationFormPage id={null} parentId="loc-lyon" />);
    const name = await screen.findByTestId('field-name');
    expect((screen.getByTestId('field-kind') as HTMLSelectElement).value).toBe('building');
    expect((screen.getByTestId('field-parentId') as HTMLSelectElement).value).toBe('loc-lyon');
    fireEvent.change(name, { target: { value: 'Bâtiment B' } });
    fireEvent.keyDown(name, { key: 'Enter' });
    await waitFor(() => expect(window.location.hash).toBe('#/locations/loc-new'));
    expect(callsOf(calls, 'save_location')).toEqual([
      {
        input: {
          id: null,
          kind: 'building',
          name: 'Bâtiment B',
          parentId: 'loc-lyon',
          address: null,
          notes: null,
        },
      },
    ]);
  });
});
