import { useVirtualizer } from '@tanstack/react-virtual';
import { type RefObject, useEffect, useMemo, useRef } from 'react';
import { PAGE_SIZE, type PagedView } from './pagedView';

/** The height of a row of a virtualised table, in pixels; every row has it, so none is measured. */
export const ROW_HEIGHT = 33;

/** A loaded row and its position in the whole result. */
export type RowSlot<R> = { index: number; row: R };

/**
 * The rows of a paged view in the window of a scroll box: only the rows in view
 * are in the page, and only their pages are loaded (half a page either side).
 * `slots` holds the loaded rows of the window, for the table model.
 */
export function useVirtualRows<R>(
  view: PagedView<object, R> | null,
  scrollRef: RefObject<HTMLElement | null>,
) {
  const count = view?.rowCount ?? 0;
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;

  // Ask for the pages under the rows in view, and half a page on either side.
  // A new query starts at its first row (the rows in view still belong to the
  // previous one for this render); a refresh of the same query stays put.
  const queryKey = view ? JSON.stringify(view.query) : '';
  const shownKey = useRef(queryKey);
  useEffect(() => {
    if (shownKey.current !== queryKey) {
      shownKey.current = queryKey;
      virtualizer.scrollToOffset(0);
      view?.want(0, last - first + PAGE_SIZE / 2);
      return;
    }
    view?.want(first - PAGE_SIZE / 2, last + PAGE_SIZE / 2);
  }, [view, queryKey, first, last, virtualizer]);

  // The table model holds the loaded rows in the window only: a few dozen, however long the list.
  const version = view?.version ?? 0;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` changes when the view loads rows.
  const slots = useMemo(() => {
    const loaded: RowSlot<R>[] = [];
    if (!view) return loaded;
    for (let index = first; index <= last && index < count; index++) {
      const row = view.row(index);
      if (row) loaded.push({ index, row });
    }
    return loaded;
  }, [view, version, first, last, count]);

  return { virtualizer, items, count, slots };
}
