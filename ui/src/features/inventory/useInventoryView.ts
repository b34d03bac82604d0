import { usePagedView } from '../../app/usePagedView';
import * as ipc from '../../ipc';
import type { InventoryView, RowSource, ViewQuery } from './view';

const IPC_SOURCE: RowSource = { list: ipc.listAssets, count: ipc.countAssets };

/** The inventory's rows of `query`, a page at a time (see `usePagedView`). */
export function useInventoryView(
  query: ViewQuery,
  refresh: number,
  source: RowSource = IPC_SOURCE,
): InventoryView | null {
  return usePagedView(query, refresh, source);
}
