import type { InvokeArgs } from '@tauri-apps/api/core';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { TicketQuery, TicketRow, TicketView } from '../../bindings';
import { categories, ticketRow } from '../../testing/fixtures';
import { callsOf, mockCommands } from '../../testing/ipc';
import { layOutTables } from '../../testing/layout';
import { renderIn } from '../../testing/render';
import { TicketQueue } from './TicketQueue';

const HOUR = 3_600_000;
const queryOf = (args: InvokeArgs | undefined) => (args as { query: TicketQuery }).query;

/** The Rust side over `rows`, which each view filters as the core does. */
function mockQueue(rows: TicketRow[]) {
  const inView = (view: TicketView, row: TicketRow) => {
    switch (view) {
      case 'open':
        return row.status !== 'solved' && row.status !== 'closed';
      case 'unassigned':
        return row.status === 'new';
      case 'overdue':
        return row.overdue;
      case 'pending':
      case 'solved':
      case 'closed':
        return row.status === view;
      case 'mine':
        return row.assignee === 'marie';
      case 'all':
        return true;
    }
  };
  const matching = (query: TicketQuery) =>
    rows.filter(
      (row) =>
        inView(query.view, row) &&
        (query.priority === null || row.priority === query.priority) &&
        (query.search === null ||
          row.title.toLowerCase().includes(query.search.toLowerCase()) ||
          `#${row.number}` === query.search),
    );
  return mockCommands({
    ticket_categories: () => categories,
    list_tickets: (args) => {
      const query = queryOf(args);
      return matching(query).slice(query.offset, query.offset + query.limit);
    },
    count_tickets: (args) => matching(queryOf(args)).length,
  });
}

const ROWS = [
  ticketRow({
    id: 't-1',
    number: 1,
    title: 'Pas de réseau au 3e',
    priority: 5,
    due: new Date(Date.now() - 3 * HOUR).toISOString(),
    overdue: true,
  }),
  ticketRow({
    id: 't-2',
    number: 2,
    title: 'Imprimante bloquée',
    status: 'assigned',
    assignee: 'marie',
    due: new Date(Date.now() + 2 * HOUR + 60_000).toISOString(),
  }),
  ticketRow({ id: 't-3', number: 3, title: 'Attente du toner', status: 'pending', priority: 2 }),
  ticketRow({ id: 't-4', number: 4, title: 'Écran changé', status: 'solved' }),
];

function rowsShown(): HTMLElement[] {
  return screen.queryAllByTestId('ticket-row');
}

beforeEach(() => layOutTables());

describe('TicketQueue', () => {
  it('shows the open tickets with their priority, status and SLA countdown', async () => {
    const calls = mockQueue(ROWS);
    renderIn('fr', <TicketQueue />);
    await waitFor(() => expect(rowsShown()).toHaveLength(3));
    const [first, second, third] = rowsShown() as [HTMLElement, HTMLElement, HTMLElement];
    expect(within(first).getByText('#1').getAttribute('href')).toBe('#/tickets/t-1');
    expect(within(first).getByText('5 · Très haute').getAttribute('data-priority')).toBe('5');
    expect(within(first).getByText('en retard de 3 h')).toBeTruthy();
    expect(within(second).getByText('En cours (attribué)')).toBeTruthy();
    expect(within(second).getByText('dans 2 h')).toBeTruthy();
    expect(within(third).getByText('en pause')).toBeTruthy();
    expect(callsOf(calls, 'list_tickets').map(queryOf)[0]).toEqual({
      view: 'open',
      search: null,
      priority: null,
      category: null,
      kind: null,
      requesterId: null,
      assetId: null,
      sort: 'number',
      descending: true,
      offset: 0,
      limit: 100,
    });
  });

  it('counts every view and switches between them', async () => {
    const calls = mockQueue(ROWS);
    renderIn('en', <TicketQueue />);
    await waitFor(() => expect(screen.getByTestId('view-count-all').textContent).toBe('4'));
    const counts = ['open', 'mine', 'unassigned', 'overdue', 'pending', 'solved', 'closed'].map(
      (view) => screen.getByTestId(`view-count-${view}`).textContent,
    );
    expect(counts).toEqual(['3', '1', '1', '1', '1', '1', '0']);
    expect(screen.getByTestId('view-open').getAttribute('aria-pressed')).toBe('true');

    fireEvent.click(screen.getByTestId('view-solved'));
    await waitFor(() => expect(rowsShown()).toHaveLength(1));
    expect(rowsShown()[0]?.textContent).toContain('Écran changé');
    expect(screen.getByTestId('view-solved').getAttribute('aria-pressed')).toBe('true');
    expect(queryOf(callsOf(calls, 'list_tickets').at(-1)).view).toBe('solved');
    expect(screen.getByTestId('ticket-count-label').textContent).toBe('1 ticket');
  });

  it('searches as you type, by words or #number, and filters by priority', async () => {
    const calls = mockQueue(ROWS);
    renderIn('fr', <TicketQueue />);
    await waitFor(() => expect(rowsShown()).toHaveLength(3));
    fireEvent.change(screen.getByTestId('ticket-search'), { target: { value: '#2' } });
    await waitFor(() => expect(rowsShown()).toHaveLength(1));
    expect(rowsShown()[0]?.textContent).toContain('Imprimante bloquée');
    fireEvent.change(screen.getByTestId('ticket-search'), { target: { value: '' } });
    await waitFor(() => expect(rowsShown()).toHaveLength(3));
    fireEvent.change(screen.getByTestId('filter-priority'), { target: { value: '5' } });
    await waitFor(() => expect(rowsShown()).toHaveLength(1));
    expect(queryOf(callsOf(calls, 'list_tickets').at(-1))).toMatchObject({
      search: null,
      priority: 5,
    });
    // The counts of the views follow the filters.
    await waitFor(() => expect(screen.getByTestId('view-count-all').textContent).toBe('1'));
  });

  it('sorts on a header', async () => {
    const calls = mockQueue(ROWS);
    renderIn('fr', <TicketQueue />);
    await waitFor(() => expect(rowsShown()).toHaveLength(3));
    fireEvent.click(screen.getByTestId('sort-due'));
    await waitFor(() =>
      expect(queryOf(callsOf(calls, 'list_tickets').at(-1))).toMatchObject({
        sort: 'due',
        descending: false,
      }),
    );
  });

  it('opens a row from the keyboard, and a new ticket with n', async () => {
    mockQueue(ROWS);
    renderIn('fr', <TicketQueue />);
    await waitFor(() => expect(rowsShown()).toHaveLength(3));
    fireEvent.keyDown(document.body, { key: '/' });
    expect(document.activeElement).toBe(screen.getByTestId('ticket-search'));
    // From the search box, the arrows choose a row and Enter opens it.
    fireEvent.keyDown(screen.getByTestId('ticket-search'), { key: 'ArrowDown' });
    fireEvent.keyDown(screen.getByTestId('ticket-search'), { key: 'ArrowDown' });
    expect(rowsShown()[1]?.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(screen.getByTestId('ticket-search'), { key: 'Enter' });
    expect(window.location.hash).toBe('#/tickets/t-2');

    // A letter typed in the search is text, not a shortcut.
    fireEvent.keyDown(screen.getByTestId('ticket-search'), { key: 'n' });
    expect(window.location.hash).toBe('#/tickets/t-2');
    fireEvent.keyDown(document.body, { key: 'n' });
    expect(window.location.hash).toBe('#/tickets/new');
    expect(screen.getByTestId('ticket-keys').textContent).toContain('nouveau ticket');
  });
});
