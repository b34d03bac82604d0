import { useIntl } from 'react-intl';
import type { ChangeStatus } from '../../bindings';

/** The statuses in the order of a change's life; refused and cancelled end it early. */
export const CHANGE_STATUSES: readonly ChangeStatus[] = [
  'new',
  'evaluation',
  'approval',
  'accepted',
  'testing',
  'applied',
  'review',
  'closed',
  'refused',
  'cancelled',
];

export function ChangeStatusBadge({ status, testId }: { status: ChangeStatus; testId?: string }) {
  const intl = useIntl();
  return (
    <span className={`status change-status-${status}`} data-status={status} data-testid={testId}>
      {intl.formatMessage({ id: `changeStatus.${status}` })}
    </span>
  );
}

/** A change as the lists name it: `C12`. */
export function changeNumber(number: number): string {
  return `C${number}`;
}
