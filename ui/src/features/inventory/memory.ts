import type { ColumnVisibilityState } from '@tanstack/react-table';
import type { AssetColumn, AssetStatus, Reference, WarrantyFilter } from '../../bindings';
import { DEFAULT_VISIBILITY, HIDEABLE } from './columns';

/*
 * What the inventory remembers: the visible columns for good (localStorage), and
 * the search, filters and sort for the session, so that opening an asset and
 * coming back finds the list as it was.
 */

export type Filters = {
  kind: string | null;
  status: AssetStatus | null;
  locationId: string | null;
  assignee: Reference | null;
  warranty: WarrantyFilter | null;
};

export const NO_FILTERS: Filters = {
  kind: null,
  status: null,
  locationId: null,
  assignee: null,
  warranty: null,
};

export type ListState = {
  search: string;
  filters: Filters;
  sort: AssetColumn;
  descending: boolean;
};

export const INITIAL_LIST: ListState = {
  search: '',
  filters: NO_FILTERS,
  sort: 'tag',
  descending: false,
};

const COLUMNS_KEY = 'parc.inventory.columns';
const LIST_KEY = 'parc.inventory.list';

function read(storage: Storage, key: string): unknown {
  try {
    return JSON.parse(storage.getItem(key) ?? 'null');
  } catch {
    return null;
  }
}

/** The saved visibility of each column a user can hide; the defaults for the others. */
export function loadColumns(): ColumnVisibilityState {
  const saved = read(localStorage, COLUMNS_KEY);
  const visibility: ColumnVisibilityState = { ...DEFAULT_VISIBILITY };
  if (typeof saved === 'object' && saved !== null) {
    for (const id of HIDEABLE) {
      const value = (saved as Record<string, unknown>)[id];
      if (typeof value === 'boolean') visibility[id] = value;
    }
  }
  return visibility;
}

export function saveColumns(visibility: ColumnVisibilityState): void {
  localStorage.setItem(COLUMNS_KEY, JSON.stringify(visibility));
}

export function loadList(): ListState {
  const saved = read(sessionStorage, LIST_KEY);
  if (typeof saved !== 'object' || saved === null) return INITIAL_LIST;
  const list = saved as Partial<ListState>;
  return {
    search: typeof list.search === 'string' ? list.search : '',
    filters: { ...NO_FILTERS, ...(list.filters ?? {}) },
    sort: typeof list.sort === 'string' ? list.sort : 'tag',
    descending: list.descending === true,
  };
}

export function saveList(list: ListState): void {
  sessionStorage.setItem(LIST_KEY, JSON.stringify(list));
}
