import { describe, expect, it } from 'vitest';
import { callsOf, mockCommands } from '../testing/ipc';
import * as ipc from '.';

describe('toIpcError', () => {
  it('keeps an error from the Rust side', () => {
    const error = { code: 'wrong_key', message: 'Phrase de passe incorrecte' };
    expect(ipc.toIpcError(error)).toEqual(error);
  });

  it('wraps anything else as internal', () => {
    expect(ipc.toIpcError('boom')).toEqual({ code: 'internal', message: 'boom' });
    expect(ipc.toIpcError({ code: 'no_such_code', message: 'x' }).code).toBe('internal');
    expect(ipc.toIpcError(null)).toEqual({ code: 'internal', message: 'null' });
  });
});

describe('commands', () => {
  it('send their arguments under the names Rust expects', async () => {
    const calls = mockCommands({
      create_database: () => ({ state: 'needs_passphrase', path: 'p', reason: 'no_keyring' }),
      unlock: () => ({ state: 'needs_passphrase', path: 'p', reason: 'no_keyring' }),
      list_assets: () => [],
      count_assets: () => 0,
      asset_detail: () => null,
      update_asset: () => null,
      bulk_update_assets: () => 2,
      export_assets_csv: () => '/tmp/parc.csv',
      people: () => [],
      delete_location: () => null,
      global_search: () => [],
    });
    const query = {
      search: 'dell',
      sort: 'tag' as const,
      descending: false,
      offset: 0,
      limit: 100,
    };
    const input = {
      tag: 'PARC-1',
      name: 'PC',
      kind: 'laptop',
      status: null,
      serial: null,
      manufacturer: null,
      model: null,
      locationId: null,
      assigneeId: null,
      supplierId: null,
      purchaseDate: null,
      orderNumber: null,
      purchaseCost: '1 234,56',
      warrantyEnd: null,
      maintenanceContract: null,
      osName: null,
      osVersion: null,
      firmwareVersion: null,
      ipAddress: null,
      macAddress: null,
      notes: null,
    };

    await ipc.createDatabase('correct horse');
    await ipc.unlock('correct horse', true);
    await ipc.setLanguage('en');
    await ipc.listAssets(query);
    await ipc.countAssets(query);
    await ipc.getAssetDetail('a-1');
    await ipc.updateAsset('a-1', input);
    const change = { status: null, locationId: 'l-1', assigneeId: null, unassign: true };
    await ipc.bulkUpdateAssets(['a-1', 'a-2'], change);
    await ipc.exportAssetsCsv(query);
    await ipc.getPeople(null);
    await ipc.getPeople('ali');
    await ipc.deleteLocation('l-1');
    await ipc.globalSearch('dell');

    expect(callsOf(calls, 'create_database')).toEqual([{ passphrase: 'correct horse' }]);
    expect(callsOf(calls, 'unlock')).toEqual([{ passphrase: 'correct horse', remember: true }]);
    expect(callsOf(calls, 'set_language')).toEqual([{ lang: 'en' }]);
    expect(callsOf(calls, 'list_assets')).toEqual([{ query }]);
    expect(callsOf(calls, 'count_assets')).toEqual([{ query }]);
    expect(callsOf(calls, 'asset_detail')).toEqual([{ id: 'a-1' }]);
    expect(callsOf(calls, 'update_asset')).toEqual([{ id: 'a-1', input }]);
    expect(callsOf(calls, 'bulk_update_assets')).toEqual([{ ids: ['a-1', 'a-2'], change }]);
    expect(callsOf(calls, 'export_assets_csv')).toEqual([{ query }]);
    expect(callsOf(calls, 'people')).toEqual([{ search: null }, { search: 'ali' }]);
    expect(callsOf(calls, 'delete_location')).toEqual([{ id: 'l-1' }]);
    expect(callsOf(calls, 'global_search')).toEqual([{ text: 'dell' }]);
  });

  it('send the helpdesk’s arguments under the names Rust expects (camelCase of snake_case)', async () => {
    const calls = mockCommands({
      set_task_done: () => null,
      save_ticket_category: () => 'telephonie',
      ticket_stats: () => null,
      act_on_ticket: () => null,
      list_changes: () => [],
      advance_change: () => null,
      add_followup: () => null,
    });
    await ipc.setTaskDone('t-1', 'e-9', true, null);
    await ipc.saveTicketCategory('Téléphonie', 'Telephony');
    await ipc.getTicketStats('2026-09-28', '2026-11-22');
    await ipc.actOnTicket('t-1', { action: 'close', satisfaction: 5, comment: null });
    await ipc.listChanges(null);
    await ipc.advanceChange('c-1', 'approval');
    await ipc.addFollowup('t-1', { body: 'Vu', private: false });
    expect(calls.map(({ command, args }) => ({ command, args }))).toEqual([
      { command: 'set_task_done', args: { id: 't-1', taskId: 'e-9', done: true, minutes: null } },
      { command: 'save_ticket_category', args: { labelFr: 'Téléphonie', labelEn: 'Telephony' } },
      { command: 'ticket_stats', args: { from: '2026-09-28', to: '2026-11-22' } },
      {
        command: 'act_on_ticket',
        args: { id: 't-1', command: { action: 'close', satisfaction: 5, comment: null } },
      },
      { command: 'list_changes', args: { status: null } },
      { command: 'advance_change', args: { id: 'c-1', to: 'approval' } },
      { command: 'add_followup', args: { id: 't-1', input: { body: 'Vu', private: false } } },
    ]);
  });

  it('reject with an IpcError', async () => {
    mockCommands({
      dashboard: () => {
        throw { code: 'locked', message: 'La base est verrouillée' };
      },
      session_state: () => {
        throw new Error('panic');
      },
    });
    await expect(ipc.getDashboard()).rejects.toEqual({
      code: 'locked',
      message: 'La base est verrouillée',
    });
    await expect(ipc.getSessionState()).rejects.toEqual({
      code: 'internal',
      message: 'Error: panic',
    });
  });
});
