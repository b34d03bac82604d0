import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ready } from '../../testing/fixtures';
import { callsOf, mockCommands } from '../../testing/ipc';
import { renderIn } from '../../testing/render';
import { CreateDatabaseScreen } from './CreateDatabaseScreen';

function fill(passphrase: string, confirm: string) {
  fireEvent.change(screen.getByTestId('passphrase'), { target: { value: passphrase } });
  fireEvent.change(screen.getByTestId('passphrase-confirm'), { target: { value: confirm } });
  fireEvent.click(screen.getByTestId('unlock-submit'));
}

describe('CreateDatabaseScreen', () => {
  it('explains that the passphrase cannot be recovered', () => {
    mockCommands({});
    renderIn('en', <CreateDatabaseScreen path="/data/parc.db" onOpened={vi.fn()} />);
    expect(screen.getByText(/cannot be recovered without it/)).toBeTruthy();
  });

  it('refuses a passphrase shorter than 10 characters', () => {
    const calls = mockCommands({});
    renderIn('fr', <CreateDatabaseScreen path="/data/parc.db" onOpened={vi.fn()} />);
    fill('court', 'court');
    expect(screen.getByTestId('unlock-error').textContent).toBe(
      'La phrase de passe doit contenir au moins 10 caractères.',
    );
    expect(callsOf(calls, 'create_database')).toEqual([]);
  });

  it('refuses a confirmation that differs', () => {
    const calls = mockCommands({});
    renderIn('en', <CreateDatabaseScreen path="/data/parc.db" onOpened={vi.fn()} />);
    fill('correct horse battery', 'correct horse batery');
    expect(screen.getByTestId('unlock-error').textContent).toMatch(/differ/);
    expect(screen.getByTestId('passphrase-confirm').getAttribute('aria-invalid')).toBe('true');
    expect(callsOf(calls, 'create_database')).toEqual([]);
  });

  it('creates the database with the chosen passphrase', async () => {
    const calls = mockCommands({ create_database: () => ready });
    const onOpened = vi.fn();
    renderIn('fr', <CreateDatabaseScreen path="/data/parc.db" onOpened={onOpened} />);
    fill('correct horse battery', 'correct horse battery');
    await vi.waitFor(() => expect(onOpened).toHaveBeenCalledWith(ready));
    expect(callsOf(calls, 'create_database')).toEqual([{ passphrase: 'correct horse battery' }]);
  });

  it('shows what Rust says about a weak passphrase', async () => {
    mockCommands({
      create_database: () => {
        throw { code: 'weak_passphrase', message: 'Phrase de passe trop faible' };
      },
    });
    renderIn('fr', <CreateDatabaseScreen path="/data/parc.db" onOpened={vi.fn()} />);
    fill('aaaaaaaaaa', 'aaaaaaaaaa');
    expect((await screen.findByTestId('unlock-error')).textContent).toBe(
      'Phrase de passe trop faible',
    );
  });
});
