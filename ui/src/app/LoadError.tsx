import { FormattedMessage } from 'react-intl';
import type { IpcError } from '../bindings';

/** A failed load: the message from the Rust side and a way to try again. */
export function LoadError({ error, retry }: { error: IpcError; retry: () => void }) {
  return (
    <div className="notice notice-error" role="alert">
      <p>{error.message}</p>
      <button type="button" className="button" onClick={retry}>
        <FormattedMessage id="common.retry" />
      </button>
    </div>
  );
}
