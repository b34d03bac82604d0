import * as Popover from '@radix-ui/react-popover';
import { Command } from 'cmdk';
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import type { ControlProps } from '../../app/Field';
import { useDebounced } from '../../app/useDebounced';
import type { PersonRow, Reference } from '../../bindings';
import * as ipc from '../../ipc';

/** The most people listed at once: enough to choose from, few enough to read. */
const SHOWN = 50;

export function displayName(row: PersonRow): string {
  return `${row.person.firstName} ${row.person.lastName}`.trim();
}

/**
 * Chooses a person by typing part of a name, email, account or department. A
 * button shows the choice; it opens a searchable list (`people {search}`) that
 * arrows and Enter drive. Choosing "nobody" clears it.
 */
export function PersonPicker({
  value,
  onChange,
  label,
  placeholder,
  testId,
  control,
}: {
  value: Reference | null;
  onChange: (person: Reference | null) => void;
  label: string;
  placeholder: string;
  testId: string;
  control?: ControlProps;
}) {
  const intl = useIntl();
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState('');
  const words = useDebounced(search.trim(), 120);
  const [found, setFound] = useState<{ words: string; rows: PersonRow[] } | null>(null);

  useEffect(() => {
    if (!open || words === '') return;
    let current = true;
    ipc.getPeople(words).then(
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

  const choose = (person: Reference | null) => {
    onChange(person);
    setOpen(false);
    setSearch('');
  };

  const rows = words === '' ? [] : (found?.rows ?? []);
  return (
    <Popover.Root open={open} onOpenChange={setOpen}>
      <Popover.Trigger asChild>
        <button
          type="button"
          {...control}
          className={value ? 'picker' : 'picker picker-empty'}
          data-testid={testId}
          aria-label={`${label} : ${value?.name ?? placeholder}`}
        >
          {value?.name ?? placeholder}
        </button>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          className="popover"
          align="start"
          sideOffset={4}
          // Esc closes this list only, not the form or the dialog around it.
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
              placeholder={intl.formatMessage({ id: 'people.pickerSearch' })}
            />
            <Command.List className="command-list">
              {words === '' && (
                <p className="command-hint">{intl.formatMessage({ id: 'people.pickerHint' })}</p>
              )}
              {words !== '' && found?.words === words && rows.length === 0 && (
                <p className="command-hint">{intl.formatMessage({ id: 'people.pickerNone' })}</p>
              )}
              {value && (
                <Command.Item value="-" onSelect={() => choose(null)} className="command-item">
                  {intl.formatMessage({ id: 'people.pickerClear' })}
                </Command.Item>
              )}
              {rows.slice(0, SHOWN).map((row) => (
                <Command.Item
                  key={row.person.id}
                  value={row.person.id}
                  onSelect={() => choose({ id: row.person.id, name: displayName(row) })}
                  className="command-item"
                  data-testid={`${testId}-option`}
                >
                  <span>{displayName(row)}</span>
                  <span className="command-subtitle">
                    {[row.person.department, row.site].filter(Boolean).join(' · ')}
                  </span>
                </Command.Item>
              ))}
            </Command.List>
          </Command>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
