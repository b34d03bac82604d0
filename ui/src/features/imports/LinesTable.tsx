import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ROW_HEIGHT } from '../../app/useVirtualRows';
import type { FateKind, LineView } from '../../bindings';
import { useFormat } from '../../i18n/useFormat';
import { FATES } from './SummaryCounts';

type Filter = 'all' | FateKind;

/** The lines a filter keeps; "all" keeps them in the file's order. */
export function filterLines(lines: readonly LineView[], filter: Filter): readonly LineView[] {
  return filter === 'all' ? lines : lines.filter((l) => l.fate === filter);
}

/**
 * Every line of a dry run and its fate, with each error by line and column.
 * A file of 100,000 lines puts a few dozen rows in the page: the list is
 * virtualised, and a row grows to show all its errors.
 */
export function LinesTable({ lines }: { lines: readonly LineView[] }) {
  const intl = useIntl();
  const format = useFormat();
  const hasRejected = lines.some((l) => l.fate === 'rejected');
  const [filter, setFilter] = useState<Filter>(hasRejected ? 'rejected' : 'all');
  const shown = useMemo(() => filterLines(lines, filter), [lines, filter]);
  const scroll = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroll.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  return (
    <section className="import-lines" data-testid="import-lines">
      <div className="toolbar">
        <label className="inline-field">
          <FormattedMessage id="import.show" />{' '}
          <select
            data-testid="lines-filter"
            value={filter}
            onChange={(event) => setFilter(event.target.value as Filter)}
          >
            <option value="all">{intl.formatMessage({ id: 'import.show.all' })}</option>
            {FATES.map((fate) => (
              <option key={fate} value={fate}>
                {intl.formatMessage({ id: `import.fate.${fate}` })}
              </option>
            ))}
          </select>
        </label>
        <p className="count">
          <FormattedMessage
            id="import.lineCount"
            values={{ count: shown.length, shown: format.number(shown.length) }}
          />
        </p>
      </div>
      <div className="vtable-scroll vtable-embedded" ref={scroll}>
        <table className="vtable import-lines-table" aria-rowcount={shown.length + 1}>
          <thead>
            <tr>
              <th scope="col" className="numeric">
                <FormattedMessage id="import.col.line" />
              </th>
              <th scope="col">
                <FormattedMessage id="import.col.key" />
              </th>
              <th scope="col">
                <FormattedMessage id="import.col.fate" />
              </th>
              <th scope="col">
                <FormattedMessage id="import.col.details" />
              </th>
            </tr>
          </thead>
          <tbody style={{ height: virtualizer.getTotalSize() }}>
            {items.map((item) => {
              const line = shown[item.index];
              if (!line) return null;
              return (
                <tr
                  key={item.key}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  data-testid="import-line"
                  data-fate={line.fate}
                  aria-rowindex={item.index + 2}
                  style={{ transform: `translateY(${item.start}px)` }}
                >
                  <td className="numeric">{line.line}</td>
                  <td>{line.key ?? ''}</td>
                  <td>
                    <span className={`badge fate-${line.fate}`}>
                      <FormattedMessage id={`import.lineFate.${line.fate}`} />
                    </span>
                  </td>
                  <td className="line-details">
                    {line.errors.length > 0 ? (
                      <ul className="line-errors">
                        {line.errors.map((e) => (
                          <li key={`${e.column ?? ''}:${e.message}`} className="field-error">
                            {e.message}
                          </li>
                        ))}
                      </ul>
                    ) : (
                      line.changes.join(', ')
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
