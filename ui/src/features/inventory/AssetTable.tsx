import {
  type ColumnVisibilityState,
  type OnChangeFn,
  type RowSelectionState,
  type SortingState,
  useTable,
} from '@tanstack/react-table';
import {
  type CSSProperties,
  type MouseEvent,
  type ReactNode,
  useEffect,
  useMemo,
  useRef,
} from 'react';
import { useIntl } from 'react-intl';
import { href, navigate } from '../../app/routes';
import { SortHeader } from '../../app/SortHeader';
import { ROW_HEIGHT, useVirtualRows } from '../../app/useVirtualRows';
import type { AssetColumn, AssetKind } from '../../bindings';
import { COLUMNS, features, isSortKey, KindsContext, type Slot } from './columns';
import type { InventoryView } from './view';

/** The height of the sticky header, which covers the top of the scrolled rows. */
const HEADER_HEIGHT = ROW_HEIGHT;

export type Sort = { sort: AssetColumn; descending: boolean };

type Props = {
  view: InventoryView | null;
  kinds: readonly AssetKind[];
  sort: Sort;
  onSort: (sort: Sort) => void;
  columnVisibility: ColumnVisibilityState;
  /** The selected asset ids and their setter; without them, no checkboxes. */
  selection?: { rowSelection: RowSelectionState; onChange: OnChangeFn<RowSelectionState> };
  /** What the table says when it has no rows. */
  empty: ReactNode;
  label: string;
  /** `fill`: takes the page's remaining height; `embedded`: a bounded block inside a page. */
  layout?: 'fill' | 'embedded';
};

/**
 * The inventory as a virtualised table: only the rows in view are in the page,
 * and only their pages are loaded. Sorting, column visibility and selection are
 * TanStack Table state, owned by the caller; the rows come from `view`.
 */
export function AssetTable({
  view,
  kinds,
  sort,
  onSort,
  columnVisibility,
  selection,
  empty,
  label,
  layout = 'fill',
}: Props) {
  const intl = useIntl();
  const scrollRef = useRef<HTMLDivElement>(null);
  const { virtualizer, items, count, slots } = useVirtualRows(view, scrollRef);
  const data = useMemo<Slot[]>(
    () => slots.map(({ index, row }) => ({ index, asset: row })),
    [slots],
  );

  const sorting = useMemo<SortingState>(
    () => [{ id: sort.sort, desc: sort.descending }],
    [sort.sort, sort.descending],
  );
  const onSortingChange: OnChangeFn<SortingState> = (updater) => {
    const next = typeof updater === 'function' ? updater(sorting) : updater;
    const [chosen] = next;
    if (chosen && isSortKey(chosen.id)) onSort({ sort: chosen.id, descending: chosen.desc });
  };

  const table = useTable({
    features,
    columns: COLUMNS,
    data,
    getRowId: (slot) => slot.asset.id,
    state: {
      sorting,
      columnVisibility: { ...columnVisibility, select: selection !== undefined },
      rowSelection: selection?.rowSelection ?? NO_SELECTION,
    },
    onSortingChange,
    onRowSelectionChange: selection?.onChange,
    onColumnVisibilityChange: () => {},
    manualSorting: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
    sortDescFirst: false,
    enableRowSelection: selection !== undefined,
  });

  const rowsByIndex = new Map(table.getRowModel().rows.map((row) => [row.original.index, row]));
  const columns = table.getVisibleLeafColumns();
  const template = columns
    .map(({ columnDef: { meta } }) =>
      meta?.grow ? `minmax(${meta.width}px, 1fr)` : `${meta?.width ?? 120}px`,
    )
    .join(' ');
  const minWidth = columns.reduce((sum, column) => sum + (column.columnDef.meta?.width ?? 0), 0);

  // The rows fully or partly in view, under the sticky header: what "select all visible" takes.
  const top = virtualizer.scrollOffset ?? 0;
  const bottom = top + (virtualizer.scrollRect?.height ?? 0) - HEADER_HEIGHT;
  const visibleIds = items
    .filter((item) => item.end > top && item.start < bottom)
    .flatMap((item) => {
      const asset = view?.row(item.index);
      return asset ? [asset.id] : [];
    });

  const openRow = (event: MouseEvent<HTMLTableRowElement>, id: string) => {
    if ((event.target as HTMLElement).closest('a, button, input, label, select')) return;
    navigate(href.asset(id));
  };

  const style = { '--columns': template, minWidth } as CSSProperties;

  return (
    <KindsContext.Provider value={kinds}>
      <div
        ref={scrollRef}
        className={`vtable-scroll vtable-${layout}`}
        data-testid="asset-table-scroll"
      >
        <table
          className="vtable"
          data-testid="asset-table"
          aria-label={label}
          aria-rowcount={count + 1}
          aria-busy={view === null || undefined}
          style={style}
        >
          <thead>
            <tr aria-rowindex={1}>
              {columns.map((column) => {
                if (column.id === 'select' && selection) {
                  return (
                    <th key={column.id} scope="col" className="vtable-check">
                      <SelectVisible
                        ids={visibleIds}
                        rowSelection={selection.rowSelection}
                        onChange={selection.onChange}
                      />
                    </th>
                  );
                }
                const meta = column.columnDef.meta;
                return (
                  <SortHeader
                    key={column.id}
                    id={column.id}
                    label={meta?.label ? intl.formatMessage({ id: meta.label }) : ''}
                    sorted={column.getIsSorted()}
                    numeric={meta?.numeric}
                    onToggle={column.getToggleSortingHandler()}
                  />
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
              const selected = row.getIsSelected();
              return (
                <tr
                  key={item.key}
                  data-testid="asset-row"
                  data-id={row.original.asset.id}
                  aria-rowindex={item.index + 2}
                  className={selected ? 'selected' : undefined}
                  style={position}
                  onClick={(event) => openRow(event, row.original.asset.id)}
                >
                  {row.getVisibleCells().map((cell) => (
                    <td
                      key={cell.id}
                      className={
                        cell.column.id === 'select'
                          ? 'vtable-check'
                          : cell.column.columnDef.meta?.numeric
                            ? 'numeric'
                            : undefined
                      }
                    >
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
    </KindsContext.Provider>
  );
}

const NO_SELECTION: RowSelectionState = {};

/** The header checkbox: selects the rows in view, or clears them when all are selected. */
function SelectVisible({
  ids,
  rowSelection,
  onChange,
}: {
  ids: string[];
  rowSelection: RowSelectionState;
  onChange: OnChangeFn<RowSelectionState>;
}) {
  const intl = useIntl();
  const box = useRef<HTMLInputElement>(null);
  const chosen = ids.filter((id) => rowSelection[id]).length;
  const all = ids.length > 0 && chosen === ids.length;
  useEffect(() => {
    if (box.current) box.current.indeterminate = chosen > 0 && !all;
  }, [chosen, all]);
  return (
    <input
      ref={box}
      type="checkbox"
      className="row-check"
      data-testid="select-visible"
      aria-label={intl.formatMessage({ id: 'inventory.selectVisible' })}
      title={intl.formatMessage({ id: 'inventory.selectVisible' })}
      checked={all}
      disabled={ids.length === 0}
      onChange={() =>
        onChange((previous) => {
          const next = { ...previous };
          for (const id of ids) {
            if (all) delete next[id];
            else next[id] = true;
          }
          return next;
        })
      }
    />
  );
}
