import type { IpcError } from '../bindings';
import { toIpcError } from '../ipc';

/*
 * The rows of one query of a long list (the inventory, the ticket queue),
 * loaded a page at a time as the table scrolls. 100,000 rows never cross IPC
 * at once: the table says which rows it shows (`want`), and only the pages
 * under them are asked for, by offset.
 */

/** The rows one page asks for. */
export const PAGE_SIZE = 100;

/** Pages asked for at the same time; the next ones are chosen when one answers. */
const MAX_IN_FLIGHT = 2;

/** Pages kept in memory; those farthest from the rows shown are dropped first. */
const MAX_PAGES = 40;

/** The window of rows a page asks for; what a query lacks before the table scrolls. */
export type PageWindow = { offset: number; limit: number };

/** Where the rows come from: the IPC functions, or fakes in tests. */
export interface PagedSource<Q extends object, R> {
  list(query: Q & PageWindow): Promise<R[]>;
  count(query: Q & PageWindow): Promise<number>;
}

export class PagedView<Q extends object, R> {
  readonly query: Q;
  /** The number of matching rows, once the count answers. */
  total: number | null = null;
  error: IpcError | null = null;
  /** Changes on every change, for `useSyncExternalStore`. */
  version = 0;

  private readonly source: PagedSource<Q, R>;
  private readonly pages = new Map<number, R[]>();
  /** Pages kept from the view this one refreshes: shown until loaded again. */
  private readonly stale = new Set<number>();
  private readonly loading = new Set<number>();
  private readonly listeners = new Set<() => void>();
  /** The count of the view this one refreshes, until this one's own arrives. */
  private readonly previousTotal: number | null;
  private wanted = { first: 0, last: PAGE_SIZE - 1 };
  private loadedAny: boolean;
  private counting = false;
  private closed = false;

  /**
   * Loads nothing until `want` says which rows to show; then asks for their
   * pages first and for the count just after, so that the rows never wait for
   * the count. A view built from `seed` (a refresh of the same query) shows the
   * seed's rows until its own arrive.
   */
  constructor(query: Q, source: PagedSource<Q, R>, seed?: PagedView<Q, R>) {
    this.query = query;
    this.source = source;
    this.previousTotal = seed ? (seed.total ?? seed.previousTotal) : null;
    this.loadedAny = seed !== undefined;
    if (seed) {
      for (const [page, rows] of seed.pages) {
        this.pages.set(page, rows);
        this.stale.add(page);
      }
    }
  }

  /** Whether the view has something to show: rows, an empty result, or an error. */
  get ready(): boolean {
    return this.loadedAny || this.error !== null || this.total === 0;
  }

  /** How many rows the table holds: the count, or what the loaded pages tell until it comes. */
  get rowCount(): number {
    if (this.total !== null) return this.total;
    if (this.previousTotal !== null) return this.previousTotal;
    let rows = 0;
    for (let page = 0; ; page++) {
      const loaded = this.pages.get(page);
      if (!loaded) return rows > 0 ? rows + PAGE_SIZE : 0;
      rows += loaded.length;
      if (loaded.length < PAGE_SIZE) return rows;
    }
  }

  /** The row at `index`, if its page is loaded. */
  row(index: number): R | undefined {
    return this.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];
  }

  /** The table shows the rows `first` to `last`: loads their pages if needed. */
  want(first: number, last: number): void {
    this.wanted = { first: Math.max(0, first), last: Math.max(first, last) };
    this.pump();
  }

  /** After an error: asks again for what failed. */
  retry(): void {
    this.error = null;
    this.emit();
    if (this.total === null) this.count();
    this.pump();
  }

  /** Stops loading; answers that arrive later are ignored. */
  close(): void {
    this.closed = true;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  private emit(): void {
    this.version += 1;
    for (const listener of this.listeners) listener();
  }

  private count(): void {
    if (this.counting) return;
    this.counting = true;
    this.source.count({ ...this.query, offset: 0, limit: 0 }).then(
      (total) => {
        this.counting = false;
        if (this.closed) return;
        this.total = total;
        this.emit();
      },
      (error: unknown) => {
        this.counting = false;
        if (this.closed) return;
        this.error = toIpcError(error);
        this.emit();
      },
    );
  }

  /** Asks for the missing pages under the wanted rows, nearest first, a few at a time. */
  private pump(): void {
    if (this.closed || this.error) return;
    const first = Math.floor(this.wanted.first / PAGE_SIZE);
    const last = Math.floor(this.wanted.last / PAGE_SIZE);
    for (let page = first; page <= last && this.loading.size < MAX_IN_FLIGHT; page++) {
      if (this.loading.has(page)) continue;
      if (this.pages.has(page) && !this.stale.has(page)) continue;
      if (this.total !== null && page > 0 && page * PAGE_SIZE >= this.total) break;
      this.load(page);
    }
    if (this.total === null) this.count();
  }

  private load(page: number): void {
    this.loading.add(page);
    this.source.list({ ...this.query, offset: page * PAGE_SIZE, limit: PAGE_SIZE }).then(
      (rows) => {
        this.loading.delete(page);
        if (this.closed) return;
        this.pages.set(page, rows);
        this.stale.delete(page);
        this.loadedAny = true;
        this.evict();
        this.emit();
        this.pump();
      },
      (error: unknown) => {
        this.loading.delete(page);
        if (this.closed) return;
        this.error = toIpcError(error);
        this.emit();
      },
    );
  }

  private evict(): void {
    if (this.pages.size <= MAX_PAGES) return;
    const centre = (this.wanted.first + this.wanted.last) / 2 / PAGE_SIZE;
    const farthest = [...this.pages.keys()].sort(
      (a, b) => Math.abs(b - centre) - Math.abs(a - centre),
    );
    for (const page of farthest.slice(0, this.pages.size - MAX_PAGES)) {
      this.pages.delete(page);
      this.stale.delete(page);
    }
  }
}
