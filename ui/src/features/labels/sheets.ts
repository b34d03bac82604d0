import type { LabelSheet } from '../../bindings';

/** The Avery sheets Parc prints on, as a grid of labels (A4, read row by row). */
export const SHEETS: Record<LabelSheet, { columns: number; rows: number }> = {
  l7651: { columns: 5, rows: 13 },
  l7160: { columns: 3, rows: 7 },
};

export const SHEET_CODES = Object.keys(SHEETS) as LabelSheet[];

/** How many labels a sheet holds. */
export function cellsOf(sheet: LabelSheet): number {
  const { columns, rows } = SHEETS[sheet];
  return columns * rows;
}
