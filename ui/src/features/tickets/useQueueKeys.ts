import { type RefObject, useEffect, useRef } from 'react';

/** Whether a key pressed in `target` belongs to what is being typed there. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || !!target.closest('input, textarea, select');
}

/**
 * The queue's keyboard: `n` opens a new ticket, `/` goes to the search, the
 * arrows choose a row (from the search box too) and Enter opens it. Keys typed
 * in a field, or with Ctrl, Alt or ⌘, are left alone.
 */
export function useQueueKeys({
  search,
  onNew,
  onMove,
  onOpen,
}: {
  search: RefObject<HTMLInputElement | null>;
  onNew: () => void;
  onMove: (step: 1 | -1) => void;
  onOpen: () => boolean;
}) {
  const handlers = useRef({ onNew, onMove, onOpen });
  handlers.current = { onNew, onMove, onOpen };

  useEffect(() => {
    const keydown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const inSearch = event.target === search.current;
      const typing = isTyping(event.target);
      const { onNew, onMove, onOpen } = handlers.current;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        if (typing && !inSearch) return;
        event.preventDefault();
        onMove(event.key === 'ArrowDown' ? 1 : -1);
      } else if (event.key === 'Enter') {
        if (typing && !inSearch) return;
        if ((event.target as HTMLElement | null)?.closest?.('a, button')) return;
        if (onOpen()) event.preventDefault();
      } else if (typing) {
        return;
      } else if (event.key === '/') {
        event.preventDefault();
        search.current?.focus();
      } else if (event.key === 'n' && !event.shiftKey) {
        event.preventDefault();
        onNew();
      }
    };
    window.addEventListener('keydown', keydown);
    return () => window.removeEventListener('keydown', keydown);
  }, [search]);
}
