import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import * as ipc from '../../ipc';
import { InventoryView, PAGE_SIZE, type RowSource, type ViewQuery } from './view';

const IPC_SOURCE: RowSource = { list: ipc.listAssets, count: ipc.countAssets };

/**
 * The view of `query` to show. A new query keeps the previous rows on screen
 * until its first page answers (no flash of emptiness while typing); a new
 * `refresh` (after a change) reloads the same query in place, keeping the rows
 * and the count shown until fresh ones arrive.
 */
export function useInventoryView(
  query: ViewQuery,
  refresh: number,
  source: RowSource = IPC_SOURCE,
): InventoryView | null {
  const key = JSON.stringify(query);
  const [shown, setShown] = useState<InventoryView | null>(null);
  const shownRef = useRef(shown);
  shownRef.current = shown;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `query`; `refresh` asks for a reload.
  useEffect(() => {
    const previous = shownRef.current;
    const sameQuery = previous !== null && JSON.stringify(previous.query) === key;
    const view = new InventoryView(query, source, sameQuery ? previous : undefined);
    if (sameQuery) {
      setShown(view);
    } else {
      view.want(0, PAGE_SIZE / 2);
      const swap = () => {
        if (view.ready) setShown(view);
      };
      const unsubscribe = view.subscribe(swap);
      swap();
      return () => {
        unsubscribe();
        view.close();
      };
    }
    return () => view.close();
  }, [key, refresh, source]);

  useSyncExternalStore(shown?.subscribe ?? noSubscription, shown?.getVersion ?? noVersion);
  return shown;
}

const noSubscription = () => () => {};
const noVersion = () => 0;
