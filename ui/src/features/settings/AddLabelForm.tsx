import { type FormEvent, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import type { IpcError } from '../../bindings';
import type { MessageId } from '../../i18n/fr';
import * as ipc from '../../ipc';

/**
 * Adds a named thing of the user's own (an asset kind, a ticket category)
 * by its French and English labels; `save` answers the label to confirm
 * with, in the user's language. The form empties once saved.
 */
export function AddLabelForm({
  testId,
  submitLabel,
  addedLabel,
  save,
  onAdded,
}: {
  testId: string;
  submitLabel: MessageId;
  addedLabel: MessageId;
  save: (labelFr: string, labelEn: string) => Promise<string>;
  onAdded: () => void;
}) {
  const [labelFr, setLabelFr] = useState('');
  const [labelEn, setLabelEn] = useState('');
  const [added, setAdded] = useState<string | null>(null);
  const [error, setError] = useState<IpcError | null>(null);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    setAdded(null);
    setError(null);
    try {
      setAdded(await save(labelFr, labelEn));
      setLabelFr('');
      setLabelEn('');
      onAdded();
    } catch (failure) {
      setError(ipc.toIpcError(failure));
    }
  };

  return (
    <>
      <form className="settings-form form-grid" onSubmit={add}>
        <label className="field">
          <span>
            <FormattedMessage id="settings.kindLabelFr" />
          </span>
          <input
            type="text"
            data-testid={`${testId}-label-fr`}
            required
            value={labelFr}
            onChange={(event) => setLabelFr(event.target.value)}
          />
        </label>
        <label className="field">
          <span>
            <FormattedMessage id="settings.kindLabelEn" />
          </span>
          <input
            type="text"
            data-testid={`${testId}-label-en`}
            value={labelEn}
            onChange={(event) => setLabelEn(event.target.value)}
          />
        </label>
        <button type="submit" className="button" data-testid={`${testId}-add`}>
          <FormattedMessage id={submitLabel} />
        </button>
      </form>
      {added && (
        <p role="status" data-testid={`${testId}-added`}>
          <FormattedMessage id={addedLabel} values={{ label: added }} />
        </p>
      )}
      {error && (
        <p role="alert" className="form-error">
          {error.message}
        </p>
      )}
    </>
  );
}
