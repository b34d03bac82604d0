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

const times = perLocale((locale) => new Intl.DateTimeFormat(locale, { timeStyle: 'medium' }));

/** The time of day of an instant, to the second (`09:30:12`), in the local time zone. */
export function formatTime(locale: string, iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : times(locale).format(date);
}

/**
 * Writes a plain decimal amount (`1234.56`, as Rust sends it to a form) the way
 * the language writes it, for editing: `1234,56` in French.
 */
export function localDecimal(locale: string, decimal: string): string {
  return locale.startsWith('fr') ? decimal.replace('.', ',') : decimal;
}

const percents = perLocale(
  (locale) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }),
);

/** A share from 0 to 100 (`92.5`), as the language writes a percentage: `92,5 %`. */
export function formatPercent(locale: string, value: number): string {
  return percents(locale).format(value / 100);
}

export type SpanUnit = 'minute' | 'hour' | 'day';

/**
 * A length of time in the unit that reads best: minutes under an hour, hours
 * under two days, days beyond; always at least 1.
 */
export function spanOf(milliseconds: number): { value: number; unit: SpanUnit } {
  const minutes = Math.abs(milliseconds) / 60_000;
  if (minutes < 59.5) return { value: Math.max(1, Math.round(minutes)), unit: 'minute' };
  const hours = minutes / 60;
  if (hours < 47.5) return { value: Math.round(hours), unit: 'hour' };
  return { value: Math.round(hours / 24), unit: 'day' };
}

const relatives = perLocale(
  (locale) => new Intl.RelativeTimeFormat(locale, { numeric: 'always', style: 'short' }),
);

/** How far ahead an instant is, `milliseconds` from now: `dans 2 h`. */
export function formatFromNow(locale: string, milliseconds: number): string {
  const { value, unit } = spanOf(milliseconds);
  return relatives(locale).format(milliseconds < 0 ? -value : value, unit);
}

const amounts = perLocale((locale) => {
  const unit = (name: SpanUnit) =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short' });
  return { minute: unit('minute'), hour: unit('hour'), day: unit('day') };
});

/** A length of time without direction: `3 h`, `45 min`, `2 j`. */
export function formatSpan(locale: string, milliseconds: number): string {
  const { value, unit } = spanOf(milliseconds);
  return amounts(locale)[unit].format(value);
}

/** Business minutes as hours and minutes: `2 h 30 min`, `45 min`. */
export function formatMinutes(locale: string, minutes: number): string {
  const units = amounts(locale);
  const whole = Math.round(minutes);
  if (whole < 60) return units.minute.format(whole);
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  const head = units.hour.format(hours);
  return rest === 0 ? head : `${head} ${units.minute.format(rest)}`;
}

const dayMonths = perLocale(
  (locale) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' }),
);

/** An ISO calendar date as its day and month only: `3 nov.`, for the axis of a chart. */
export function formatDayMonth(locale: string, iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return iso;
  return dayMonths(locale).format(new Date(year, month - 1, day));
}
