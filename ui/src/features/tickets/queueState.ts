import type { TicketColumn, TicketKind, TicketQuery, TicketView } from '../../bindings';

/*
 * What the queue remembers for the session (search, view, filters, sort), so
 * that opening a ticket and coming back finds the queue as it was.
 */

export const VIEWS: readonly TicketView[] = [
  'open',
  'mine',
  'unassigned',
  'overdue',
  'pending',
  'solved',
  'closed',
  'all',
];

export type QueueFilters = {
  priority: number | null;
  category: string | null;
  kind: TicketKind | null;
};

export const NO_FILTERS: QueueFilters = { priority: null, category: null, kind: null };

export type QueueState = {
  view: TicketView;
  search: string;
  filters: QueueFilters;
  sort: TicketColumn;
  descending: boolean;
};

export const INITIAL_QUEUE: QueueState = {
  view: 'open',
  search: '',
  filters: NO_FILTERS,
  sort: 'number',
  descending: true,
};

/** A query without its window. */
export type QueueQuery = Omit<TicketQuery, 'offset' | 'limit'>;

/** The query of the queue's state, with the words typed so far; `view` may be another tab's. */
export function toQuery(state: QueueState, words: string, view = state.view): QueueQuery {
  return {
    view,
    search: words === '' ? null : words,
    priority: state.filters.priority,
    category: state.filters.category,
    kind: state.filters.kind,
    requesterId: null,
    assetId: null,
    sort: state.sort,
    descending: state.descending,
  };
}

const KEY = 'parc.tickets.queue';

export function loadQueue(): QueueState {
  try {
    const saved = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Partial<QueueState> | null;
    if (!saved || typeof saved !== 'object') return INITIAL_QUEUE;
    return {
      view: VIEWS.find((v) => v === saved.view) ?? INITIAL_QUEUE.view,
      search: typeof saved.search === 'string' ? saved.search : '',
      filters: { ...NO_FILTERS, ...(saved.filters ?? {}) },
      sort: typeof saved.sort === 'string' ? saved.sort : INITIAL_QUEUE.sort,
      descending: typeof saved.descending === 'boolean' ? saved.descending : true,
    };
  } catch {
    return INITIAL_QUEUE;
  }
}

export function saveQueue(state: QueueState): void {
  sessionStorage.setItem(KEY, JSON.stringify(state));
}
