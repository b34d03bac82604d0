import { useEffect, useState } from 'react';
import type { ImportProgress } from '../../bindings';
import * as ipc from '../../ipc';

/** How often the progress bar asks how far the import has gone, in milliseconds. */
export const PROGRESS_EVERY_MS = 200;

const IDLE: ImportProgress = { running: false, done: 0, total: null };

/**
 * The progress of the import under way, asked of Rust a few times a second
 * while `active`: the import holds the database, the counters do not.
 */
export function useImportProgress(active: boolean): ImportProgress {
  const [progress, setProgress] = useState<ImportProgress>(IDLE);
  useEffect(() => {
    if (!active) {
      setProgress(IDLE);
      return;
    }
    let live = true;
    const ask = () => {
      ipc.importProgress().then(
        (p) => {
          if (live) setProgress(p);
        },
        () => undefined,
      );
    };
    ask();
    const timer = window.setInterval(ask, PROGRESS_EVERY_MS);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, [active]);
  return progress;
}
