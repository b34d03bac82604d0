import * as Popover from '@radix-ui/react-popover';
import { Command } from 'cmdk';
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import type { ControlProps } from '../../app/Field';
import { useDebounced } from '../../app/useDebounced';
import type { AssetRow, Reference } from '../../bindings';
import * as ipc from '../../ipc';

/** The most assets listed at once: a search narrows them, nobody scrolls 100,000. */
const SHOWN = 20;

/** An asset as a link or a chip names it: `PARC-000042 — Portable de Chloé`. */
export function assetReference(asset: Pick<AssetRow, 'id' | 'tag' | 'name'>): Reference {
  return { id: asset.id, name: `${asset.tag} — ${asset.name}` };
}

/**
 * Links assets to a record: the chosen ones as chips (each with a button to
 * take it off), and a button that opens a search of the inventory (tag, name,
 * serial, person…) that arrows and Enter drive.
 */
export function AssetPicker({
  value,
  onChange,
  label,
  testId,
  control,
}: {
  value: readonly Reference[];
  onChange: (assets: Reference[]) => void;
  label: string;
  testId: string;
  control?: ControlProps;
}) {
  const intl = useIntl();
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState('');
  const words = useDebounced(search.trim(), 120);
  const [found, setFound] = useState<{ words: string; rows: AssetRow[] } | null>(null);

  useEffect(() => {
    if (!open || words === '') return;
    let current = true;
    const query = {
      search: words,
      sort: 'tag' as const,
      descending: false,
      offset: 0,
      limit: SHOWN,
    };
    ipc.listAssets(query).then(
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

  const chosen = new Set(value.map((asset) => asset.id));
  const add = (asset: Reference) => {
    if (!chosen.has(asset.id)) onChange([...value, asset]);
    setOpen(false);
    setSearch('');
  };
  const rows = words === '' ? [] : (found?.rows ?? []).filter((row) => !chosen.has(row.id));

  return (
    <div className="chips-field">
      {value.length > 0 && (
        <ul className="chips" data-testid={`${testId}-chips`}>
          {value.map((asset) => (
            <li key={asset.id} className="chip" data-testid={`${testId}-chip`} data-id={asset.id}>
              <span>{asset.name}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={intl.formatMessage({ id: 'assetPicker.remove' }, { name: asset.name })}
                onClick={() => onChange(value.filter((a) => a.id !== asset.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <Popover.Root open={open} onOpenChange={setOpen}>
        <Popover.Trigger asChild>
          <button
            type="button"
            {...control}
            className="button button-small"
            data-testid={testId}
            aria-label={`${label} : ${intl.formatMessage({ id: 'assetPicker.add' })}`}
          >
            {intl.formatMessage({ id: 'assetPicker.add' })}
          </button>
        </Popover.Trigger>
        <Popover.Portal>
          <Popover.Content
            className="popover"
            align="start"
            sideOffset={4}
            // Esc closes this list only, not the form around it.
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
                placeholder={intl.formatMessage({ id: 'assetPicker.search' })}
              />
              <Command.List className="command-list">
                {words === '' && (
                  <p className="command-hint">{intl.formatMessage({ id: 'assetPicker.hint' })}</p>
                )}
                {words !== '' && found?.words === words && rows.length === 0 && (
                  <p className="command-hint">{intl.formatMessage({ id: 'assetPicker.none' })}</p>
                )}
                {rows.map((row) => (
                  <Command.Item
                    key={row.id}
                    value={row.id}
                    onSelect={() => add(assetReference(row))}
                    className="command-item"
                    data-testid={`${testId}-option`}
                  >
                    <span>
                      <span className="mono">{row.tag}</span> {row.name}
                    </span>
                    <span className="command-subtitle">{row.assignee ?? row.location ?? ''}</span>
                  </Command.Item>
                ))}
              </Command.List>
            </Command>
          </Popover.Content>
        </Popover.Portal>
      </Popover.Root>
    </div>
  );
}
