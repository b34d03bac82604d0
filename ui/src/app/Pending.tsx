import { FormattedMessage } from 'react-intl';
import type { MessageId } from '../i18n/fr';

/** A loading line that only fades in after a short delay, so quick answers show no flash. */
export function Pending({ id = 'common.loading' }: { id?: MessageId }) {
  return (
    <p className="pending" role="status">
      <FormattedMessage id={id} />
    </p>
  );
}
