import { useCallback, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { isoInDays } from '../../app/dates';
import { LoadError } from '../../app/LoadError';
import { Page } from '../../app/Page';
import { Pending } from '../../app/Pending';
import { useLoad } from '../../app/useLoad';
import type { StatGroup, TicketStats } from '../../bindings';
import type { MessageId } from '../../i18n/fr';
import { useFormat } from '../../i18n/useFormat';
import * as ipc from '../../ipc';
import { Stat } from '../dashboard/Stat';
import { HelpdeskTabs } from './HelpdeskTabs';
import { WeekChart } from './WeekChart';

/** The periods offered, in weeks back from today; 8 by default. */
const PERIODS = [4, 8, 13, 26, 52] as const;

/**
 * The last `weeks` weeks as ISO dates: from the Monday `weeks - 1` weeks
 * before this one, so that every week of the chart is whole, to today.
 */
export function periodOf(weeks: number, today = new Date()): { from: string; to: string } {
  const sinceMonday = (today.getDay() + 6) % 7;
  return { from: isoInDays(-sinceMonday - 7 * (weeks - 1), today), to: isoInDays(0, today) };
}

/** The helpdesk's figures over a period (`#/tickets/stats`): what the direction's report shows. */
export function TicketStatsPage() {
  const intl = useIntl();
  const format = useFormat();
  const [weeks, setWeeks] = useState(8);
  const load = useCallback(() => {
    const { from, to } = periodOf(weeks);
    return ipc.getTicketStats(from, to);
  }, [weeks]);
  const { data, error, retry } = useLoad(load);

  return (
    <Page title={intl.formatMessage({ id: 'nav.tickets' })} testId="ticket-stats">
      <HelpdeskTabs current="stats" />
      <div className="toolbar">
        <label className="field field-inline">
          <span>
            <FormattedMessage id="stats.period" />
          </span>
          <select
            data-testid="stats-period"
            value={weeks}
            onChange={(event) => setWeeks(Number(event.target.value))}
          >
            {PERIODS.map((n) => (
              <option key={n} value={n}>
                {intl.formatMessage({ id: 'stats.weeks' }, { count: n })}
              </option>
            ))}
          </select>
        </label>
        {data && (
          <p className="count" data-testid="stats-range">
            <FormattedMessage
              id="stats.range"
              values={{ from: format.isoDate(data.from), to: format.isoDate(data.to) }}
            />
          </p>
        )}
      </div>
      {error && <LoadError error={error} retry={retry} />}
      {data ? <Figures stats={data} /> : !error && <Pending />}
    </Page>
  );
}

function Figures({ stats }: { stats: TicketStats }) {
  const intl = useIntl();
  const format = useFormat();
  const label = (id: MessageId) => intl.formatMessage({ id });
  const none = label('stats.none');
  const minutes = (m: number | null) => (m === null ? none : format.minutes(m));
  const percent = (p: number | null) => (p === null ? none : format.percent(p));
  const businessHours = label('stats.businessHours');
  return (
    <>
      <dl className="stats">
        <Stat
          label={label('stats.backlog')}
          value={format.number(stats.backlog)}
          rawValue={stats.backlog}
          hint={label('stats.backlogHint')}
          testId="stat-backlog"
        />
        <Stat
          label={label('stats.overdue')}
          value={format.number(stats.overdue)}
          rawValue={stats.overdue}
          tone={stats.overdue > 0 ? 'alert' : undefined}
          testId="stat-overdue"
        />
        <Stat
          label={label('stats.meanOwn')}
          value={minutes(stats.meanOwnMinutes)}
          hint={businessHours}
          testId="stat-mean-own"
        />
        <Stat
          label={label('stats.meanResolve')}
          value={minutes(stats.meanResolveMinutes)}
          hint={businessHours}
          testId="stat-mean-resolve"
        />
        <Stat
          label={label('stats.slaOwn')}
          value={percent(stats.slaOwnPercent)}
          testId="stat-sla-own"
        />
        <Stat
          label={label('stats.slaResolve')}
          value={percent(stats.slaResolvePercent)}
          testId="stat-sla-resolve"
        />
      </dl>
      <section className="record-section" aria-labelledby="stats-weeks">
        <h2 id="stats-weeks">
          <FormattedMessage id="stats.perWeek" />
        </h2>
        <WeekChart weeks={stats.weeks} />
      </section>
      <div className="breakdowns stats-groups">
        <GroupTable title="stats.byCategory" groups={stats.byCategory} testId="stats-by-category" />
        <GroupTable title="stats.byPriority" groups={stats.byPriority} testId="stats-by-priority" />
      </div>
    </>
  );
}

function GroupTable({
  title,
  groups,
  testId,
}: {
  title: MessageId;
  groups: readonly StatGroup[];
  testId: string;
}) {
  const intl = useIntl();
  const format = useFormat();
  const none = intl.formatMessage({ id: 'stats.none' });
  const heading = intl.formatMessage({ id: title });
  const columns: MessageId[] = [
    'stats.col.opened',
    'stats.col.solved',
    'stats.col.backlog',
    'stats.col.meanResolve',
    'stats.col.sla',
  ];
  return (
    <section className="record-section" aria-label={heading}>
      <h2>{heading}</h2>
      {groups.length === 0 ? (
        <p className="empty">
          <FormattedMessage id="stats.empty" />
        </p>
      ) : (
        <div className="table-scroll">
          <table className="table" data-testid={testId}>
            <thead>
              <tr>
                <th scope="col">
                  <FormattedMessage id="stats.col.group" />
                </th>
                {columns.map((id) => (
                  <th key={id} scope="col" className="numeric">
                    <FormattedMessage id={id} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {groups.map((group) => (
                <tr key={group.key} data-testid="stats-row" data-key={group.key}>
                  <th scope="row">{group.label}</th>
                  <td className="numeric">{format.number(group.opened)}</td>
                  <td className="numeric">{format.number(group.solved)}</td>
                  <td className="numeric">{format.number(group.backlog)}</td>
                  <td className="numeric">
                    {group.meanResolveMinutes === null
                      ? none
                      : format.minutes(group.meanResolveMinutes)}
                  </td>
                  <td className="numeric">
                    {group.slaPercent === null ? none : format.percent(group.slaPercent)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
