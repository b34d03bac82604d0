import { describe, expect, it } from 'vitest';
import { customGrid, EMPTY_DRAFT, parseCustom, parseMm } from './customSheet';

const MEASURED = { ...EMPTY_DRAFT, labelWidth: '70', labelHeight: '37', columns: '3', rows: '8' };

describe('custom sheet measurements', () => {
  it('read millimetres with a decimal comma or a point', () => {
    expect(parseMm('63,5')).toBe(63.5);
    expect(parseMm(' 38.1 ')).toBe(38.1);
    expect(parseMm('7')).toBe(7);
    expect(parseMm(',5')).toBe(0.5);
    for (const text of ['', ' ', '6,3,5', '-1', '1e3', 'abc', '63 mm', 'Infinity']) {
      expect(parseMm(text), text).toBeNull();
    }
  });

  it('name the first field in the way, in the order of the form', () => {
    expect(parseCustom(EMPTY_DRAFT)).toEqual({ problem: { field: 'labelWidth', kind: 'length' } });
    expect(parseCustom({ ...MEASURED, rows: '8.5' })).toEqual({
      problem: { field: 'rows', kind: 'count' },
    });
    expect(parseCustom({ ...MEASURED, columns: '0' })).toEqual({
      problem: { field: 'columns', kind: 'count' },
    });
    expect(parseCustom({ ...MEASURED, topMargin: '-2' })).toEqual({
      problem: { field: 'topMargin', kind: 'optional' },
    });
    expect(parseCustom({ ...MEASURED, columns: '99999999999' })).toEqual({
      problem: { field: 'columns', kind: 'count' },
    });
  });

  it('leave blank gaps and margins to Rust, and allow a zero gap', () => {
    expect(parseCustom({ ...MEASURED, columnGap: '0', topMargin: '0,5' })).toEqual({
      sheet: {
        labelWidth: 70,
        labelHeight: 37,
        columns: 3,
        rows: 8,
        pageWidth: null,
        pageHeight: null,
        leftMargin: null,
        topMargin: 0.5,
        columnGap: 0,
        rowGap: null,
      },
    });
  });

  it('draw no grid larger than an A4 page can hold', () => {
    expect(customGrid(MEASURED)).toEqual({ columns: 3, rows: 8 });
    expect(customGrid({ ...MEASURED, columns: '8', rows: '24' })).toEqual({ columns: 8, rows: 24 });
    expect(customGrid({ ...MEASURED, columns: '100', rows: '100' })).toBeNull();
    expect(customGrid({ ...MEASURED, rows: '' })).toBeNull();
  });
});
