import { useIntl } from 'react-intl';
import type { LabelSheet } from '../../bindings';
import { cellsOf, type Grid } from './sheets';

/**
 * The first sheet as a small grid: the cells already used are shaded, and a
 * click on a cell starts there. The number field beside it is the keyboard's
 * way to the same choice, so the cells stay out of the tab order.
 */
export function OffsetGrid({
  sheet,
  grid,
  offset,
  onChange,
}: {
  /** Names the grid's style (the cells of a sheet with few rows are taller). */
  sheet: LabelSheet;
  grid: Grid;
  offset: number;
  onChange: (offset: number) => void;
}) {
  const intl = useIntl();
  const cells = Array.from({ length: cellsOf(grid) }, (_, i) => i);
  return (
    <div
      className={`offset-grid offset-grid-${sheet}`}
      style={{ gridTemplateColumns: `repeat(${grid.columns}, 1fr)` }}
      data-testid="labels-grid"
    >
      {cells.map((cell) => (
        <button
          key={cell}
          type="button"
          tabIndex={-1}
          className={cell < offset ? 'offset-cell offset-used' : 'offset-cell'}
          aria-pressed={cell === offset}
          aria-label={intl.formatMessage({ id: 'labels.cell' }, { n: cell + 1 })}
          data-testid={`labels-cell-${cell}`}
          onClick={() => onChange(cell)}
        />
      ))}
    </div>
  );
}
