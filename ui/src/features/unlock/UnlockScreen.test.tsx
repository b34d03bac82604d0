import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ready } from '../../testing/fixtures';
import { callsOf, mockCommands } from '../../testing/ipc';
import { renderIn } from '../../testing/render';
import { UnlockScreen } from './UnlockScreen';

const PATH = '/data/parc.db';

function typePassphrase(value: string) {
  fireEvent.change(screen.getByTestId('passphrase'), { target: { value } });
}

describe('UnlockScreen', () => {
  it('shows the message of a wrong_key rejection under the field', async () => {
    mockCommands({
      unlock: () => {
        throw { code: 'wrong_key', message: 'Phrase de passe incorrecte : vérifiez la saisie' };
      },
    });
    const onOpened = vi.fn();
    renderIn('fr', <UnlockScreen path={PATH} reason="not_in_keyring" onOpened={onOpened} />);

    typePassphrase('not the right one');
    fireEvent.click(screen.getByTestId('unlock-submit'));

    const error = await screen.findByTestId('unlock-error');
    expect(error.textContent).toBe('Phrase de passe incorrecte : vérifiez la saisie');
    const input = screen.getByTestId('passphrase');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe(error.id);
    expect(onOpened).not.toHaveBeenCalled();
  });

  it('sends "remember" when ticked and hands over the new session', async () => {
    const calls = mockCommands({ unlock: () => ready });
    const onOpened = vi.fn();
    renderIn('en', <UnlockScreen path={PATH} reason="not_in_keyring" onOpened={onOpened} />);

    typePassphrase('correct horse battery');
    fireEvent.click(screen.getByLabelText('Remember on this computer'));
    fireEvent.click(screen.getByTestId('unlock-submit'));

    await vi.waitFor(() => expect(onOpened).toHaveBeenCalledWith(ready));
    expect(callsOf(calls, 'unlock')).toEqual([
      { passphrase: 'correct horse battery', remember: true },
    ]);
  });

  it('explains when the keyring key no longer opens the database', () => {
    mockCommands({});
    renderIn('en', <UnlockScreen path={PATH} reason="keyring_key_rejected" onOpened={vi.fn()} />);
    expect(screen.getByText(/no longer matches this database/)).toBeTruthy();
  });
});
