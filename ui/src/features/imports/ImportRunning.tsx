import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useFormat } from '../../i18n/useFormat';
import * as ipc from '../../ipc';
import { useImportProgress } from './useImportProgress';

/**
 * The import under way: a progress bar with the lines done out of how many,
 * and a cancel button (everything is rolled back: nothing is written).
 */
export function ImportRunning({ dryRun }: { dryRun: boolean }) {
  const intl = useIntl();
  const format = useFormat();
  const progress = useImportProgress(true);
  const [cancelling, setCancelling] = useState(false);
  const total = progress.total;
  return (
    <section className="import-running" data-testid="import-running" aria-live="polite">
      <p>
        <FormattedMessage id={dryRun ? 'import.trying' : 'import.importing'} />
      </p>
      <progress
        className="import-progress"
        data-testid="import-progress"
        aria-label={intl.formatMessage({ id: 'import.progressLabel' })}
        max={total ?? undefined}
        value={total === null ? undefined : Math.min(progress.done, total)}
      />
      <p className="import-count" data-testid="import-count">
        {total === null ? (
          <FormattedMessage id="import.doneCount" values={{ done: format.number(progress.done) }} />
        ) : (
          <FormattedMessage
            id="import.doneOf"
            values={{ done: format.number(progress.done), total: format.number(total) }}
          />
        )}
      </p>
      <button
        type="button"
        className="button"
        data-testid="import-cancel"
        disabled={cancelling}
        onClick={() => {
          setCancelling(true);
          ipc.cancelImport().catch(() => setCancelling(false));
        }}
      >
        <FormattedMessage id={cancelling ? 'import.cancelling' : 'import.cancel'} />
      </button>
    </section>
  );
}
