import { type FormEvent, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { SessionState } from '../../bindings';
import * as ipc from '../../ipc';
import { FORM_ERROR_ID, FormError } from './FormError';
import { LockLayout } from './LockLayout';

/** The shortest passphrase accepted, in characters; the Rust side enforces it too. */
const MIN_PASSPHRASE_LENGTH = 10;

type Props = { path: string; onOpened: (session: SessionState) => void };

type Problem = { field: 'passphrase' | 'confirm'; message: string };

/** Creates the database when no OS keyring can hold its key: the passphrase is the key. */
export function CreateDatabaseScreen({ path, onOpened }: Props) {
  const intl = useIntl();
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [pending, setPending] = useState(false);

  function check(): Problem | null {
    if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) {
      const message = intl.formatMessage({ id: 'create.tooShort' }, { min: MIN_PASSPHRASE_LENGTH });
      return { field: 'passphrase', message };
    }
    if (confirm !== passphrase) {
      return { field: 'confirm', message: intl.formatMessage({ id: 'create.mismatch' }) };
    }
    return null;
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = check();
    setProblem(found);
    if (found) return;
    setPending(true);
    try {
      onOpened(await ipc.createDatabase(passphrase));
    } catch (failure) {
      setProblem({ field: 'passphrase', message: ipc.toIpcError(failure).message });
      setPending(false);
    }
  }

  const invalid = (field: Problem['field']) => problem?.field === field;

  return (
    <LockLayout path={path}>
      <h1 data-testid="page-title">
        <FormattedMessage id="create.title" />
      </h1>
      <p>
        <FormattedMessage id="create.intro" />
      </p>
      <form className="form" data-testid="unlock-form" onSubmit={submit}>
        <label className="field">
          <span>
            <FormattedMessage id="create.passphrase" values={{ min: MIN_PASSPHRASE_LENGTH }} />
          </span>
          <input
            type="password"
            data-testid="passphrase"
            autoComplete="new-password"
            // biome-ignore lint/a11y/noAutofocus: the only thing to do on this screen is to choose a passphrase.
            autoFocus
            value={passphrase}
            onChange={(event) => setPassphrase(event.target.value)}
            aria-invalid={invalid('passphrase')}
            aria-describedby={invalid('passphrase') ? FORM_ERROR_ID : undefined}
          />
        </label>
        <label className="field">
          <span>
            <FormattedMessage id="create.confirm" />
          </span>
          <input
            type="password"
            data-testid="passphrase-confirm"
            autoComplete="new-password"
            value={confirm}
            onChange={(event) => setConfirm(event.target.value)}
            aria-invalid={invalid('confirm')}
            aria-describedby={invalid('confirm') ? FORM_ERROR_ID : undefined}
          />
        </label>
        <FormError message={problem?.message ?? null} />
        <button
          type="submit"
          className="button button-primary"
          data-testid="unlock-submit"
          disabled={pending}
        >
          <FormattedMessage id="create.submit" />
        </button>
      </form>
    </LockLayout>
  );
}
