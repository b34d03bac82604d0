import { useIntl } from 'react-intl';
import type { AssetStatus } from '../../bindings';

/** The statuses in the order forms and filters offer them. */
export const STATUSES: readonly AssetStatus[] = [
  'in_stock',
  'deployed',
  'in_repair',
  'retired',
  'lost',
];

/** A status as a coloured dot and its label; the colour is never the only cue. */
export function StatusBadge({ status, testId }: { status: AssetStatus; testId?: string }) {
  const intl = useIntl();
  return (
    <span className={`status status-${status}`} data-testid={testId} data-status={status}>
      {intl.formatMessage({ id: `status.${status}` })}
    </span>
  );
}
