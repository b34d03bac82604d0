import { type FormEvent, useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { IpcError } from '../../bindings';
import * as ipc from '../../ipc';

/** What asset labels carry besides the tag: the company name. */
export function LabelSettings() {
  const intl = useIntl();
  const [name, setName] = useState('');
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);

  useEffect(() => {
    ipc.getCompanyName().then(
      (company) => setName(company ?? ''),
      (e: unknown) => setError(ipc.toIpcError(e)),
    );
  }, []);

  const save = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setError(null);
    ipc.setCompanyName(name.trim()).then(
      () => setSaved(true),
      (e: unknown) => setError(ipc.toIpcError(e)),
    );
  };

  return (
    <section className="settings-section" data-testid="label-settings">
      <h2>
        <FormattedMessage id="settings.labels" />
      </h2>
      <form className="settings-form" onSubmit={save}>
        <label className="field">
          <span>
            <FormattedMessage id="settings.companyName" />
          </span>
          <input
            type="text"
            data-testid="company-name"
            value={name}
            onChange={(event) => setName(event.target.value)}
            aria-describedby="company-name-help"
          />
          <small id="company-name-help">
            <FormattedMessage id="settings.companyNameHelp" />
          </small>
        </label>
        <button type="submit" className="button" data-testid="company-name-save">
          {intl.formatMessage({ id: 'common.save' })}
        </button>
        {saved && (
          <p role="status" data-testid="company-name-saved">
            <FormattedMessage id="settings.companyNameSaved" />
          </p>
        )}
        {error && (
          <p role="alert" className="form-error" data-testid="company-name-error">
            {error.message}
          </p>
        )}
      </form>
    </section>
  );
}
