import type { Cents } from '../bindings';

/*
 * Formatters for numbers, euros and dates. `Intl` objects are costly to build and
 * tables format hundreds of cells, so each is built once per locale.
 */

function perLocale<T>(build: (locale: string) => T): (locale: string) => T {
  const built = new Map<string, T>();
  return (locale) => {
    let value = built.get(locale);
    if (value === undefined) {
      value = build(locale);
      built.set(locale, value);
    }
    return value;
  };
}

const numbers = perLocale((locale) => new Intl.NumberFormat(locale));
const euros = perLocale(
  (locale) => new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }),
);
const dates = perLocale((locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }));
const moments = perLocale(
  (locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
);

export function formatNumber(locale: string, value: number): string {
  return numbers(locale).format(value);
}

export function formatEuros(locale: string, cents: Cents): string {
  return euros(locale).format(cents / 100);
}

/** Formats an ISO calendar date (`2027-03-31`) as that same day, whatever the time zone. */
export function formatIsoDate(locale: string, iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return iso;
  const date = new Date(year, month - 1, day);
  return Number.isNaN(date.getTime()) ? iso : dates(locale).format(date);
}

/** Formats an instant (`2026-05-04T09:30:00Z`) in the local time zone, with its time. */
export function formatDateTime(locale: string, iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : moments(locale).format(date);
}

/**
 * Writes a plain decimal amount (`1234.56`, as Rust sends it to a form) the way
 * the language writes it, for editing: `1234,56` in French.
 */
export function localDecimal(locale: string, decimal: string): string {
  return locale.startsWith('fr') ? decimal.replace('.', ',') : decimal;
}
