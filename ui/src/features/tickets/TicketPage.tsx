import { useCallback, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Fact } from '../../app/Fact';
import { Page } from '../../app/Page';
import { RecordPending } from '../../app/RecordPage';
import { href } from '../../app/routes';
import { useLoad } from '../../app/useLoad';
import { useNow } from '../../app/useNow';
import type { Supplier, TicketCommand, TicketDetail } from '../../bindings';
import type { MessageId } from '../../i18n/fr';
import { useFormat } from '../../i18n/useFormat';
import * as ipc from '../../ipc';
import { PriorityBadge } from './PriorityBadge';
import { QuickFollowup, TaskAdder } from './QuickFollowup';
import { SlaCountdown } from './SlaCountdown';
import { TicketActions } from './TicketActions';
import { TicketStatusBadge } from './TicketStatusBadge';
import { Timeline } from './Timeline';

const NO_SUPPLIERS: Supplier[] = [];

/**
 * A ticket's page (`#/tickets/<id>`): where it stands and its SLA, the status
 * actions its status allows, and its timeline with the quick follow-up. Every
 * write answers the page's new state, which replaces the one shown. A closed
 * ticket shows everything, read-only.
 */
export function TicketPage({ id }: { id: string }) {
  const intl = useIntl();
  const load = useCallback(() => ipc.getTicketDetail(id), [id]);
  const loaded = useLoad(load);
  const suppliers = useLoad(ipc.getSuppliers).data ?? NO_SUPPLIERS;
  const [written, setWritten] = useState<TicketDetail | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const detail = written ?? loaded.data;
  const trail = <a href={href.section('tickets')}>{intl.formatMessage({ id: 'nav.tickets' })}</a>;

  /** Runs a write; answers its error message, or `null` once the page shows the result. */
  const write = async (work: Promise<TicketDetail>): Promise<string | null> => {
    try {
      setWritten(await work);
      setProblem(null);
      return null;
    } catch (failure) {
      return ipc.toIpcError(failure).message;
    }
  };
  const command = async (c: TicketCommand) => {
    const error = await write(ipc.actOnTicket(id, c));
    setProblem(error);
    return error;
  };

  if (!detail) {
    return (
      <RecordPending
        title={intl.formatMessage({ id: 'ticket.title' })}
        trail={trail}
        testId="ticket-page"
        loaded={loaded.data !== null}
        error={loaded.error}
        retry={loaded.retry}
      />
    );
  }

  const { ticket } = detail;
  const closed = ticket.status === 'closed';
  return (
    <Page
      title={
        <>
          <span className="mono ticket-number" data-testid="ticket-number">
            #{detail.number}
          </span>{' '}
          <span data-testid="ticket-title">{ticket.title}</span>
        </>
      }
      trail={trail}
      testId="ticket-page"
      actions={
        !closed && (
          <a className="button" href={href.editTicket(id)} data-testid="edit-button">
            <FormattedMessage id="common.edit" />
          </a>
        )
      }
    >
      {problem && (
        <p className="notice notice-error" role="alert" data-testid="ticket-error">
          {problem}
        </p>
      )}
      {closed && (
        <p className="notice" role="status" data-testid="ticket-closed">
          <FormattedMessage id="ticket.closedReadOnly" />
        </p>
      )}
      <TicketActions detail={detail} suppliers={suppliers} run={command} />
      <div className="record">
        <TicketFacts detail={detail} />
        <SlaFacts detail={detail} />
        {ticket.description !== '' && (
          <section className="record-section record-wide" aria-labelledby="ticket-description">
            <h2 id="ticket-description">
              <FormattedMessage id="ticket.field.description" />
            </h2>
            <p className="notes" data-testid="ticket-description">
              {ticket.description}
            </p>
          </section>
        )}
        <section className="record-section record-wide" aria-labelledby="ticket-timeline">
          <h2 id="ticket-timeline">
            <FormattedMessage id="timeline.title" />
          </h2>
          <Timeline
            events={detail.events}
            onTask={
              closed
                ? undefined
                : (taskId, done, minutes) => write(ipc.setTaskDone(id, taskId, done, minutes))
            }
          />
          {!closed && (
            <>
              <TaskAdder send={(input) => write(ipc.addTask(id, input))} />
              <QuickFollowup send={(input) => write(ipc.addFollowup(id, input))} />
            </>
          )}
        </section>
      </div>
    </Page>
  );
}

function TicketFacts({ detail }: { detail: TicketDetail }) {
  const intl = useIntl();
  const l = (id: MessageId) => intl.formatMessage({ id });
  const { ticket } = detail;
  return (
    <section className="record-section" aria-labelledby="ticket-facts">
      <h2 id="ticket-facts">
        <FormattedMessage id="ticket.section.request" />
      </h2>
      <dl className="facts">
        <Fact label={l('ticket.field.status')}>
          <TicketStatusBadge status={ticket.status} testId="ticket-status" />
          {detail.overdue && (
            <span className="badge badge-alert" data-testid="ticket-overdue">
              <FormattedMessage id="tickets.view.overdue" />
            </span>
          )}
        </Fact>
        <Fact label={l('tickets.col.priority')}>
          <PriorityBadge priority={ticket.priority} testId="ticket-priority" />
          <span className="muted">
            {' '}
            {intl.formatMessage(
              { id: 'ticket.urgencyImpact' },
              { urgency: ticket.urgency, impact: ticket.impact },
            )}
          </span>
        </Fact>
        <Fact label={l('ticket.field.kind')}>
          {intl.formatMessage({ id: `ticketKind.${ticket.kind}` })}
        </Fact>
        <Fact label={l('ticket.field.category')}>{detail.categoryLabel}</Fact>
        <Fact label={l('ticket.field.channel')}>
          {intl.formatMessage({ id: `channel.${ticket.channel}` })}
        </Fact>
        <Fact label={l('ticket.field.requester')}>
          {detail.requester && (
            <a href={href.record('people', detail.requester.id)} data-testid="ticket-requester">
              {detail.requester.name}
            </a>
          )}
        </Fact>
        <Fact label={l('ticket.field.assignee')}>
          {detail.assignee && <span data-testid="ticket-assignee">{detail.assignee}</span>}
        </Fact>
        <Fact label={l('ticket.field.assets')}>
          {detail.assets.length > 0 && (
            <ul className="plain-list" data-testid="ticket-assets">
              {detail.assets.map((asset) => (
                <li key={asset.id}>
                  <a href={href.asset(asset.id)}>{asset.name}</a>
                </li>
              ))}
            </ul>
          )}
        </Fact>
      </dl>
    </section>
  );
}

/** When it was opened, and where its two SLA clocks stand. */
function SlaFacts({ detail }: { detail: TicketDetail }) {
  const intl = useIntl();
  const l = (id: MessageId) => intl.formatMessage({ id });
  const format = useFormat();
  const now = useNow();
  const { ticket } = detail;
  const at = (iso: string) => (
    <FormattedMessage id="ticket.doneAt" values={{ at: format.dateTime(iso) }} />
  );
  const clock = (due: string | null, testId: string) => (
    <>
      <SlaCountdown due={due} now={now} paused={detail.paused} testId={testId} />
      {due && !detail.paused && <span className="muted"> · {format.dateTime(due)}</span>}
    </>
  );
  return (
    <section className="record-section" aria-labelledby="ticket-sla">
      <h2 id="ticket-sla">
        <FormattedMessage id="ticket.section.sla" />
      </h2>
      <dl className="facts">
        <Fact label={l('ticket.field.opened')}>{format.dateTime(ticket.openedAt)}</Fact>
        <Fact label={l('ticket.field.ownDue')}>
          {ticket.ownedAt ? at(ticket.ownedAt) : clock(detail.ownDue, 'sla-own')}
        </Fact>
        <Fact label={l('ticket.field.resolveDue')}>
          {ticket.solvedAt ? at(ticket.solvedAt) : clock(detail.resolveDue, 'sla-resolve')}
        </Fact>
        {ticket.closedAt && (
          <Fact label={l('ticket.field.closed')}>{format.dateTime(ticket.closedAt)}</Fact>
        )}
        <Fact label={l('ticket.field.timeSpent')}>
          {detail.timeSpent > 0 && (
            <span data-testid="ticket-time">{format.minutes(detail.timeSpent)}</span>
          )}
        </Fact>
      </dl>
    </section>
  );
}
