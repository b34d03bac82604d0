import { useIntl } from 'react-intl';
import type { TicketStatus } from '../../bindings';

/** The statuses in their order of life. */
export const TICKET_STATUSES: readonly TicketStatus[] = [
  'new',
  'assigned',
  'planned',
  'pending',
  'solved',
  'closed',
];

/** A ticket's status as a coloured dot and its label. */
export function TicketStatusBadge({ status, testId }: { status: TicketStatus; testId?: string }) {
  const intl = useIntl();
  return (
    <span className={`status ticket-status-${status}`} data-status={status} data-testid={testId}>
      {intl.formatMessage({ id: `ticketStatus.${status}` })}
    </span>
  );
}
