import * as Dialog from '@radix-ui/react-dialog';
import { Command } from 'cmdk';
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { href, navigate } from '../../app/routes';
import { useDebounced } from '../../app/useDebounced';
import type { HitKind, SearchHit } from '../../bindings';
import * as ipc from '../../ipc';

/** The groups of results, in the order they are shown. */
const KINDS: readonly HitKind[] = ['asset', 'person', 'location', 'supplier'];

/** How long typing must pause before searching, in milliseconds. */
const SEARCH_DELAY = 80;

export function hitHref(hit: SearchHit): string {
  switch (hit.kind) {
    case 'asset':
      return href.asset(hit.id);
    case 'person':
      return href.record('people', hit.id);
    case 'location':
      return href.record('locations', hit.id);
    case 'supplier':
      return href.record('suppliers', hit.id);
  }
}

/**
 * The global search (Ctrl+K): `global_search` as you type, the results grouped
 * by kind; arrows move, Enter opens the record, Esc closes. The dialog keeps
 * the focus inside and gives it back where it was.
 */
export function CommandPalette({
  open,
  onOpenChange,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const intl = useIntl();
  const [text, setText] = useState('');
  const words = useDebounced(text.trim(), SEARCH_DELAY);
  const [found, setFound] = useState<{ words: string; hits: SearchHit[] } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!open || words === '') return;
    let current = true;
    ipc.globalSearch(words).then(
      (hits) => {
        if (!current) return;
        setFound({ words, hits });
        setError(null);
      },
      (failure: unknown) => {
        if (current) setError(ipc.toIpcError(failure).message);
      },
    );
    return () => {
      current = false;
    };
  }, [open, words]);

  const change = (next: boolean) => {
    if (!next) {
      setText('');
      setFound(null);
      setError(null);
    }
    onOpenChange(next);
  };

  const go = (hit: SearchHit) => {
    change(false);
    navigate(hitHref(hit));
  };

  const hits = words === '' ? [] : (found?.hits ?? []);
  const settled = found?.words === words;
  return (
    <Dialog.Root open={open} onOpenChange={change}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="palette" data-testid="palette" aria-describedby={undefined}>
          <Dialog.Title className="visually-hidden">
            {intl.formatMessage({ id: 'palette.title' })}
          </Dialog.Title>
          <Command shouldFilter={false} label={intl.formatMessage({ id: 'palette.title' })} loop>
            <Command.Input
              className="palette-input"
              data-testid="palette-input"
              value={text}
              onValueChange={setText}
              placeholder={intl.formatMessage({ id: 'palette.placeholder' })}
            />
            <Command.List className="palette-list">
              {error && (
                <p className="command-hint field-error" role="alert">
                  {error}
                </p>
              )}
              {words === '' && (
                <p className="command-hint">{intl.formatMessage({ id: 'palette.hint' })}</p>
              )}
              {words !== '' && settled && hits.length === 0 && !error && (
                <p className="command-hint" data-testid="palette-empty">
                  {intl.formatMessage({ id: 'palette.none' }, { text: words })}
                </p>
              )}
              {KINDS.map((kind) => {
                const group = hits.filter((hit) => hit.kind === kind);
                if (group.length === 0) return null;
                return (
                  <Command.Group
                    key={kind}
                    heading={intl.formatMessage({ id: `palette.group.${kind}` })}
                    className="palette-group"
                  >
                    {group.map((hit) => (
                      <Command.Item
                        key={`${hit.kind}:${hit.id}`}
                        value={`${hit.kind}:${hit.id}`}
                        onSelect={() => go(hit)}
                        className="command-item"
                        data-testid="palette-hit"
                        data-kind={hit.kind}
                      >
                        <span>{hit.title}</span>
                        {hit.subtitle && <span className="command-subtitle">{hit.subtitle}</span>}
                      </Command.Item>
                    ))}
                  </Command.Group>
                );
              })}
            </Command.List>
          </Command>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
