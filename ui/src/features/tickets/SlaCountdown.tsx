import { useIntl } from 'react-intl';
import { useFormat } from '../../i18n/useFormat';

/**
 * Where a due time stands, from `now`: « dans 2 h », « en retard de 3 h » (in
 * red), or « en pause » while the ticket waits and its clock is stopped. The
 * exact due time is in the tooltip.
 */
export function SlaCountdown({
  due,
  now,
  overdue = false,
  paused = false,
  testId,
}: {
  due: string | null;
  now: number;
  overdue?: boolean;
  paused?: boolean;
  testId?: string;
}) {
  const intl = useIntl();
  const format = useFormat();
  if (paused) {
    return (
      <span className="sla sla-paused" data-testid={testId} data-sla="paused">
        {intl.formatMessage({ id: 'sla.paused' })}
      </span>
    );
  }
  if (!due) return null;
  const left = new Date(due).getTime() - now;
  const late = overdue || left < 0;
  return (
    <span
      className={late ? 'sla sla-overdue' : 'sla'}
      data-testid={testId}
      data-sla={late ? 'overdue' : 'running'}
      title={format.dateTime(due)}
    >
      {late
        ? intl.formatMessage({ id: 'sla.overdue' }, { span: format.span(left) })
        : format.fromNow(left)}
    </span>
  );
}
