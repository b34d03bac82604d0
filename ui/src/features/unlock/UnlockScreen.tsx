import { type FormEvent, useRef, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import type { PassphraseReason, SessionState } from '../../bindings';
import * as ipc from '../../ipc';
import { FORM_ERROR_ID, FormError } from './FormError';
import { LockLayout } from './LockLayout';

type Props = {
  path: string;
  reason: PassphraseReason;
  onOpened: (session: SessionState) => void;
};

/** Opens an existing database with its passphrase. */
export function UnlockScreen({ path, reason, onOpened }: Props) {
  const [passphrase, setPassphrase] = useState('');
  const [remember, setRemember] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const canRemember = reason !== 'no_keyring';

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    try {
      onOpened(await ipc.unlock(passphrase, canRemember && remember));
    } catch (failure) {
      setError(ipc.toIpcError(failure).message);
      setPending(false);
      input.current?.select();
    }
  }

  return (
    <LockLayout path={path}>
      <h1 data-testid="page-title">
        <FormattedMessage id="unlock.title" />
      </h1>
      <p>
        <FormattedMessage id="unlock.intro" />
      </p>
      {reason === 'keyring_key_rejected' && (
        <p className="notice">
          <FormattedMessage id="unlock.keyringRejected" />
        </p>
      )}
      <form className="form" data-testid="unlock-form" onSubmit={submit}>
        <label className="field">
          <span>
            <FormattedMessage id="unlock.passphrase" />
          </span>
          <input
            ref={input}
            type="password"
            data-testid="passphrase"
            autoComplete="current-password"
            // biome-ignore lint/a11y/noAutofocus: the only thing to do on this screen is to type the passphrase.
            autoFocus
            value={passphrase}
            onChange={(event) => setPassphrase(event.target.value)}
            aria-invalid={error !== null}
            aria-describedby={error ? FORM_ERROR_ID : undefined}
          />
        </label>
        <FormError message={error} />
        {canRemember && (
          <label className="check">
            <input
              type="checkbox"
              checked={remember}
              onChange={(event) => setRemember(event.target.checked)}
            />
            <FormattedMessage id="unlock.remember" />
          </label>
        )}
        <button
          type="submit"
          className="button button-primary"
          data-testid="unlock-submit"
          disabled={pending || passphrase === ''}
        >
          <FormattedMessage id="unlock.submit" />
        </button>
      </form>
    </LockLayout>
  );
}
