import type { LabelSheet } from '../../bindings';

/** A sheet as a grid of labels, read row by row. */
export type Grid = { columns: number; rows: number };

/** The Avery sheets Parc knows by name (A4); a custom sheet is measured in the dialog. */
export const AVERY: Record<Exclude<LabelSheet, 'custom'>, Grid> = {
  l7651: { columns: 5, rows: 13 },
  l7160: { columns: 3, rows: 7 },
};

/** The sheets of the dialog's list, in its order. */
export const SHEET_CODES: readonly LabelSheet[] = ['l7651', 'l7160', 'custom'];

/** How many labels a sheet holds. */
export function cellsOf(grid: Grid): number {
  return grid.columns * grid.rows;
}

/** The grid of `sheet`; for a custom one, `custom` (null while its measurements are not usable). */
export function gridOf(sheet: LabelSheet, custom: Grid | null): Grid | null {
  return sheet === 'custom' ? custom : AVERY[sheet];
}
