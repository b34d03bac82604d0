import { PAGE_SIZE, type PagedSource, PagedView } from '../../app/pagedView';
import type { AssetQuery, AssetRow } from '../../bindings';

/*
 * The rows of one query of the inventory: the paged view of `app/pagedView`
 * over `list_assets` and `count_assets`.
 */

export { PAGE_SIZE };

/** A query without its window: what the table shows, before it scrolls. */
export type ViewQuery = Omit<AssetQuery, 'offset' | 'limit'>;

/** Where the rows come from: the IPC functions, or fakes in tests. */
export type RowSource = PagedSource<ViewQuery, AssetRow>;

export type InventoryView = PagedView<ViewQuery, AssetRow>;
export const InventoryView = PagedView<ViewQuery, AssetRow>;
