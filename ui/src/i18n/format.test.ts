import { describe, expect, it } from 'vitest';
import {
  formatDateTime,
  formatEuros,
  formatFromNow,
  formatIsoDate,
  formatMinutes,
  formatNumber,
  formatPercent,
  formatSpan,
  localDecimal,
  spanOf,
} from './format';
import { localeOf } from './language';

// French groups digits with a narrow no-break space and puts one no-break space before €.
const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('formatNumber', () => {
  it('groups digits the French way', () => {
    expect(formatNumber(localeOf('fr'), 1234567)).toBe(`1${NNBSP}234${NNBSP}567`);
  });

  it('groups digits the English way', () => {
    expect(formatNumber(localeOf('en'), 1234567)).toBe('1,234,567');
  });
});

describe('formatEuros', () => {
  it('turns cents into euros in French', () => {
    expect(formatEuros(localeOf('fr'), 123456789)).toBe(`1${NNBSP}234${NNBSP}567,89${NBSP}€`);
    expect(formatEuros(localeOf('fr'), 0)).toBe(`0,00${NBSP}€`);
  });

  it('turns cents into euros in English', () => {
    expect(formatEuros(localeOf('en'), 123456789)).toBe('€1,234,567.89');
    expect(formatEuros(localeOf('en'), 5)).toBe('€0.05');
  });
});

describe('formatIsoDate', () => {
  it('shows the calendar day itself in each language', () => {
    expect(formatIsoDate(localeOf('fr'), '2027-03-31')).toBe('31 mars 2027');
    expect(formatIsoDate(localeOf('en'), '2027-03-31')).toBe('31 Mar 2027');
  });

  it('leaves a malformed date as it is', () => {
    expect(formatIsoDate(localeOf('fr'), 'bientôt')).toBe('bientôt');
  });
});

describe('formatDateTime', () => {
  it('shows the day and the time of an instant', () => {
    const text = formatDateTime(localeOf('fr'), '2026-05-04T09:30:00Z');
    expect(text).toMatch(/^4 mai 2026/);
    expect(text).toMatch(/\d{2}:\d{2}$/);
  });

  it('leaves a malformed instant as it is', () => {
    expect(formatDateTime(localeOf('en'), 'hier')).toBe('hier');
  });
});

describe('localDecimal', () => {
  it('writes a decimal comma in French only', () => {
    expect(localDecimal(localeOf('fr'), '1234.56')).toBe('1234,56');
    expect(localDecimal(localeOf('en'), '1234.56')).toBe('1234.56');
  });
});

describe('lengths of time', () => {
  const HOUR = 3_600_000;
  /** ICU's choice of no-break space varies between versions: compare with plain spaces. */
  const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

  it('picks the unit that reads best', () => {
    expect(spanOf(20_000)).toEqual({ value: 1, unit: 'minute' });
    expect(spanOf(-45 * 60_000)).toEqual({ value: 45, unit: 'minute' });
    expect(spanOf(90 * 60_000)).toEqual({ value: 2, unit: 'hour' });
    expect(spanOf(30 * HOUR)).toEqual({ value: 30, unit: 'hour' });
    expect(spanOf(-80 * HOUR)).toEqual({ value: 3, unit: 'day' });
  });

  it('says how far ahead a due time is, in French and English', () => {
    expect(plain(formatFromNow(localeOf('fr'), 2 * HOUR))).toBe('dans 2 h');
    expect(plain(formatFromNow(localeOf('en'), 2 * HOUR))).toBe('in 2 hr');
    expect(plain(formatSpan(localeOf('fr'), -3 * HOUR))).toBe('3 h');
    expect(plain(formatSpan(localeOf('fr'), 3 * 24 * HOUR))).toBe('3 j');
  });

  it('writes business minutes as hours and minutes', () => {
    expect(plain(formatMinutes(localeOf('fr'), 45))).toBe('45 min');
    expect(plain(formatMinutes(localeOf('fr'), 150))).toBe('2 h 30 min');
    expect(plain(formatMinutes(localeOf('en'), 120))).toBe('2 hrs');
  });

  it('writes shares as percentages', () => {
    expect(plain(formatPercent(localeOf('fr'), 92.5))).toBe('92,5 %');
    expect(plain(formatPercent(localeOf('en'), 100))).toBe('100%');
  });
});
