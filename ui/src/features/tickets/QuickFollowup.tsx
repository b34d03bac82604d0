import { type FormEvent, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { FollowupInput, TaskInput } from '../../bindings';

/** Sends what was typed; answers the error message, or `null` once saved. */
type Send<T> = (input: T) => Promise<string | null>;

/**
 * The quick follow-up under the timeline: a text, "private" for the IT team
 * only, and Ctrl+Enter (⌘+Enter) sends it.
 */
export function QuickFollowup({ send }: { send: Send<FollowupInput> }) {
  const intl = useIntl();
  const [body, setBody] = useState('');
  const [isPrivate, setPrivate] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (pending) return;
    if (body.trim() === '') {
      setProblem(intl.formatMessage({ id: 'followup.empty' }));
      return;
    }
    setPending(true);
    const error = await send({ body: body.trim(), private: isPrivate });
    setPending(false);
    setProblem(error);
    if (error === null) setBody('');
  };

  return (
    <form className="composer" data-testid="followup-form" onSubmit={submit} noValidate>
      <label className="field">
        <span>
          <FormattedMessage id="followup.label" />
        </span>
        <textarea
          data-testid="followup-text"
          rows={3}
          value={body}
          placeholder={intl.formatMessage({ id: 'followup.placeholder' })}
          onChange={(event) => setBody(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              void submit();
            }
          }}
        />
      </label>
      <div className="composer-actions">
        <label className="check">
          <input
            type="checkbox"
            data-testid="followup-private"
            checked={isPrivate}
            onChange={(event) => setPrivate(event.target.checked)}
          />
          <FormattedMessage id="followup.private" />
        </label>
        <button
          type="submit"
          className="button button-primary"
          data-testid="followup-send"
          disabled={pending}
        >
          <FormattedMessage id="followup.send" />
        </button>
        <span className="form-keys">
          <FormattedMessage id="followup.keys" values={{ kbd: (chunks) => <kbd>{chunks}</kbd> }} />
        </span>
      </div>
      {problem && (
        <p className="field-error" role="alert" data-testid="followup-error">
          {problem}
        </p>
      )}
    </form>
  );
}

/** Adds a task to the checklist, with the minutes it took (0 for one still to do). */
export function TaskAdder({ send }: { send: Send<TaskInput> }) {
  const intl = useIntl();
  const [body, setBody] = useState('');
  const [minutes, setMinutes] = useState('0');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const n = Number.parseInt(minutes, 10);
    if (body.trim() === '') {
      setProblem(intl.formatMessage({ id: 'task.empty' }));
      return;
    }
    if (Number.isNaN(n) || n < 0) {
      setProblem(intl.formatMessage({ id: 'task.badMinutes' }));
      return;
    }
    const error = await send({ body: body.trim(), minutes: n, done: n > 0 });
    setProblem(error);
    if (error === null) {
      setBody('');
      setMinutes('0');
    }
  };

  return (
    <form className="composer composer-inline" data-testid="task-form" onSubmit={submit} noValidate>
      <label className="field">
        <span>
          <FormattedMessage id="task.label" />
        </span>
        <input
          type="text"
          data-testid="task-text"
          value={body}
          onChange={(event) => setBody(event.target.value)}
        />
      </label>
      <label className="field field-minutes">
        <span>
          <FormattedMessage id="task.minutes" />
        </span>
        <input
          type="number"
          min={0}
          step={5}
          data-testid="task-minutes-new"
          value={minutes}
          onChange={(event) => setMinutes(event.target.value)}
        />
      </label>
      <button type="submit" className="button" data-testid="task-add">
        <FormattedMessage id="task.add" />
      </button>
      {problem && (
        <p className="field-error" role="alert" data-testid="task-error">
          {problem}
        </p>
      )}
    </form>
  );
}
