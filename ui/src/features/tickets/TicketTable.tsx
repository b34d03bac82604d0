import { type OnChangeFn, type SortingState, useTable } from '@tanstack/react-table';
import {
  type CSSProperties,
  type MouseEvent,
  type ReactNode,
  useEffect,
  useMemo,
  useRef,
} from 'react';
import { useIntl } from 'react-intl';
import type { PagedView } from '../../app/pagedView';
import { href, navigate } from '../../app/routes';
import { SortHeader } from '../../app/SortHeader';
import { useNow } from '../../app/useNow';
import { useVirtualRows } from '../../app/useVirtualRows';
import type { TicketColumn, TicketRow } from '../../bindings';
import { features, isTicketSortKey, NowContext, TICKET_COLUMNS } from './ticketColumns';

export type TicketSort = { sort: TicketColumn; descending: boolean };

/**
 * The ticket queue as a virtualised table, like the inventory's: only the rows
 * in view are in the page and only their pages are loaded. `active` is the row
 * the arrow keys chose (scrolled into view, opened by Enter).
 */
export function TicketTable({
  view,
  sort,
  onSort,
  active,
  empty,
  label,
}: {
  view: PagedView<object, TicketRow> | null;
  sort: TicketSort;
  onSort: (sort: TicketSort) => void;
  active: number;
  empty: ReactNode;
  label: string;
}) {
  const intl = useIntl();
  const now = useNow();
  const scrollRef = useRef<HTMLDivElement>(null);
  const { virtualizer, items, count, slots } = useVirtualRows(view, scrollRef);

  useEffect(() => {
    if (active >= 0 && active < count) virtualizer.scrollToIndex(active);
  }, [active, count, virtualizer]);

  const sorting = useMemo<SortingState>(
    () => [{ id: sort.sort, desc: sort.descending }],
    [sort.sort, sort.descending],
  );
  const onSortingChange: OnChangeFn<SortingState> = (updater) => {
    const [chosen] = typeof updater === 'function' ? updater(sorting) : updater;
    if (chosen && isTicketSortKey(chosen.id)) onSort({ sort: chosen.id, descending: chosen.desc });
  };

  const table = useTable({
    features,
    columns: TICKET_COLUMNS,
    data: slots,
    getRowId: (slot) => slot.row.id,
    state: { sorting },
    onSortingChange,
    manualSorting: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
    sortDescFirst: false,
  });

  const rowsByIndex = new Map(table.getRowModel().rows.map((row) => [row.original.index, row]));
  const columns = table.getVisibleLeafColumns();
  const template = columns
    .map(({ columnDef: { meta } }) =>
      meta?.grow ? `minmax(${meta.width}px, 1fr)` : `${meta?.width ?? 120}px`,
    )
    .join(' ');
  const minWidth = columns.reduce((sum, column) => sum + (column.columnDef.meta?.width ?? 0), 0);
  const style = { '--columns': template, minWidth } as CSSProperties;

  const openRow = (event: MouseEvent<HTMLTableRowElement>, id: string) => {
    if ((event.target as HTMLElement).closest('a, button, input, label, select')) return;
    navigate(href.ticket(id));
  };

  return (
    <NowContext.Provider value={now}>
      <div ref={scrollRef} className="vtable-scroll vtable-fill" data-testid="ticket-table-scroll">
        <table
          className="vtable"
          data-testid="ticket-table"
          aria-label={label}
          aria-rowcount={count + 1}
          aria-busy={view === null || undefined}
          style={style}
        >
          <thead>
            <tr aria-rowindex={1}>
              {columns.map((column) => {
                const text = intl.formatMessage({
                  id: column.columnDef.meta?.label ?? 'tickets.col.title',
                });
                return column.getCanSort() ? (
                  <SortHeader
                    key={column.id}
                    id={column.id}
                    label={text}
                    sorted={column.getIsSorted()}
                    onToggle={column.getToggleSortingHandler()}
                  />
                ) : (
                  <th key={column.id} scope="col" className="plain-header">
                    {text}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody style={{ height: virtualizer.getTotalSize() }}>
            {items.map((item) => {
              const row = rowsByIndex.get(item.index);
              const position: CSSProperties = { transform: `translateY(${item.start}px)` };
              if (!row) {
                return (
                  <tr
                    key={item.key}
                    className="vtable-placeholder"
                    aria-rowindex={item.index + 2}
                    style={position}
                  >
                    {columns.map((column) => (
                      <td key={column.id}>
                        <span className="skeleton" />
                      </td>
                    ))}
                  </tr>
                );
              }
              const ticket = row.original.row;
              const classes = [
                item.index === active ? 'active' : '',
                ticket.overdue ? 'overdue' : '',
              ].join(' ');
              return (
                <tr
                  key={item.key}
                  data-testid="ticket-row"
                  data-id={ticket.id}
                  data-number={ticket.number}
                  aria-rowindex={item.index + 2}
                  aria-selected={item.index === active}
                  className={classes.trim() || undefined}
                  style={position}
                  onClick={(event) => openRow(event, ticket.id)}
                >
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id}>
                      <table.FlexRender cell={cell} />
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
        {view?.ready && count === 0 && <div className="table-empty">{empty}</div>}
      </div>
    </NowContext.Provider>
  );
}
