import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';

/** The centred panel shown before the database is open. */
export function LockLayout({ path, children }: { path?: string; children: ReactNode }) {
  return (
    <main className="lock">
      <div className="lock-panel">
        <p className="brand">Parc</p>
        {children}
        {path && (
          <p className="lock-path">
            <FormattedMessage id="database.path" values={{ path: <code>{path}</code> }} />
          </p>
        )}
      </div>
    </main>
  );
}
