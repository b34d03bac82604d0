import * as Popover from '@radix-ui/react-popover';
import { Command } from 'cmdk';
import { type ReactElement, type ReactNode, useEffect, useRef, useState } from 'react';
import { useDebounced } from './useDebounced';

/**
 * What a search-as-you-type list needs: the typed text, the words once typing
 * pauses, and the rows `load` answered for those words (an answer for older
 * words is dropped; a failure lists nothing). Nothing is asked while closed.
 */
export function useOpenSearch<T>(open: boolean, load: (words: string) => Promise<T[]>) {
  const [search, setSearch] = useState('');
  const words = useDebounced(search.trim(), 120);
  const [found, setFound] = useState<{ words: string; rows: T[] } | null>(null);
  // The latest `load`, without asking again each time the caller re-renders.
  const loader = useRef(load);
  loader.current = load;

  useEffect(() => {
    if (!open || words === '') return;
    let current = true;
    loader.current(words).then(
      (rows) => {
        if (current) setFound({ words, rows });
      },
      () => {
        if (current) setFound({ words, rows: [] });
      },
    );
    return () => {
      current = false;
    };
  }, [open, words]);

  const answered = words !== '' && found?.words === words;
  return { search, setSearch, words, rows: words === '' ? [] : (found?.rows ?? []), answered };
}

/**
 * A button that opens a searchable list (arrows and Enter drive it). Esc
 * closes the list only, not the form or the dialog around it. `hint` shows
 * before anything is typed, `none` when the search found nothing.
 */
export function SearchPopover({
  open,
  setOpen,
  trigger,
  label,
  testId,
  search,
  setSearch,
  placeholder,
  hint,
  none,
  children,
}: {
  open: boolean;
  setOpen: (open: boolean) => void;
  trigger: ReactElement;
  label: string;
  testId: string;
  search: string;
  setSearch: (search: string) => void;
  placeholder: string;
  hint: ReactNode | null;
  none: ReactNode | null;
  children: ReactNode;
}) {
  return (
    <Popover.Root open={open} onOpenChange={setOpen}>
      <Popover.Trigger asChild>{trigger}</Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          className="popover"
          align="start"
          sideOffset={4}
          onEscapeKeyDown={(event) => {
            event.preventDefault();
            setOpen(false);
          }}
        >
          <Command shouldFilter={false} label={label} className="command">
            <Command.Input
              className="command-input"
              data-testid={`${testId}-search`}
              value={search}
              onValueChange={setSearch}
              placeholder={placeholder}
            />
            <Command.List className="command-list">
              {hint && <p className="command-hint">{hint}</p>}
              {none && <p className="command-hint">{none}</p>}
              {children}
            </Command.List>
          </Command>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
