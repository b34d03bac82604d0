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
    });
    const query = {
      search: 'dell',
      sort: 'tag' as const,
      descending: false,
      offset: 0,
      limit: 100,
    };

    await ipc.createDatabase('correct horse');
    await ipc.unlock('correct horse', true);
    await ipc.setLanguage('en');
    await ipc.listAssets(query);

    expect(callsOf(calls, 'create_database')).toEqual([{ passphrase: 'correct horse' }]);
    expect(callsOf(calls, 'unlock')).toEqual([{ passphrase: 'correct horse', remember: true }]);
    expect(callsOf(calls, 'set_language')).toEqual([{ lang: 'en' }]);
    expect(callsOf(calls, 'list_assets')).toEqual([{ query }]);
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
