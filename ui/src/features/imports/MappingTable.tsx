import { FormattedMessage, useIntl } from 'react-intl';
import type { AssetField, DateOrder, Mapping, TablePreview } from '../../bindings';

const DATE_FIELDS: readonly AssetField[] = ['purchase_date', 'warranty_end'];

/**
 * Sends a column to a field, as Rust's `Mapping::set` does: a field is fed by
 * one column, so the field's former column is left out.
 */
export function setColumn(mapping: Mapping, index: number, field: AssetField | null): Mapping {
  return {
    columns: mapping.columns.map((c) => {
      if (c.index === index) return { ...c, field };
      if (field !== null && c.field === field) return { ...c, field: null };
      return c;
    }),
  };
}

export function setDateOrder(mapping: Mapping, index: number, dateOrder: DateOrder): Mapping {
  return { columns: mapping.columns.map((c) => (c.index === index ? { ...c, dateOrder } : c)) };
}

/** Whether an asset can be found or named from the mapping: a tag, serial or name column. */
export function identifies(mapping: Mapping): boolean {
  return mapping.columns.some(
    (c) => c.field === 'tag' || c.field === 'serial' || c.field === 'name',
  );
}

/**
 * The mapping step: each column of the file, what its first lines hold, and
 * the field it feeds (suggested from the headers, changed here).
 */
export function MappingTable({
  table,
  mapping,
  onChange,
}: {
  table: TablePreview;
  mapping: Mapping;
  onChange: (mapping: Mapping) => void;
}) {
  const intl = useIntl();
  return (
    <div className="table-scroll">
      <table className="table mapping-table" data-testid="mapping-table">
        <thead>
          <tr>
            <th scope="col">
              <FormattedMessage id="import.col.column" />
            </th>
            <th scope="col">
              <FormattedMessage id="import.col.samples" />
            </th>
            <th scope="col">
              <FormattedMessage id="import.col.field" />
            </th>
          </tr>
        </thead>
        <tbody>
          {mapping.columns.map((column) => {
            const samples = table.samples
              .map((row) => row[column.index] ?? '')
              .filter((value) => value !== '');
            return (
              <tr
                key={column.index}
                data-testid="mapping-row"
                data-field={column.field ?? ''}
                className={column.field === null ? 'mapping-ignored' : undefined}
              >
                <th scope="row">{column.header}</th>
                <td className="mapping-samples">
                  {samples.length > 0 ? (
                    samples.join(' · ')
                  ) : (
                    <span className="muted">
                      <FormattedMessage id="import.noSample" />
                    </span>
                  )}
                </td>
                <td>
                  <select
                    aria-label={intl.formatMessage(
                      { id: 'import.fieldFor' },
                      { column: column.header },
                    )}
                    data-testid={`mapping-field-${column.index}`}
                    value={column.field ?? ''}
                    onChange={(event) =>
                      onChange(
                        setColumn(
                          mapping,
                          column.index,
                          event.target.value === '' ? null : (event.target.value as AssetField),
                        ),
                      )
                    }
                  >
                    <option value="">{intl.formatMessage({ id: 'import.ignored' })}</option>
                    {table.fields.map((f) => (
                      <option key={f.field} value={f.field}>
                        {f.label}
                      </option>
                    ))}
                  </select>
                  {column.field !== null && DATE_FIELDS.includes(column.field) && (
                    <select
                      className="mapping-date-order"
                      aria-label={intl.formatMessage(
                        { id: 'import.dateOrderFor' },
                        { column: column.header },
                      )}
                      value={column.dateOrder}
                      onChange={(event) =>
                        onChange(
                          setDateOrder(mapping, column.index, event.target.value as DateOrder),
                        )
                      }
                    >
                      <option value="day_first">
                        {intl.formatMessage({ id: 'import.dayFirst' })}
                      </option>
                      <option value="month_first">
                        {intl.formatMessage({ id: 'import.monthFirst' })}
                      </option>
                    </select>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
