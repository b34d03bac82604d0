import { Command } from 'cmdk';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { ControlProps } from '../../app/Field';
import { SearchPopover, useOpenSearch } from '../../app/SearchPopover';
import type { AssetRow, Reference } from '../../bindings';
import type { MessageId } from '../../i18n/fr';
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
  const {
    search,
    setSearch,
    words,
    rows: found,
    answered,
  } = useOpenSearch(open, (search) =>
    ipc.listAssets({ search, sort: 'tag', descending: false, offset: 0, limit: SHOWN }),
  );

  const chosen = new Set(value.map((asset) => asset.id));
  const add = (asset: Reference) => {
    if (!chosen.has(asset.id)) onChange([...value, asset]);
    setOpen(false);
    setSearch('');
  };
  const rows = found.filter((row) => !chosen.has(row.id));
  const say = (id: MessageId) => intl.formatMessage({ id });

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
      <SearchPopover
        open={open}
        setOpen={setOpen}
        label={label}
        testId={testId}
        search={search}
        setSearch={setSearch}
        placeholder={say('assetPicker.search')}
        hint={words === '' ? say('assetPicker.hint') : null}
        none={answered && rows.length === 0 ? say('assetPicker.none') : null}
        trigger={
          <button
            type="button"
            {...control}
            className="button button-small"
            data-testid={testId}
            aria-label={`${label} : ${say('assetPicker.add')}`}
          >
            {say('assetPicker.add')}
          </button>
        }
      >
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
      </SearchPopover>
    </div>
  );
}
