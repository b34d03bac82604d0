import { Command } from 'cmdk';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { ControlProps } from '../../app/Field';
import { SearchPopover, useOpenSearch } from '../../app/SearchPopover';
import type { PersonRow, Reference } from '../../bindings';
import type { MessageId } from '../../i18n/fr';
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
  const { search, setSearch, words, rows, answered } = useOpenSearch(open, ipc.getPeople);
  const say = (id: MessageId) => intl.formatMessage({ id });

  const choose = (person: Reference | null) => {
    onChange(person);
    setOpen(false);
    setSearch('');
  };

  return (
    <SearchPopover
      open={open}
      setOpen={setOpen}
      label={label}
      testId={testId}
      search={search}
      setSearch={setSearch}
      placeholder={say('people.pickerSearch')}
      hint={words === '' ? say('people.pickerHint') : null}
      none={answered && rows.length === 0 ? say('people.pickerNone') : null}
      trigger={
        <button
          type="button"
          {...control}
          className={value ? 'picker' : 'picker picker-empty'}
          data-testid={testId}
          aria-label={`${label} : ${value?.name ?? placeholder}`}
        >
          {value?.name ?? placeholder}
        </button>
      }
    >
      {value && (
        <Command.Item value="-" onSelect={() => choose(null)} className="command-item">
          {say('people.pickerClear')}
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
    </SearchPopover>
  );
}
