import { describe, expect, it } from 'vitest';
import { formatDateTime, formatEuros, formatIsoDate, formatNumber, localDecimal } from './format';
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
