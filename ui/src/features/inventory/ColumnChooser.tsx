import * as Popover from '@radix-ui/react-popover';
import type { ColumnVisibilityState } from '@tanstack/react-table';
import { FormattedMessage, useIntl } from 'react-intl';
import { COLUMNS, HIDEABLE } from './columns';

/** A menu of checkboxes, one per column that can be hidden; the choice is remembered. */
export function ColumnChooser({
  visibility,
  onChange,
}: {
  visibility: ColumnVisibilityState;
  onChange: (visibility: ColumnVisibilityState) => void;
}) {
  const intl = useIntl();
  return (
    <Popover.Root>
      <Popover.Trigger asChild>
        <button type="button" className="button" data-testid="columns-button">
          <FormattedMessage id="inventory.columns" />
        </button>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content className="popover popover-menu" align="end" sideOffset={4}>
          <fieldset className="column-list">
            <legend>
              <FormattedMessage id="inventory.columnsLegend" />
            </legend>
            {HIDEABLE.map((id) => {
              const label = COLUMNS.find((column) => column.id === id)?.meta?.label;
              return (
                <label key={id} className="check">
                  <input
                    type="checkbox"
                    data-testid={`column-${id}`}
                    checked={visibility[id] !== false}
                    onChange={(event) => onChange({ ...visibility, [id]: event.target.checked })}
                  />
                  {label ? intl.formatMessage({ id: label }) : id}
                </label>
              );
            })}
          </fieldset>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
