import type { CustomSheet } from '../../bindings';
import type { Grid } from './sheets';

/*
 * A label sheet measured by hand, as the dialog holds it: each field's text
 * as typed (so that "63," stays on screen while "63,5" is being written),
 * turned into the `CustomSheet` sent to Rust only on confirm. Rust lays it out
 * on an A4 page and says why a sheet does not fit; here we only refuse what is
 * not a measurement at all. The last measurements sent are kept on this
 * computer: a box of custom labels lasts for months.
 */

export const CUSTOM_FIELDS = [
  'labelWidth',
  'labelHeight',
  'columns',
  'rows',
  'columnGap',
  'rowGap',
  'leftMargin',
  'topMargin',
] as const;

export type CustomField = (typeof CUSTOM_FIELDS)[number];

/** The text of each field. */
export type CustomDraft = Record<CustomField, string>;

/**
 * What a field takes: a length greater than zero, a whole number greater than
 * zero, or a length of zero or more that may be left blank (gaps: 0; margins:
 * the grid centred on the page).
 */
export type FieldKind = 'length' | 'count' | 'optional';

export const FIELD_KIND: Record<CustomField, FieldKind> = {
  labelWidth: 'length',
  labelHeight: 'length',
  columns: 'count',
  rows: 'count',
  columnGap: 'optional',
  rowGap: 'optional',
  leftMargin: 'optional',
  topMargin: 'optional',
};

export const EMPTY_DRAFT: CustomDraft = {
  labelWidth: '',
  labelHeight: '',
  columns: '',
  rows: '',
  columnGap: '',
  rowGap: '',
  leftMargin: '',
  topMargin: '',
};

/** The first field that is not a measurement, and what it takes. */
export type CustomProblem = { field: CustomField; kind: FieldKind };

export type Parsed = { sheet: CustomSheet } | { problem: CustomProblem };

/**
 * Beyond these, a number is a typing slip rather than a sheet (and would not
 * even cross to Rust: counts are 32-bit there); within them, Rust says
 * whether the labels fit.
 */
const MAX_COUNT = 2 ** 32 - 1;
const MAX_MM = 10_000;

/** Millimetres as people type them, "63,5" or "63.5"; null when it is not a number of them. */
export function parseMm(text: string): number | null {
  const plain = text.trim().replace(',', '.');
  return /^(\d+(\.\d*)?|\.\d+)$/.test(plain) ? Number(plain) : null;
}

function parseCount(text: string): number | null {
  const plain = text.trim();
  return /^\d+$/.test(plain) ? Number(plain) : null;
}

/** The sheet to send, or the first field in the way (in the order of the form). */
export function parseCustom(draft: CustomDraft): Parsed {
  const values: Partial<Record<CustomField, number | null>> = {};
  for (const field of CUSTOM_FIELDS) {
    const kind = FIELD_KIND[field];
    const text = draft[field];
    if (kind === 'optional' && text.trim() === '') {
      values[field] = null;
      continue;
    }
    const value = kind === 'count' ? parseCount(text) : parseMm(text);
    const largest = kind === 'count' ? MAX_COUNT : MAX_MM;
    if (value === null || (kind !== 'optional' && value <= 0) || value > largest) {
      return { problem: { field, kind } };
    }
    values[field] = value;
  }
  const required = (field: CustomField) => values[field] ?? 0;
  const optional = (field: CustomField) => values[field] ?? null;
  return {
    sheet: {
      labelWidth: required('labelWidth'),
      labelHeight: required('labelHeight'),
      columns: required('columns'),
      rows: required('rows'),
      // The dialog prints on A4, like most custom sheets; another page size is
      // for `parc labels --page-width/--page-height`.
      pageWidth: null,
      pageHeight: null,
      leftMargin: optional('leftMargin'),
      topMargin: optional('topMargin'),
      columnGap: optional('columnGap'),
      rowGap: optional('rowGap'),
    },
  };
}

/**
 * More cells than this cannot be on an A4 page (a label is at least 25 × 12 mm:
 * 8 × 24), so such a grid is not drawn: Rust says why on confirm.
 */
const MAX_GRID_CELLS = 8 * 24;

/** The grid to draw for these measurements, or null while they are incomplete or impossible. */
export function customGrid(draft: CustomDraft): Grid | null {
  const parsed = parseCustom(draft);
  if (!('sheet' in parsed)) return null;
  const { columns, rows } = parsed.sheet;
  return columns * rows <= MAX_GRID_CELLS ? { columns, rows } : null;
}

const STORAGE_KEY = 'parc.labels.customSheet';
/** Longer than any measurement anyone types: the rest of a stored value is not one. */
const MAX_TEXT = 16;

/** The measurements last sent from this computer; blank fields when there are none (or they are not readable). */
export function loadDraft(): CustomDraft {
  let saved: unknown = null;
  try {
    saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
  } catch {
    saved = null;
  }
  const draft = { ...EMPTY_DRAFT };
  if (typeof saved === 'object' && saved !== null) {
    for (const field of CUSTOM_FIELDS) {
      const value = (saved as Record<string, unknown>)[field];
      if (typeof value === 'string') draft[field] = value.slice(0, MAX_TEXT);
    }
  }
  return draft;
}

export function saveDraft(draft: CustomDraft): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(draft));
  } catch {
    // A full or disabled storage only costs typing the measurements again.
  }
}
