import { clearMocks } from '@tauri-apps/api/mocks';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// jsdom lays nothing out: the popovers (Radix) observe sizes and the palette
// (cmdk) scrolls the chosen result into view. Both are harmless no-ops here.
class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= NoResizeObserver;
Element.prototype.scrollIntoView ??= () => {};

// `waitFor`/`findBy` give up after this long. The default second is short on a
// 2-core machine that builds Rust at the same time; a wait that succeeds ends
// as soon as it does, so a longer limit only delays a real failure.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  clearMocks();
  localStorage.clear();
  sessionStorage.clear();
  window.location.hash = '';
});
