import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useLoad } from '../../app/useLoad';
import type { IpcError } from '../../bindings';
import * as ipc from '../../ipc';
import { AddLabelForm } from './AddLabelForm';

/** The inventory's own settings: the pattern of new asset tags and the kinds of assets. */
export function InventorySettings() {
  return (
    <section className="settings-section" data-testid="inventory-settings">
      <h2>
        <FormattedMessage id="settings.inventory" />
      </h2>
      <TagPatternSetting />
      <KindsSetting />
    </section>
  );
}

function TagPatternSetting() {
  const intl = useIntl();
  const [pattern, setPattern] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<IpcError | null>(null);

  useEffect(() => {
    ipc.getTagPattern().then(setPattern, (e: unknown) => setError(ipc.toIpcError(e)));
  }, []);

  const save = (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    setError(null);
    ipc.setTagPattern(pattern).then(setSaved, (e: unknown) => setError(ipc.toIpcError(e)));
  };

  return (
    <form className="settings-form" onSubmit={save}>
      <label className="field">
        <span>
          <FormattedMessage id="settings.tagPattern" />
        </span>
        <input
          type="text"
          data-testid="tag-pattern"
          value={pattern}
          onChange={(event) => setPattern(event.target.value)}
          aria-describedby="tag-pattern-help"
        />
        <small id="tag-pattern-help">
          <FormattedMessage id="settings.tagPatternHelp" />
        </small>
      </label>
      <button type="submit" className="button" data-testid="tag-pattern-save">
        {intl.formatMessage({ id: 'common.save' })}
      </button>
      {saved && (
        <p role="status" data-testid="tag-pattern-saved">
          <FormattedMessage id="settings.tagPatternSaved" values={{ next: saved }} />
        </p>
      )}
      {error && (
        <p role="alert" className="form-error" data-testid="tag-pattern-error">
          {error.message}
        </p>
      )}
    </form>
  );
}

function KindsSetting() {
  const intl = useIntl();
  const { data: kinds, retry } = useLoad(useCallback(() => ipc.getAssetKinds(), []));
  const english = intl.locale.startsWith('en');
  const label = (kind: { labelFr: string; labelEn: string }) =>
    english ? kind.labelEn : kind.labelFr;
  const sorted = [...(kinds ?? [])].sort((a, b) => label(a).localeCompare(label(b), intl.locale));
  return (
    <div className="settings-kinds">
      <h3>
        <FormattedMessage id="settings.kinds" />
      </h3>
      <ul className="kind-chips" data-testid="kind-list">
        {sorted.map((kind) => (
          <li key={kind.code} className={kind.builtin ? undefined : 'kind-own'}>
            {label(kind)}{' '}
            <small>
              <FormattedMessage id={kind.builtin ? 'settings.kindBuiltin' : 'settings.kindOwn'} />
            </small>
          </li>
        ))}
      </ul>
      <AddLabelForm
        testId="kind"
        submitLabel="settings.addKind"
        addedLabel="settings.kindAdded"
        save={async (labelFr, labelEn) => label(await ipc.saveAssetKind('', labelFr, labelEn))}
        onAdded={retry}
      />
    </div>
  );
}
