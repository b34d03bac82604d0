import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { LoadError } from '../../app/LoadError';
import { Page } from '../../app/Page';
import type { PagedSource } from '../../app/pagedView';
import { href, navigate } from '../../app/routes';
import { useDebounced } from '../../app/useDebounced';
import { useLoad } from '../../app/useLoad';
import { usePagedView } from '../../app/usePagedView';
import type { CategoryView, TicketKind, TicketRow, TicketView } from '../../bindings';
import { useFormat } from '../../i18n/useFormat';
import * as ipc from '../../ipc';
import { HelpdeskTabs } from './HelpdeskTabs';
import { PRIORITIES } from './PriorityBadge';
import {
  loadQueue,
  NO_FILTERS,
  type QueueFilters,
  type QueueQuery,
  type QueueState,
  saveQueue,
  toQuery,
  VIEWS,
} from './queueState';
import { TicketTable } from './TicketTable';
import { useQueueKeys } from './useQueueKeys';

const SEARCH_DELAY = 120;
const SOURCE: PagedSource<QueueQuery, TicketRow> = {
  list: ipc.listTickets,
  count: ipc.countTickets,
};
const NO_CATEGORIES: CategoryView[] = [];
const KINDS: readonly TicketKind[] = ['incident', 'request'];

/** The ticket queue (`#/tickets`): its views with their counts, search, filters and the table. */
export function TicketQueue() {
  const intl = useIntl();
  const [state, setState] = useState<QueueState>(loadQueue);
  const [active, setActive] = useState(-1);
  const searchRef = useRef<HTMLInputElement>(null);
  const categories = useLoad(ipc.getTicketCategories).data ?? NO_CATEGORIES;

  const words = useDebounced(state.search.trim(), SEARCH_DELAY);
  const query = useMemo(() => toQuery(state, words), [state, words]);
  const view = usePagedView(query, 0, SOURCE);
  const counts = useViewCounts(state, words);

  useEffect(() => saveQueue(state), [state]);
  // A new query starts with no row chosen.
  const queryKey = JSON.stringify(query);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the query changes.
  useEffect(() => setActive(-1), [queryKey]);

  const update = (change: Partial<QueueState>) =>
    setState((previous) => ({ ...previous, ...change }));
  const count = view?.rowCount ?? 0;

  useQueueKeys({
    search: searchRef,
    onNew: () => navigate(href.newTicket()),
    onMove: (step) => setActive((current) => Math.max(0, Math.min(count - 1, current + step))),
    onOpen: () => {
      const row = active >= 0 ? view?.row(active) : undefined;
      if (row) navigate(href.ticket(row.id));
      return row !== undefined;
    },
  });

  const filtered = words !== '' || Object.values(state.filters).some((value) => value !== null);
  return (
    <Page
      title={intl.formatMessage({ id: 'nav.tickets' })}
      testId="ticket-queue"
      className="page-fill"
      actions={
        <a className="button button-primary" href={href.newTicket()} data-testid="new-ticket">
          <FormattedMessage id="tickets.new" />
        </a>
      }
    >
      <HelpdeskTabs current="queue" />
      <ViewTabs current={state.view} counts={counts} onChange={(v) => update({ view: v })} />
      <div className="toolbar">
        <input
          ref={searchRef}
          type="search"
          className="search"
          data-testid="ticket-search"
          aria-label={intl.formatMessage({ id: 'tickets.search' })}
          placeholder={intl.formatMessage({ id: 'tickets.searchPlaceholder' })}
          value={state.search}
          onChange={(event) => update({ search: event.target.value })}
        />
        <p className="count" data-testid="ticket-count-label" aria-live="polite">
          {view?.total !== null && view?.total !== undefined && (
            <FormattedMessage id="tickets.count" values={{ count: view.total }} />
          )}
        </p>
      </div>
      <QueueFilterBar
        filters={state.filters}
        categories={categories}
        onChange={(filters) => update({ filters })}
      />
      <p className="keys-help" data-testid="ticket-keys">
        <FormattedMessage id="tickets.keys" values={{ kbd: (chunks) => <kbd>{chunks}</kbd> }} />
      </p>
      {view?.error && <LoadError error={view.error} retry={() => view.retry()} />}
      <TicketTable
        view={view}
        sort={{ sort: state.sort, descending: state.descending }}
        onSort={({ sort, descending }) => update({ sort, descending })}
        active={active}
        label={intl.formatMessage({ id: `tickets.view.${state.view}` })}
        empty={
          filtered ? (
            <FormattedMessage id="tickets.noMatch" />
          ) : (
            <FormattedMessage
              id="tickets.empty"
              values={{ link: (chunks) => <a href={href.newTicket()}>{chunks}</a> }}
            />
          )
        }
      />
    </Page>
  );
}

/** How many tickets each view holds with the current search and filters. */
function useViewCounts(state: QueueState, words: string): Partial<Record<TicketView, number>> {
  const base = JSON.stringify(toQuery(state, words));
  const load = useCallback(async () => {
    const query = JSON.parse(base) as QueueQuery;
    const totals = await Promise.all(
      VIEWS.map((view) => ipc.countTickets({ ...query, view, offset: 0, limit: 0 })),
    );
    return Object.fromEntries(VIEWS.map((view, i) => [view, totals[i]]));
  }, [base]);
  return useLoad(load).data ?? {};
}

function ViewTabs({
  current,
  counts,
  onChange,
}: {
  current: TicketView;
  counts: Partial<Record<TicketView, number>>;
  onChange: (view: TicketView) => void;
}) {
  const intl = useIntl();
  const format = useFormat();
  return (
    <fieldset className="segmented">
      <legend className="visually-hidden">{intl.formatMessage({ id: 'tickets.views' })}</legend>
      {VIEWS.map((view) => (
        <button
          key={view}
          type="button"
          data-testid={`view-${view}`}
          aria-pressed={view === current}
          className={view === 'overdue' && (counts.overdue ?? 0) > 0 ? 'segment-alert' : undefined}
          onClick={() => onChange(view)}
        >
          {intl.formatMessage({ id: `tickets.view.${view}` })}
          <span className="segment-count" data-testid={`view-count-${view}`}>
            {counts[view] === undefined ? '' : format.number(counts[view])}
          </span>
        </button>
      ))}
    </fieldset>
  );
}

function QueueFilterBar({
  filters,
  categories,
  onChange,
}: {
  filters: QueueFilters;
  categories: readonly CategoryView[];
  onChange: (filters: QueueFilters) => void;
}) {
  const intl = useIntl();
  const set = (change: Partial<QueueFilters>) => onChange({ ...filters, ...change });
  const any = Object.values(filters).some((value) => value !== null);
  return (
    <fieldset className="filters">
      <legend className="visually-hidden">
        <FormattedMessage id="filters.label" />
      </legend>
      <select
        aria-label={intl.formatMessage({ id: 'tickets.filter.priority' })}
        data-testid="filter-priority"
        value={filters.priority ?? ''}
        onChange={(event) =>
          set({ priority: event.target.value ? Number(event.target.value) : null })
        }
      >
        <option value="">{intl.formatMessage({ id: 'tickets.filter.anyPriority' })}</option>
        {PRIORITIES.map((p) => (
          <option key={p} value={p}>
            {intl.formatMessage(
              { id: 'priority.badge' },
              { n: p, label: intl.formatMessage({ id: `priority.${p}` }) },
            )}
          </option>
        ))}
      </select>
      <select
        aria-label={intl.formatMessage({ id: 'tickets.filter.category' })}
        data-testid="filter-category"
        value={filters.category ?? ''}
        onChange={(event) => set({ category: event.target.value || null })}
      >
        <option value="">{intl.formatMessage({ id: 'tickets.filter.anyCategory' })}</option>
        {categories.map((category) => (
          <option key={category.code} value={category.code}>
            {category.label}
          </option>
        ))}
      </select>
      <select
        aria-label={intl.formatMessage({ id: 'tickets.filter.kind' })}
        data-testid="filter-ticket-kind"
        value={filters.kind ?? ''}
        onChange={(event) => set({ kind: KINDS.find((k) => k === event.target.value) ?? null })}
      >
        <option value="">{intl.formatMessage({ id: 'tickets.filter.anyKind' })}</option>
        {KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {intl.formatMessage({ id: `ticketKind.${kind}` })}
          </option>
        ))}
      </select>
      {any && (
        <button
          type="button"
          className="button button-quiet"
          data-testid="filters-clear"
          onClick={() => onChange(NO_FILTERS)}
        >
          <FormattedMessage id="filters.clear" />
        </button>
      )}
    </fieldset>
  );
}
