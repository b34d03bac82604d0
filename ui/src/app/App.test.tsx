import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SessionState } from '../bindings';
import { dashboard, ready } from '../testing/fixtures';
import { callsOf, mockCommands } from '../testing/ipc';
import { renderIn } from '../testing/render';
import { App } from './App';

const PATH = '/home/alice/.local/share/fr.parc.app/parc.db';

function start(session: SessionState) {
  return mockCommands({ session_state: () => session, dashboard: () => dashboard });
}

describe('App start', () => {
  it('shows the main shell when the session is ready', async () => {
    start(ready);
    renderIn('fr', <App />);
    expect(await screen.findByTestId('dashboard')).toBeTruthy();
    expect(screen.getByTestId('nav-dashboard').textContent).toBe('Tableau de bord');
    expect(screen.queryByTestId('unlock-form')).toBeNull();
  });

  it('asks for the passphrase of an existing database', async () => {
    start({ state: 'needs_passphrase', path: PATH, reason: 'not_in_keyring' });
    renderIn('fr', <App />);
    expect(await screen.findByTestId('unlock-form')).toBeTruthy();
    expect(screen.getByTestId('page-title').textContent).toBe('Déverrouiller Parc');
    expect(screen.queryByTestId('passphrase-confirm')).toBeNull();
    expect(screen.getByLabelText('Se souvenir sur cet ordinateur')).toBeTruthy();
    expect(screen.getByText(PATH)).toBeTruthy();
  });

  it('hides "remember" when there is no keyring', async () => {
    start({ state: 'needs_passphrase', path: PATH, reason: 'no_keyring' });
    renderIn('en', <App />);
    await screen.findByTestId('unlock-form');
    expect(screen.queryByLabelText('Remember on this computer')).toBeNull();
  });

  it('offers to create the database when there is none', async () => {
    start({ state: 'needs_new_passphrase', path: PATH });
    renderIn('fr', <App />);
    expect(await screen.findByTestId('unlock-form')).toBeTruthy();
    expect(screen.getByTestId('page-title').textContent).toBe('Créez votre base chiffrée');
    expect(screen.getByTestId('passphrase-confirm')).toBeTruthy();
  });

  it('opens the shell once unlocked', async () => {
    const calls = mockCommands({
      session_state: () => ({ state: 'needs_passphrase', path: PATH, reason: 'no_keyring' }),
      unlock: () => ready,
      dashboard: () => dashboard,
    });
    renderIn('fr', <App />);
    fireEvent.change(await screen.findByTestId('passphrase'), {
      target: { value: 'correct horse battery' },
    });
    fireEvent.click(screen.getByTestId('unlock-submit'));
    expect(await screen.findByTestId('dashboard')).toBeTruthy();
    expect(callsOf(calls, 'unlock')).toEqual([
      { passphrase: 'correct horse battery', remember: false },
    ]);
  });

  it('says why the database cannot open, and retries', async () => {
    let attempts = 0;
    mockCommands({
      session_state: () => {
        attempts += 1;
        if (attempts === 1)
          throw { code: 'newer_schema', message: 'Base créée par une version plus récente' };
        return ready;
      },
      dashboard: () => dashboard,
    });
    renderIn('fr', <App />);
    expect(await screen.findByText('Base créée par une version plus récente')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByTestId('dashboard')).toBeTruthy();
  });

  it('tells Rust the language before asking for the session', async () => {
    const calls = start(ready);
    renderIn('en', <App />);
    await screen.findByTestId('dashboard');
    expect(calls[0]).toEqual({ command: 'set_language', args: { lang: 'en' } });
    expect(calls[1]?.command).toBe('session_state');
  });
});
