import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { PAGE_SIZE, type PagedSource, PagedView } from './pagedView';

/**
 * The paged view of `query` to show. A new query keeps the previous rows on
 * screen until its first page answers (no flash of emptiness while typing); a
 * new `refresh` (after a change) reloads the same query in place, keeping the
 * rows and the count shown until fresh ones arrive. `source` must be stable.
 */
export function usePagedView<Q extends object, R>(
  query: Q,
  refresh: number,
  source: PagedSource<Q, R>,
): PagedView<Q, R> | null {
  const key = JSON.stringify(query);
  const [shown, setShown] = useState<PagedView<Q, R> | null>(null);
  const shownRef = useRef(shown);
  shownRef.current = shown;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `query`; `refresh` asks for a reload.
  useEffect(() => {
    const previous = shownRef.current;
    const sameQuery = previous !== null && JSON.stringify(previous.query) === key;
    const view = new PagedView(query, source, sameQuery ? previous : undefined);
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
