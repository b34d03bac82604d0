import { fireEvent, screen } from '@testing-library/react';
import { vi } from 'vitest';

/*
 * jsdom lays nothing out, so a virtualised table would show no rows. These give
 * its scroll box a size, and scroll it as a user would.
 */

/** Gives every table's scroll box `height` pixels (20 rows of 33 px, by default). */
export function layOutTables(height = 693): void {
  const size = (pixels: number) =>
    function (this: HTMLElement) {
      return this.classList.contains('vtable-scroll') ? pixels : 0;
    };
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(size(height));
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(size(1200));
  // jsdom has no Element.scrollTo: scroll as a browser would, with its event.
  Element.prototype.scrollTo = function (this: Element, options?: ScrollToOptions | number) {
    if (typeof options === 'object' && options.top !== undefined) this.scrollTop = options.top;
    this.dispatchEvent(new Event('scroll'));
  } as Element['scrollTo'];
}

/** Scrolls the inventory table to `top` pixels. */
export function scrollTable(top: number): void {
  const box = screen.getByTestId('asset-table-scroll');
  box.scrollTop = top;
  fireEvent.scroll(box);
}
