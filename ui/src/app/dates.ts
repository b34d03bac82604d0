/*
 * Calendar dates as ISO strings (`2026-11-20`) in the local time zone, as
 * `<input type="date">` and the Rust side's `NaiveDate` write them, and
 * instants as `<input type="datetime-local">` writes them.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar date of `date`. */
export function isoDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Today, `days` days from now (negative: in the past). */
export function isoInDays(days: number, from = new Date()): string {
  const then = new Date(from);
  then.setDate(then.getDate() + days);
  return isoDate(then);
}

/** An instant (`2026-11-20T08:30:00Z`) as a `datetime-local` value in the local time zone. */
export function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${isoDate(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A `datetime-local` value as an instant, or `null` when empty or incomplete. */
export function fromLocalInput(value: string): string | null {
  if (value === '') return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
