import { describe, expect, it, vi } from 'vitest';
import type { AssetQuery, AssetRow } from '../../bindings';
import { asset } from '../../testing/fixtures';
import { InventoryView, PAGE_SIZE, type RowSource } from './view';

/** A source whose answers the test releases by hand. */
function manualSource(total: number) {
  const pending: Array<{ query: AssetQuery; answer: () => void }> = [];
  const source: RowSource = {
    list: (query) =>
      new Promise<AssetRow[]>((resolve) => {
        const rows = Array.from(
          { length: Math.max(0, Math.min(query.limit, total - query.offset)) },
          (_, i) => asset({ id: `id-${query.offset + i}`, tag: `T${query.offset + i}` }),
        );
        pending.push({ query, answer: () => resolve(rows) });
      }),
    count: () => new Promise<number>(() => {}),
  };
  const answerAll = async () => {
    for (const { answer } of pending.splice(0)) answer();
    await Promise.resolve();
    await Promise.resolve();
  };
  return { source, pending, answerAll };
}

const QUERY = { sort: 'tag' as const, descending: false };

describe('InventoryView', () => {
  it('asks for two pages at a time, the nearest first', async () => {
    const { source, pending, answerAll } = manualSource(10_000);
    const view = new InventoryView(QUERY, source);
    view.want(0, 450);
    expect(pending.map((p) => p.query.offset)).toEqual([0, 100]);
    await answerAll();
    expect(pending.map((p) => p.query.offset)).toEqual([200, 300]);
    await answerAll();
    expect(pending.map((p) => p.query.offset)).toEqual([400]);
  });

  it('forgets a range scrolled past before its turn came', async () => {
    const { source, pending, answerAll } = manualSource(100_000);
    const view = new InventoryView(QUERY, source);
    view.want(0, 50);
    view.want(30_000, 30_050);
    view.want(60_000, 60_050);
    view.want(90_000, 90_050);
    // Both slots went to the first two ranges; the third was passed while they loaded.
    expect(pending.map((p) => p.query.offset)).toEqual([0, 30_000]);
    await answerAll();
    expect(pending.map((p) => p.query.offset)).toEqual([90_000]);
    await answerAll();
    expect(view.row(90_000)?.tag).toBe('T90000');
    expect(view.row(60_000)).toBeUndefined();
  });

  it('counts the loaded rows until the count answers', async () => {
    const { source, answerAll } = manualSource(150);
    const view = new InventoryView(QUERY, source);
    expect(view.ready).toBe(false);
    expect(view.rowCount).toBe(0);
    view.want(0, 10);
    await answerAll();
    expect(view.ready).toBe(true);
    // A full first page: there may be more, so one more page of room.
    expect(view.rowCount).toBe(2 * PAGE_SIZE);
    view.want(100, 149);
    await answerAll();
    expect(view.rowCount).toBe(150);
  });

  it('keeps showing the rows of the view it refreshes until its own arrive', async () => {
    const { source, pending, answerAll } = manualSource(1000);
    const first = new InventoryView(QUERY, source);
    first.want(0, 10);
    await answerAll();
    const listener = vi.fn();
    const second = new InventoryView(QUERY, source, first);
    second.subscribe(listener);
    expect(second.ready).toBe(true);
    expect(second.row(5)?.tag).toBe('T5');
    second.want(0, 10);
    expect(pending.map((p) => p.query.offset)).toEqual([0]);
    await answerAll();
    expect(listener).toHaveBeenCalled();
  });

  it('ignores answers after it is closed', async () => {
    const { source, answerAll } = manualSource(1000);
    const view = new InventoryView(QUERY, source);
    const listener = vi.fn();
    view.subscribe(listener);
    view.want(0, 10);
    view.close();
    await answerAll();
    expect(listener).not.toHaveBeenCalled();
    expect(view.row(0)).toBeUndefined();
  });
});
