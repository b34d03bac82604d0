import { type ReactNode, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { TicketEvent } from '../../bindings';
import { useFormat } from '../../i18n/useFormat';

/** Ticks a task, or changes its minutes; answers the error message, or `null`. */
type TaskChange = (taskId: string, done: boolean, minutes: number | null) => Promise<string | null>;

/**
 * A ticket's life in order: its opening, follow-ups (public or private), tasks
 * as a checklist with their minutes, changes of status, assignment and
 * priority, the solution and the closing. `onTask` is absent once closed.
 */
export function Timeline({
  events,
  onTask,
}: {
  events: readonly TicketEvent[];
  onTask?: TaskChange;
}) {
  const intl = useIntl();
  const format = useFormat();
  return (
    <ol className="ticket-timeline" data-testid="timeline">
      {events.map((event) => (
        <li
          key={event.id}
          className={
            event.private ? `event event-${event.kind} event-private` : `event event-${event.kind}`
          }
          data-testid="timeline-entry"
          data-kind={event.kind}
        >
          <p className="event-head">
            <strong className="event-title">
              <EventTitle event={event} />
            </strong>
            {event.private && (
              <span className="badge" data-testid="private-badge">
                <FormattedMessage id="timeline.private" />
              </span>
            )}
            <span className="history-meta">
              {intl.formatMessage(
                { id: 'history.byAt' },
                { actor: event.author, at: format.dateTime(event.at) },
              )}
            </span>
          </p>
          {event.kind === 'task' ? (
            <Task event={event} onTask={onTask} />
          ) : (
            event.body !== '' && <p className="event-body">{event.body}</p>
          )}
        </li>
      ))}
    </ol>
  );
}

function EventTitle({ event }: { event: TicketEvent }): ReactNode {
  const intl = useIntl();
  const values = { old: event.old ?? '—', new: event.new ?? '—' };
  switch (event.kind) {
    case 'opened':
      return intl.formatMessage({ id: 'timeline.opened' });
    case 'followup':
      return intl.formatMessage({ id: 'timeline.followup' });
    case 'task':
      return intl.formatMessage({ id: 'timeline.task' });
    case 'status':
      return intl.formatMessage({ id: 'timeline.status' }, values);
    case 'assignment':
      return event.new
        ? intl.formatMessage({ id: 'timeline.assignment' }, { name: event.new })
        : intl.formatMessage({ id: 'timeline.unassigned' });
    case 'priority':
      return intl.formatMessage({ id: 'timeline.priority' }, values);
    case 'solution':
      return intl.formatMessage({ id: 'timeline.solution' }, { kind: event.new ?? '—' });
    case 'closing':
      return event.new
        ? intl.formatMessage({ id: 'timeline.closingRated' }, { score: event.new })
        : intl.formatMessage({ id: 'timeline.closing' });
  }
}

/** A task of the checklist: its tick box, what to do, and the minutes it took. */
function Task({ event, onTask }: { event: TicketEvent; onTask?: TaskChange }) {
  const intl = useIntl();
  const done = event.done === true;
  const [minutes, setMinutes] = useState(String(event.minutes ?? 0));
  const [problem, setProblem] = useState<string | null>(null);
  const change = async (nextDone: boolean, nextMinutes: number | null) => {
    if (!onTask) return;
    setProblem(await onTask(event.id, nextDone, nextMinutes));
  };
  const commitMinutes = () => {
    const n = Number.parseInt(minutes, 10);
    if (Number.isNaN(n) || n < 0) {
      setMinutes(String(event.minutes ?? 0));
    } else if (n !== (event.minutes ?? 0)) {
      void change(done, n);
    }
  };
  return (
    <div className="task" data-testid="task" data-done={done}>
      <label className="check">
        <input
          type="checkbox"
          data-testid="task-done"
          checked={done}
          disabled={!onTask}
          onChange={() => change(!done, null)}
        />
        <span className={done ? 'task-body task-done' : 'task-body'}>{event.body}</span>
      </label>
      <label className="task-minutes">
        <input
          type="number"
          min={0}
          step={5}
          data-testid="task-minutes"
          aria-label={intl.formatMessage({ id: 'timeline.taskMinutes' }, { task: event.body })}
          value={minutes}
          disabled={!onTask}
          onChange={(e) => setMinutes(e.target.value)}
          onBlur={commitMinutes}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              commitMinutes();
            }
          }}
        />
        <span aria-hidden="true">min</span>
      </label>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
