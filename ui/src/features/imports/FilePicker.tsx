import { useEffect, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import * as ipc from '../../ipc';

/**
 * The first step: the system's file chooser, a file dropped on the window
 * from the file explorer, or a path pasted from it ("Copy as path" quotes it;
 * Rust takes the quotes off). The wizard reads one file at a time: several
 * dropped together are refused with a word rather than all but one ignored.
 */
export function FilePicker({ onPath }: { onPath: (path: string) => Promise<void> }) {
  const intl = useIntl();
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const [hovering, setHovering] = useState(false);
  const [tooMany, setTooMany] = useState(false);
  const go = async (chosen: string) => {
    setBusy(true);
    try {
      await onPath(chosen);
    } finally {
      setBusy(false);
    }
  };
  // The listener outlives renders: it calls the latest `go`.
  const goRef = useRef(go);
  goRef.current = go;
  useEffect(() => {
    let stop: (() => void) | null = null;
    let gone = false;
    ipc
      .onFilesDropped((paths) => {
        const [only, ...others] = paths;
        setTooMany(others.length > 0);
        if (only !== undefined && others.length === 0) goRef.current(only);
      }, setHovering)
      .then((unlisten) => {
        if (gone) unlisten();
        else stop = unlisten;
      });
    return () => {
      gone = true;
      stop?.();
    };
  }, []);
  return (
    <section
      className={hovering ? 'import-step import-drop-over' : 'import-step'}
      data-testid="import-choose"
    >
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
        <span className="muted">
          <FormattedMessage id="import.dropHint" />
        </span>
      </div>
      {tooMany && (
        <p className="notice notice-error" role="alert" data-testid="import-drop-too-many">
          <FormattedMessage id="import.dropOne" />
        </p>
      )}
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
