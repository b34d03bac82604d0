import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import type { SessionState } from '../bindings';
import { CreateDatabaseScreen } from '../features/unlock/CreateDatabaseScreen';
import { LockLayout } from '../features/unlock/LockLayout';
import { UnlockScreen } from '../features/unlock/UnlockScreen';
import * as ipc from '../ipc';
import { LoadError } from './LoadError';
import { Pending } from './Pending';
import { Shell } from './Shell';
import { useLoad } from './useLoad';

/** Asks the Rust side where the session stands, then shows the matching screen. */
export function App() {
  const start = useLoad(ipc.getSessionState);
  const [session, setSession] = useState<SessionState | null>(null);
  const current = session ?? start.data;

  if (!current) {
    return (
      <LockLayout>
        {start.error ? (
          <>
            <h1 data-testid="page-title">
              <FormattedMessage id="start.failed" />
            </h1>
            <LoadError error={start.error} retry={start.retry} />
          </>
        ) : (
          <Pending id="start.opening" />
        )}
      </LockLayout>
    );
  }

  switch (current.state) {
    case 'ready':
      return <Shell database={current.database} />;
    case 'needs_passphrase':
      return <UnlockScreen path={current.path} reason={current.reason} onOpened={setSession} />;
    case 'needs_new_passphrase':
      return <CreateDatabaseScreen path={current.path} onOpened={setSession} />;
  }
}
