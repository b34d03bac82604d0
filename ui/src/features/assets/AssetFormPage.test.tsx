import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Asset, AssetDetail, AssetInput } from '../../bindings';
import { kinds, locations, suppliers } from '../../testing/fixtures';
import { callsOf, mockCommands } from '../../testing/ipc';
import { renderIn } from '../../testing/render';
import { AssetFormPage } from './AssetFormPage';

const ID = '0190f3a2-0000-7000-8000-0000000000aa';

const saved: Asset = {
  id: ID,
  tag: 'PARC-000124',
  name: 'Portable de Chloé',
  kind: 'laptop',
  status: 'deployed',
  serial: 'SN-42',
  manufacturer: 'Dell',
  model: 'Latitude 5440',
  locationId: 'loc-a',
  assigneeId: 'p-1',
  supplierId: 'sup-1',
  purchaseDate: '2026-01-15',
  orderNumber: null,
  purchaseCost: 123456,
  warrantyEnd: '2029-01-15',
  maintenanceContract: null,
  osName: null,
  osVersion: null,
  firmwareVersion: null,
  ipAddress: null,
  macAddress: null,
  notes: null,
  lastAudit: null,
  createdAt: '2026-01-15T09:00:00Z',
  updatedAt: '2026-01-15T09:00:00Z',
};

const detail: AssetDetail = {
  asset: saved,
  locationPath: 'Lyon › Bâtiment A',
  assignee: { id: 'p-1', name: 'Chloé Bernard' },
  supplier: { id: 'sup-1', name: 'Bureau Vallée' },
  assignments: [],
  history: [],
};

function mockForm(extra: Parameters<typeof mockCommands>[0] = {}) {
  return mockCommands({
    asset_kinds: () => kinds,
    location_tree: () => locations,
    suppliers: () => suppliers,
    next_asset_tag: () => 'PARC-000124',
    create_asset: () => saved,
    update_asset: () => saved,
    asset_detail: () => detail,
    ...extra,
  });
}

const field = (name: string) => screen.getByTestId(`field-${name}`) as HTMLInputElement;
const type = (name: string, value: string) => fireEvent.change(field(name), { target: { value } });

describe('AssetFormPage: create', () => {
  it('starts with the next tag, then on the name', async () => {
    mockForm();
    renderIn('fr', <AssetFormPage id={null} duplicateOf={null} />);
    await screen.findByTestId('asset-form');
    expect(field('tag').value).toBe('PARC-000124');
    expect(document.activeElement).toBe(field('name'));
    expect(field('status').value).toBe('in_stock');
  });

  it('shows what is missing next to each field, without calling Rust', async () => {
    const calls = mockForm();
    renderIn('fr', <AssetFormPage id={null} duplicateOf={null} />);
    await screen.findByTestId('asset-form');
    type('tag', '  ');
    fireEvent.click(screen.getByTestId('form-save'));

    expect(screen.getByTestId('error-tag').textContent).toBe('Ce champ est obligatoire.');
    expect(screen.getByTestId('error-name').textContent).toBe('Ce champ est obligatoire.');
    expect(screen.getByTestId('error-kind').textContent).toBe('Ce champ est obligatoire.');
    expect(field('name').getAttribute('aria-invalid')).toBe('true');
    expect(field('name').getAttribute('aria-describedby')).toBe(
      screen.getByTestId('error-name').id,
    );
    expect(document.activeElement).toBe(field('tag'));
    expect(callsOf(calls, 'create_asset')).toEqual([]);
  });

  it('checks that dates are in order and that the cost is an amount of at least zero', async () => {
    const calls = mockForm();
    renderIn('en', <AssetFormPage id={null} duplicateOf={null} />);
    await screen.findByTestId('asset-form');
    type('name', 'Switch');
    fireEvent.change(field('kind'), { target: { value: 'phone' } });
    type('purchaseDate', '2026-05-01');
    type('warrantyEnd', '2026-04-30');
    type('purchaseCost', '-12');
    fireEvent.click(screen.getByTestId('form-save'));
    expect(screen.getByTestId('error-warrantyEnd').textContent).toBe(
      'The warranty must end after the purchase date.',
    );
    expect(screen.getByTestId('error-purchaseCost').textContent).toBe('A cost cannot be negative.');

    type('purchaseCost', 'douze');
    fireEvent.click(screen.getByTestId('form-save'));
    expect(screen.getByTestId('error-purchaseCost').textContent).toMatch(/amount in euros/);
    expect(callsOf(calls, 'create_asset')).toEqual([]);
  });

  it('saves with Enter, sending ISO dates and the cost as typed, then opens the asset', async () => {
    const calls = mockForm();
    renderIn('fr', <AssetFormPage id={null} duplicateOf={null} />);
    await screen.findByTestId('asset-form');
    type('name', '  Portable de Chloé ');
    fireEvent.change(field('kind'), { target: { value: 'laptop' } });
    fireEvent.change(field('locationId'), { target: { value: 'loc-room' } });
    fireEvent.change(field('supplierId'), { target: { value: 'sup-1' } });
    type('purchaseDate', '2026-01-15');
    type('warrantyEnd', '2029-01-15');
    type('purchaseCost', '1 234,56');
    fireEvent.keyDown(field('kind'), { key: 'Enter' });

    await waitFor(() => expect(window.location.hash).toBe(`#/assets/${ID}`));
    const [args] = callsOf(calls, 'create_asset') as Array<{ input: AssetInput }>;
    expect(args?.input).toEqual({
      tag: 'PARC-000124',
      name: 'Portable de Chloé',
      kind: 'laptop',
      status: 'in_stock',
      serial: null,
      manufacturer: null,
      model: null,
      locationId: 'loc-room',
      assigneeId: null,
      supplierId: 'sup-1',
      purchaseDate: '2026-01-15',
      orderNumber: null,
      purchaseCost: '1 234,56',
      warrantyEnd: '2029-01-15',
      maintenanceContract: null,
      osName: null,
      osVersion: null,
      firmwareVersion: null,
      ipAddress: null,
      macAddress: null,
      notes: null,
    });
  });

  it('shows a refusal from Rust at the top of the form', async () => {
    mockForm({
      create_asset: () => {
        throw { code: 'invalid', message: 'Le n° d’inventaire PARC-000124 est déjà pris' };
      },
    });
    renderIn('fr', <AssetFormPage id={null} duplicateOf={null} />);
    await screen.findByTestId('asset-form');
    type('name', 'Écran');
    fireEvent.change(field('kind'), { target: { value: 'phone' } });
    fireEvent.click(screen.getByTestId('form-save'));
    const error = await screen.findByTestId('form-error');
    expect(error.textContent).toBe('Le n° d’inventaire PARC-000124 est déjà pris');
    expect(error.getAttribute('role')).toBe('alert');
    expect((screen.getByTestId('form-save') as HTMLButtonElement).disabled).toBe(false);
  });

  it('cancels with Esc, back to the previous screen', async () => {
    mockForm();
    const back = vi.spyOn(window.history, 'back').mockImplementation(() => {});
    vi.spyOn(window.history, 'length', 'get').mockReturnValue(3);
    renderIn('fr', <AssetFormPage id={null} duplicateOf={null} />);
    await screen.findByTestId('asset-form');
    fireEvent.keyDown(field('name'), { key: 'Escape' });
    expect(back).toHaveBeenCalledTimes(1);
  });

  it('cancels to the inventory when there is no previous screen', async () => {
    mockForm();
    vi.spyOn(window.history, 'length', 'get').mockReturnValue(1);
    renderIn('fr', <AssetFormPage id={null} duplicateOf={null} />);
    await screen.findByTestId('asset-form');
    fireEvent.click(screen.getByTestId('form-cancel'));
    expect(window.location.hash).toBe('#/inventory');
  });

  it('keeps Enter in the notes for a new line', async () => {
    const calls = mockForm();
    renderIn('fr', <AssetFormPage id={null} duplicateOf={null} />);
    await screen.findByTestId('asset-form');
    type('name', 'Écran');
    fireEvent.change(field('kind'), { target: { value: 'phone' } });
    fireEvent.keyDown(field('notes'), { key: 'Enter' });
    expect(callsOf(calls, 'create_asset')).toEqual([]);
    fireEvent.keyDown(field('notes'), { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(callsOf(calls, 'create_asset')).toHaveLength(1));
  });
});

describe('AssetFormPage: edit and duplicate', () => {
  it('edits an asset: the cost in the language, the status change sent', async () => {
    const calls = mockForm();
    renderIn('fr', <AssetFormPage id={ID} duplicateOf={null} />);
    await screen.findByTestId('asset-form');
    expect(field('purchaseCost').value).toBe('1234,56');
    expect(screen.getByTestId('field-assignee').textContent).toBe('Chloé Bernard');
    fireEvent.change(field('status'), { target: { value: 'in_repair' } });
    fireEvent.click(screen.getByTestId('form-save'));
    await waitFor(() => expect(callsOf(calls, 'update_asset')).toHaveLength(1));
    const [args] = callsOf(calls, 'update_asset') as Array<{ id: string; input: AssetInput }>;
    expect(args?.id).toBe(ID);
    expect(args?.input).toMatchObject({
      tag: 'PARC-000124',
      status: 'in_repair',
      assigneeId: 'p-1',
      purchaseCost: '1234,56',
      locationId: 'loc-a',
    });
  });

  it('prefills a twin from duplicate_asset', async () => {
    const calls = mockForm({
      duplicate_asset: () => ({
        ...detail.asset,
        tag: 'PARC-000125',
        serial: null,
        assigneeId: null,
        status: 'in_stock',
        purchaseCost: '899.00',
      }),
    });
    renderIn('en', <AssetFormPage id={null} duplicateOf={ID} />);
    await screen.findByTestId('asset-form');
    expect(screen.getByTestId('page-title').textContent).toBe('Duplicate the asset');
    expect(field('tag').value).toBe('PARC-000125');
    expect(field('name').value).toBe('Portable de Chloé');
    expect(field('serial').value).toBe('');
    expect(field('purchaseCost').value).toBe('899.00');
    expect(callsOf(calls, 'duplicate_asset')).toEqual([{ id: ID }]);
    expect(callsOf(calls, 'next_asset_tag')).toEqual([]);
  });
});
