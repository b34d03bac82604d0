import { type FormEvent, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { LoadError } from '../../app/LoadError';
import { Pending } from '../../app/Pending';
import { useLoad } from '../../app/useLoad';
import type {
  BusinessCalendar,
  IpcError,
  HelpdeskSettings as Settings,
  SlaTargets,
} from '../../bindings';
import { useLanguage } from '../../i18n/LanguageProvider';
import { localeOf } from '../../i18n/language';
import { useFormat } from '../../i18n/useFormat';
import * as ipc from '../../ipc';
import { LEVELS, PRIORITIES, PriorityBadge } from '../tickets/PriorityBadge';
import { AddLabelForm } from './AddLabelForm';

/**
 * The helpdesk's settings: the priority matrix, the SLA times of each
 * priority, the opening hours they are counted in, and the ticket categories.
 * Saving recomputes the open tickets, and says how many.
 */
export function HelpdeskSettings() {
  const { data, error, retry } = useLoad(ipc.getHelpdeskSettings);
  return (
    <section className="settings-section settings-wide" data-testid="helpdesk-settings">
      <h2>
        <FormattedMessage id="settings.helpdesk" />
      </h2>
      {error && <LoadError error={error} retry={retry} />}
      {data ? <HelpdeskForm initial={data} /> : !error && <Pending />}
      <CategoriesSetting />
    </section>
  );
}

function HelpdeskForm({ initial }: { initial: Settings }) {
  const intl = useIntl();
  const [settings, setSettings] = useState(initial);
  const [saved, setSaved] = useState<number | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const [pending, setPending] = useState(false);
  const change = (next: Partial<Settings>) => {
    setSettings((previous) => ({ ...previous, ...next }));
    setSaved(null);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setError(null);
    setSaved(null);
    try {
      setSaved(await ipc.setHelpdeskSettings(settings));
    } catch (failure) {
      setError(ipc.toIpcError(failure));
    }
    setPending(false);
  };

  return (
    <form className="settings-form" data-testid="helpdesk-form" onSubmit={save} noValidate>
      <MatrixEditor
        cells={settings.matrix.cells}
        onChange={(cells) => change({ matrix: { cells } })}
      />
      <TargetsEditor targets={settings.targets} onChange={(targets) => change({ targets })} />
      <CalendarEditor calendar={settings.calendar} onChange={(calendar) => change({ calendar })} />
      <label className="field field-inline">
        <span>
          <FormattedMessage id="settings.timeZone" />
        </span>
        <input
          type="text"
          data-testid="time-zone"
          value={settings.timeZone}
          placeholder="Europe/Paris"
          onChange={(event) => change({ timeZone: event.target.value })}
        />
      </label>
      <button
        type="submit"
        className="button button-primary"
        data-testid="helpdesk-save"
        disabled={pending}
      >
        {intl.formatMessage({ id: 'common.save' })}
      </button>
      {saved !== null && (
        <p role="status" data-testid="helpdesk-saved">
          <FormattedMessage id="settings.helpdeskSaved" values={{ count: saved }} />
        </p>
      )}
      {error && (
        <p role="alert" className="field-error" data-testid="helpdesk-error">
          {error.message}
        </p>
      )}
    </form>
  );
}

type Cells = Settings['matrix']['cells'];

/** The 5 × 5 matrix: rows are urgency, columns impact, each cell a priority from 1 to 5. */
function MatrixEditor({ cells, onChange }: { cells: Cells; onChange: (cells: Cells) => void }) {
  const intl = useIntl();
  const level = (n: number) => intl.formatMessage({ id: `level.${n as 1 | 2 | 3 | 4 | 5}` });
  const set = (u: number, i: number, value: number) => {
    const next = cells.map((row) => [...row]) as unknown as Cells;
    const row = next[u];
    if (row) row[i] = value;
    onChange(next);
  };
  return (
    <div className="table-scroll">
      <table className="table matrix" data-testid="priority-matrix">
        <caption>
          <FormattedMessage id="settings.matrix" />
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <FormattedMessage id="settings.matrixCorner" />
            </th>
            {LEVELS.map((impact) => (
              <th key={impact} scope="col">
                {level(impact)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {LEVELS.map((urgency, u) => (
            <tr key={urgency}>
              <th scope="row">{level(urgency)}</th>
              {LEVELS.map((impact, i) => {
                const value = cells[u]?.[i] ?? 3;
                return (
                  <td key={impact}>
                    <select
                      className={`matrix-cell priority-${value}`}
                      data-testid={`matrix-${urgency}-${impact}`}
                      aria-label={intl.formatMessage(
                        { id: 'settings.matrixCell' },
                        { urgency, impact },
                      )}
                      value={value}
                      onChange={(event) => set(u, i, Number(event.target.value))}
                    >
                      {LEVELS.map((p) => (
                        <option key={p} value={p}>
                          {intl.formatMessage(
                            { id: 'priority.badge' },
                            { n: p, label: intl.formatMessage({ id: `priority.${p}` }) },
                          )}
                        </option>
                      ))}
                    </select>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The time to own and to resolve of each priority, in business minutes. */
function TargetsEditor({
  targets,
  onChange,
}: {
  targets: SlaTargets;
  onChange: (targets: SlaTargets) => void;
}) {
  const intl = useIntl();
  const format = useFormat();
  const set = (index: number, field: 'ownMinutes' | 'resolveMinutes', value: number) => {
    const next = targets.map((t, i) => (i === index ? { ...t, [field]: value } : t)) as SlaTargets;
    onChange(next);
  };
  const input = (index: number, field: 'ownMinutes' | 'resolveMinutes', priority: number) => {
    const minutes = targets[index]?.[field] ?? 0;
    const id = field === 'ownMinutes' ? 'own' : 'resolve';
    return (
      <td>
        <span className="sla-cell">
          <input
            type="number"
            min={1}
            step={15}
            data-testid={`sla-${id}-${priority}`}
            aria-label={intl.formatMessage(
              { id: field === 'ownMinutes' ? 'settings.slaOwnOf' : 'settings.slaResolveOf' },
              { priority },
            )}
            value={minutes}
            onChange={(event) => set(index, field, Number(event.target.value))}
          />
          <span className="muted">{minutes > 0 ? format.minutes(minutes) : ''}</span>
        </span>
      </td>
    );
  };
  return (
    <div className="table-scroll">
      <table className="table" data-testid="sla-targets">
        <caption>
          <FormattedMessage id="settings.sla" />
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <FormattedMessage id="tickets.col.priority" />
            </th>
            <th scope="col">
              <FormattedMessage id="settings.slaOwn" />
            </th>
            <th scope="col">
              <FormattedMessage id="settings.slaResolve" />
            </th>
          </tr>
        </thead>
        <tbody>
          {PRIORITIES.map((priority, index) => (
            <tr key={priority}>
              <th scope="row">
                <PriorityBadge priority={priority} />
              </th>
              {input(index, 'ownMinutes', priority)}
              {input(index, 'resolveMinutes', priority)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

type Hours = BusinessCalendar['hours'];
const DEFAULT_DAY: [string, string] = ['08:30:00', '18:00:00'];

/** `08:30:00` as a time field shows it, and back. */
const toField = (time: string) => time.slice(0, 5);
const fromField = (value: string) => (value.length === 5 ? `${value}:00` : value);

/** Opening hours, Monday first, and whether French public holidays are closed. */
function CalendarEditor({
  calendar,
  onChange,
}: {
  calendar: BusinessCalendar;
  onChange: (calendar: BusinessCalendar) => void;
}) {
  const intl = useIntl();
  const { lang } = useLanguage();
  const weekday = new Intl.DateTimeFormat(localeOf(lang), { weekday: 'long' });
  // 5 January 2026 is a Monday.
  const dayName = (index: number) => weekday.format(new Date(2026, 0, 5 + index));
  const setDay = (index: number, day: [string, string] | null) => {
    const hours = calendar.hours.map((h, i) => (i === index ? day : h)) as Hours;
    onChange({ ...calendar, hours });
  };
  return (
    <fieldset className="form-section">
      <legend>
        <FormattedMessage id="settings.hours" />
      </legend>
      <table className="table hours" data-testid="opening-hours">
        <tbody>
          {calendar.hours.map((day, index) => {
            const name = dayName(index);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: the seven weekdays never move.
              <tr key={index}>
                <th scope="row">
                  <label className="check">
                    <input
                      type="checkbox"
                      data-testid={`hours-open-${index}`}
                      checked={day !== null}
                      onChange={(event) => setDay(index, event.target.checked ? DEFAULT_DAY : null)}
                    />
                    {name}
                  </label>
                </th>
                <td>
                  {day ? (
                    <span className="hours-range">
                      <input
                        type="time"
                        data-testid={`hours-from-${index}`}
                        aria-label={intl.formatMessage({ id: 'settings.opensAt' }, { day: name })}
                        value={toField(day[0])}
                        onChange={(event) => setDay(index, [fromField(event.target.value), day[1]])}
                      />
                      –
                      <input
                        type="time"
                        data-testid={`hours-to-${index}`}
                        aria-label={intl.formatMessage({ id: 'settings.closesAt' }, { day: name })}
                        value={toField(day[1])}
                        onChange={(event) => setDay(index, [day[0], fromField(event.target.value)])}
                      />
                    </span>
                  ) : (
                    <span className="muted">
                      <FormattedMessage id="settings.closed" />
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <label className="check">
        <input
          type="checkbox"
          data-testid="french-holidays"
          checked={calendar.frenchHolidays}
          onChange={(event) => onChange({ ...calendar, frenchHolidays: event.target.checked })}
        />
        <FormattedMessage id="settings.frenchHolidays" />
      </label>
    </fieldset>
  );
}

/** The ticket categories, and a form to add one of the user's own. */
function CategoriesSetting() {
  const intl = useIntl();
  const { data: categories, retry } = useLoad(ipc.getTicketCategories);
  const save = async (labelFr: string, labelEn: string) => {
    await ipc.saveTicketCategory(labelFr.trim(), labelEn.trim());
    return intl.locale.startsWith('en') && labelEn.trim() ? labelEn.trim() : labelFr.trim();
  };

  return (
    <div className="settings-kinds">
      <h3>
        <FormattedMessage id="settings.categories" />
      </h3>
      <ul className="kind-chips" data-testid="category-list">
        {(categories ?? []).map((category) => (
          <li key={category.code} className={category.builtin ? undefined : 'kind-own'}>
            {category.label}
          </li>
        ))}
      </ul>
      <AddLabelForm
        testId="category"
        submitLabel="settings.addCategory"
        addedLabel="settings.categoryAdded"
        save={save}
        onAdded={retry}
      />
    </div>
  );
}
