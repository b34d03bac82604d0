import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import * as ipc from '../../ipc';

/**
 * The first step: the system's file chooser, or a path pasted from the file
 * explorer ("Copy as path" quotes it; Rust takes the quotes off).
 */
export function FilePicker({ onPath }: { onPath: (path: string) => Promise<void> }) {
  const intl = useIntl();
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const go = async (chosen: string) => {
    setBusy(true);
    try {
      await onPath(chosen);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="import-step" data-testid="import-choose">
      <p>
        <FormattedMessage id="import.intro" />
      </p>
      <ul className="import-formats">
        <li>
          <FormattedMessage id="import.formats.agents" />
        </li>
        <li>
          <FormattedMessage id="import.formats.tables" />
        </li>
        <li>
          <FormattedMessage id="import.formats.directory" />
        </li>
      </ul>
      <div className="form-actions">
        <button
          type="button"
          className="button button-primary"
          data-testid="import-choose-file"
          disabled={busy}
          onClick={async () => {
            try {
              const chosen = await ipc.chooseImportFile();
              if (chosen) await go(chosen);
            } catch {
              // No chooser on this system: the path field below still works.
            }
          }}
        >
          <FormattedMessage id="import.chooseFile" />
        </button>
      </div>
      <form
        className="import-path"
        onSubmit={(event) => {
          event.preventDefault();
          if (path.trim() !== '') go(path);
        }}
      >
        <label htmlFor="import-path">
          <FormattedMessage id="import.pathLabel" />
        </label>
        <input
          id="import-path"
          data-testid="import-path"
          type="text"
          value={path}
          placeholder={intl.formatMessage({ id: 'import.pathPlaceholder' })}
          onChange={(event) => setPath(event.target.value)}
        />
        <button
          type="submit"
          className="button"
          data-testid="import-inspect"
          disabled={busy || path.trim() === ''}
        >
          <FormattedMessage id="import.inspect" />
        </button>
      </form>
    </section>
  );
}
