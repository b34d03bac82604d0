import { useCallback, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { LoadError } from '../../app/LoadError';
import { Page } from '../../app/Page';
import { Pending } from '../../app/Pending';
import { href, navigate } from '../../app/routes';
import { useLoad } from '../../app/useLoad';
import type { ChangeRow, ChangeStatus } from '../../bindings';
import { useFormat } from '../../i18n/useFormat';
import * as ipc from '../../ipc';
import { HelpdeskTabs } from '../tickets/HelpdeskTabs';
import { CHANGE_STATUSES, ChangeStatusBadge, changeNumber } from './ChangeStatusBadge';

/** How many of the seven R a change must answer. */
export const SEVEN = 7;

/** The changes (`#/changes`): number, title, status, who asked, window, and how many R are answered. */
export function ChangesPage() {
  const intl = useIntl();
  const [status, setStatus] = useState<ChangeStatus | null>(null);
  const load = useCallback(() => ipc.listChanges(status), [status]);
  const { data, error, retry } = useLoad(load);
  return (
    <Page
      title={intl.formatMessage({ id: 'nav.tickets' })}
      testId="changes"
      actions={
        <a className="button button-primary" href={href.newChange()} data-testid="new-change">
          <FormattedMessage id="change.new" />
        </a>
      }
    >
      <HelpdeskTabs current="changes" />
      <div className="toolbar">
        <select
          aria-label={intl.formatMessage({ id: 'change.filterStatus' })}
          data-testid="change-status-filter"
          value={status ?? ''}
          onChange={(event) =>
            setStatus(CHANGE_STATUSES.find((s) => s === event.target.value) ?? null)
          }
        >
          <option value="">{intl.formatMessage({ id: 'change.allStatuses' })}</option>
          {CHANGE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {intl.formatMessage({ id: `changeStatus.${s}` })}
            </option>
          ))}
        </select>
        {data && (
          <p className="count" data-testid="change-count">
            <FormattedMessage id="change.count" values={{ count: data.length }} />
          </p>
        )}
      </div>
      {error && <LoadError error={error} retry={retry} />}
      {data ? <ChangeTable rows={data} filtered={status !== null} /> : !error && <Pending />}
    </Page>
  );
}

function ChangeTable({ rows, filtered }: { rows: readonly ChangeRow[]; filtered: boolean }) {
  const intl = useIntl();
  const format = useFormat();
  if (rows.length === 0) {
    return (
      <p className="empty" data-testid="changes-empty">
        {filtered ? (
          <FormattedMessage id="change.noMatch" />
        ) : (
          <FormattedMessage
            id="change.empty"
            values={{ link: (chunks) => <a href={href.newChange()}>{chunks}</a> }}
          />
        )}
      </p>
    );
  }
  return (
    <div className="table-scroll">
      <table className="table" data-testid="change-table">
        <thead>
          <tr>
            <th scope="col">{intl.formatMessage({ id: 'change.col.number' })}</th>
            <th scope="col">{intl.formatMessage({ id: 'change.col.title' })}</th>
            <th scope="col">{intl.formatMessage({ id: 'change.col.status' })}</th>
            <th scope="col">{intl.formatMessage({ id: 'change.col.requestedBy' })}</th>
            <th scope="col">{intl.formatMessage({ id: 'change.col.window' })}</th>
            <th scope="col">{intl.formatMessage({ id: 'change.col.sevenR' })}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.id}
              className="clickable"
              data-testid="change-row"
              onClick={(event) => {
                if (!(event.target as HTMLElement).closest('a')) navigate(href.change(row.id));
              }}
            >
              <td>
                <a className="mono" href={href.change(row.id)}>
                  {changeNumber(row.number)}
                </a>
              </td>
              <td>{row.title}</td>
              <td>
                <ChangeStatusBadge status={row.status} />
              </td>
              <td>{row.requestedBy}</td>
              <td>{row.windowStart ? format.dateTime(row.windowStart) : ''}</td>
              <td className={row.missing > 0 ? 'seven-r-missing' : 'seven-r-complete'}>
                {intl.formatMessage(
                  { id: 'change.sevenRScore' },
                  { answered: SEVEN - row.missing, total: SEVEN },
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
