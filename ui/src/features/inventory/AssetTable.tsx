import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { AssetRow } from '../../bindings';
import { useFormat } from '../../i18n/useFormat';

const COLUMNS = [
  'tag',
  'name',
  'kind',
  'status',
  'serial',
  'model',
  'location',
  'assignee',
  'warrantyEnd',
] as const;

/** The assets as a compact table, one row each; `empty` fills it when there are none. */
export function AssetTable({ rows, empty }: { rows: AssetRow[]; empty: ReactNode }) {
  const intl = useIntl();
  const format = useFormat();
  return (
    <div className="table-scroll">
      <table className="table" data-testid="asset-table">
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th key={column} scope="col">
                {intl.formatMessage({ id: `inventory.col.${column}` })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td className="table-empty" colSpan={COLUMNS.length}>
                {empty}
              </td>
            </tr>
          )}
          {rows.map((row) => (
            <tr key={row.id}>
              <td className="mono">{row.tag}</td>
              <td>{row.name}</td>
              <td>{row.kind}</td>
              <td>
                <span className={`status status-${row.status}`}>
                  {intl.formatMessage({ id: `status.${row.status}` })}
                </span>
              </td>
              <td className="mono">{row.serial}</td>
              <td>{[row.manufacturer, row.model].filter(Boolean).join(' ')}</td>
              <td>{row.location}</td>
              <td>{row.assignee}</td>
              <td>{row.warrantyEnd && format.isoDate(row.warrantyEnd)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
