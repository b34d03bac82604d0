import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AssetDetail } from '../../bindings';
import { kinds, locations, suppliers, ticketRow } from '../../testing/fixtures';
import { callsOf, mockCommands } from '../../testing/ipc';
import { renderIn } from '../../testing/render';
import { AssetPage } from './AssetPage';

const ID = '0190f3a2-0000-7000-8000-0000000000aa';

const detail: AssetDetail = {
  asset: {
    id: ID,
    tag: 'PARC-000124',
    name: 'Portable de Chloé',
    kind: 'laptop',
    status: 'in_repair',
    serial: 'SN-42',
    manufacturer: 'Dell',
    model: 'Latitude 5440',
    locationId: 'loc-room',
    assigneeId: 'p-1',
    supplierId: 'sup-1',
    purchaseDate: '2026-01-15',
    orderNumber: 'CMD-9',
    purchaseCost: 123456,
    warrantyEnd: '2029-01-15',
    maintenanceContract: null,
    osName: 'Windows',
    osVersion: '11',
    firmwareVersion: null,
    ipAddress: null,
    macAddress: null,
    notes: 'Écran rayé',
    lastAudit: null,
    createdAt: '2026-01-15T09:00:00Z',
    updatedAt: '2026-03-02T14:30:00Z',
  },
  locationPath: 'Lyon › Bâtiment A › Salle serveur',
  assignee: { id: 'p-1', name: 'Chloé Bernard' },
  supplier: { id: 'sup-1', name: 'Bureau Vallée' },
  assignments: [
    { at: '2026-01-16T08:00:00Z', actor: 'admin', person: { id: 'p-1', name: 'Chloé Bernard' } },
  ],
  history: [
    {
      id: 'h-1',
      entity: 'asset',
      entityId: ID,
      at: '2026-01-15T09:00:00Z',
      actor: 'admin',
      action: 'created',
      changes: [{ field: 'tag', old: null, new: 'PARC-000124' }],
    },
    {
      id: 'h-2',
      entity: 'asset',
      entityId: ID,
      at: '2026-03-02T14:30:00Z',
      actor: 'marc',
      action: 'updated',
      changes: [
        { field: 'status', old: 'deployed', new: 'in_repair' },
        { field: 'location_id', old: 'loc-paris', new: 'loc-room' },
        { field: 'purchase_cost', old: null, new: '1234.56' },
        { field: 'warranty_end', old: '2028-01-15', new: '2029-01-15' },
      ],
    },
  ],
};

function mockAsset(extra: Parameters<typeof mockCommands>[0] = {}) {
  return mockCommands({
    asset_detail: () => detail,
    asset_kinds: () => kinds,
    location_tree: () => locations,
    suppliers: () => suppliers,
    list_tickets: () => [],
    ...extra,
  });
}

describe('AssetPage', () => {
  it('shows every field as the language writes it, with links', async () => {
    mockAsset();
    renderIn('fr', <AssetPage id={ID} />);
    expect((await screen.findByTestId('asset-tag')).textContent).toBe('PARC-000124');
    expect(screen.getByTestId('page-title').textContent).toBe('Portable de Chloé');
    const status = screen.getByTestId('asset-status');
    expect(status.textContent).toBe('En réparation');
    expect(status.className).toContain('status-in_repair');
    expect(screen.getByTestId('asset-cost').textContent).toBe('1\u202f234,56\u00a0€');
    expect(screen.getAllByText('15 janv. 2029').length).toBeGreaterThan(0);
    expect(screen.getByText('Ordinateur portable')).toBeTruthy();
    expect(screen.getByTestId('asset-location').getAttribute('href')).toBe('#/locations/loc-room');
    expect(screen.getByTestId('asset-location').textContent).toBe(
      'Lyon › Bâtiment A › Salle serveur',
    );
    expect(screen.getByTestId('asset-assignee').getAttribute('href')).toBe('#/people/p-1');
    expect(screen.getByTestId('asset-supplier').getAttribute('href')).toBe('#/suppliers/sup-1');
    expect(screen.getAllByTestId('assignment')).toHaveLength(1);
    expect(screen.getByText('Aucun ticket n’est lié à ce matériel pour l’instant.')).toBeTruthy();
    expect(screen.getByTestId('edit-button').getAttribute('href')).toBe(`#/assets/${ID}/edit`);
    expect(screen.getByTestId('duplicate-button').getAttribute('href')).toBe(
      `#/assets/new?duplicate=${ID}`,
    );
  });

  it('lists the asset’s tickets and opens a new one with the asset linked', async () => {
    const calls = mockAsset({
      list_tickets: () => [
        ticketRow({ id: 't-7', number: 7, title: 'Écran qui clignote', status: 'solved' }),
      ],
    });
    renderIn('fr', <AssetPage id={ID} />);
    const row = await screen.findByTestId('asset-ticket');
    expect(row.textContent).toContain('#7');
    expect(row.textContent).toContain('Écran qui clignote');
    expect(row.textContent).toContain('Résolu');
    expect(within(row).getByText('#7').getAttribute('href')).toBe('#/tickets/t-7');
    expect(screen.getByTestId('open-ticket').textContent).toBe('Ouvrir un ticket');
    expect(screen.getByTestId('open-ticket').getAttribute('href')).toBe(
      `#/tickets/new?asset=${ID}`,
    );
    expect(callsOf(calls, 'list_tickets')).toEqual([
      {
        query: {
          view: 'all',
          search: null,
          priority: null,
          category: null,
          kind: null,
          requesterId: null,
          assetId: ID,
          sort: 'opened',
          descending: true,
          offset: 0,
          limit: 50,
        },
      },
    ]);
  });

  it('writes the history newest first, each field old → new in words', async () => {
    mockAsset();
    renderIn('en', <AssetPage id={ID} />);
    await screen.findByTestId('asset-tag');
    const [latest, creation] = screen.getAllByTestId('history-entry');
    expect(latest?.getAttribute('data-action')).toBe('updated');
    const lines = within(latest as HTMLElement)
      .getAllByRole('listitem')
      .map((line) => line.textContent);
    expect(lines).toEqual([
      'Status: Deployed → In repair',
      'Location: Paris → Salle serveur',
      'Purchase cost: (empty) → €1,234.56',
      'Warranty end: 15 Jan 2028 → 15 Jan 2029',
    ]);
    expect(latest?.textContent).toContain('by marc');
    expect(within(creation as HTMLElement).getByText('Created')).toBeTruthy();
  });

  it('goes back to the inventory once the asset is deleted', async () => {
    const calls = mockAsset({ delete_asset: () => 'deleted' });
    renderIn('fr', <AssetPage id={ID} />);
    fireEvent.click(await screen.findByTestId('delete-button'));
    fireEvent.click(await screen.findByTestId('confirm-action'));
    await waitFor(() => expect(window.location.hash).toBe('#/inventory'));
    expect(callsOf(calls, 'delete_asset')).toEqual([{ id: ID }]);
  });

  it('says when the asset was retired rather than erased, and stays', async () => {
    mockAsset({ delete_asset: () => 'retired' });
    renderIn('fr', <AssetPage id={ID} />);
    fireEvent.click(await screen.findByTestId('delete-button'));
    expect(screen.getByTestId('confirm-dialog').textContent).toContain('Supprimer PARC-000124 ?');
    fireEvent.click(screen.getByTestId('confirm-action'));
    expect((await screen.findByTestId('asset-notice')).textContent).toBe(
      'Ce matériel a été réformé, pas effacé, car il a un historique.',
    );
    expect(window.location.hash).toBe('');
  });
});
