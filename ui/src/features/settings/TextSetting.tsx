import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { IpcError } from '../../bindings';
import type { MessageId } from '../../i18n/fr';
import * as ipc from '../../ipc';

/**
 * One setting typed as text: read when shown, saved on submit, then what Rust
 * answered (`saved`) or its error. The test ids derive from `testId`
 * (`-save`, `-saved`, `-error`, `-help`). `load` and `save` should be stable
 * (module-level functions): the value is read again when `load` changes.
 */
export function TextSetting<T>({
  testId,
  label,
  help,
  load,
  save,
  saved,
}: {
  testId: string;
  label: MessageId;
  help: MessageId;
  load: () => Promise<string>;
  save: (value: string) => Promise<T>;
  saved: (answer: T) => ReactNode;
}) {
  const intl = useIntl();
  const [value, setValue] = useState('');
  const [answer, setAnswer] = useState<{ value: T } | null>(null);
  const [error, setError] = useState<IpcError | null>(null);

  useEffect(() => {
    load().then(setValue, (e: unknown) => setError(ipc.toIpcError(e)));
  }, [load]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAnswer(null);
    setError(null);
    save(value).then(
      (result) => setAnswer({ value: result }),
      (e: unknown) => setError(ipc.toIpcError(e)),
    );
  };

  return (
    <form className="settings-form" onSubmit={submit}>
      <label className="field">
        <span>
          <FormattedMessage id={label} />
        </span>
        <input
          type="text"
          data-testid={testId}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          aria-describedby={`${testId}-help`}
        />
        <small id={`${testId}-help`}>
          <FormattedMessage id={help} />
        </small>
      </label>
      <button type="submit" className="button" data-testid={`${testId}-save`}>
        {intl.formatMessage({ id: 'common.save' })}
      </button>
      {answer && (
        <p role="status" data-testid={`${testId}-saved`}>
          {saved(answer.value)}
        </p>
      )}
      {error && (
        <p role="alert" className="form-error" data-testid={`${testId}-error`}>
          {error.message}
        </p>
      )}
    </form>
  );
}
