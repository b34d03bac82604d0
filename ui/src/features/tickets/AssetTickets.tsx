import { useCallback } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { LoadError } from '../../app/LoadError';
import { href } from '../../app/routes';
import { useLoad } from '../../app/useLoad';
import { useFormat } from '../../i18n/useFormat';
import * as ipc from '../../ipc';
import { TicketStatusBadge } from './TicketStatusBadge';

/** The most tickets an asset's page lists: its latest ones. */
const SHOWN = 50;

/**
 * An asset's tickets, newest first, on its page, and the button that opens a
 * new ticket with this asset already linked.
 */
export function AssetTickets({ assetId }: { assetId: string }) {
  const intl = useIntl();
  const format = useFormat();
  const load = useCallback(
    () =>
      ipc.listTickets({
        view: 'all',
        search: null,
        priority: null,
        category: null,
        kind: null,
        requesterId: null,
        assetId,
        sort: 'opened',
        descending: true,
        offset: 0,
        limit: SHOWN,
      }),
    [assetId],
  );
  const { data, error, retry } = useLoad(load);
  const heading = intl.formatMessage({ id: 'asset.tickets' });
  return (
    <section
      className="record-section record-wide"
      aria-label={heading}
      data-testid="asset-tickets"
    >
      <div className="section-head">
        <h2>{heading}</h2>
        <a
          className="button button-small"
          href={href.newTicket({ assetId })}
          data-testid="open-ticket"
        >
          <FormattedMessage id="asset.openTicket" />
        </a>
      </div>
      {error && <LoadError error={error} retry={retry} />}
      {data && data.length === 0 && (
        <p className="empty">
          <FormattedMessage id="asset.noTickets" />
        </p>
      )}
      {data && data.length > 0 && (
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{intl.formatMessage({ id: 'tickets.col.number' })}</th>
                <th scope="col">{intl.formatMessage({ id: 'tickets.col.title' })}</th>
                <th scope="col">{intl.formatMessage({ id: 'tickets.col.status' })}</th>
                <th scope="col">{intl.formatMessage({ id: 'tickets.col.opened' })}</th>
              </tr>
            </thead>
            <tbody>
              {data.map((ticket) => (
                <tr key={ticket.id} data-testid="asset-ticket" data-number={ticket.number}>
                  <td>
                    <a className="mono" href={href.ticket(ticket.id)}>
                      #{ticket.number}
                    </a>
                  </td>
                  <td>
                    <a href={href.ticket(ticket.id)}>{ticket.title}</a>
                  </td>
                  <td>
                    <TicketStatusBadge status={ticket.status} />
                  </td>
                  <td>{format.dateTime(ticket.openedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
