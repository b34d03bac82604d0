import type { Cents } from '../../bindings';

/**
 * Reads an amount as people type it, as the Rust side does (`Cents::parse`):
 * `1234.56`, `1 234,56`, `1,234.56 €`, `€1234`. The last `,` or `.` followed by
 * one or two digits is the decimal mark; other separators group thousands.
 * Returns `null` when the text is not an amount.
 */
export function parseCents(input: string): Cents | null {
  let text = input.replace(/[\s\u00a0\u202f€]/g, '');
  if (text.startsWith('EUR')) text = text.slice(3);
  else if (text.endsWith('EUR')) text = text.slice(0, -3);
  const negative = text.startsWith('-');
  if (negative) text = text.slice(1);
  if (text === '') return null;
  const mark = Math.max(text.lastIndexOf(','), text.lastIndexOf('.'));
  const decimals = mark >= 0 ? text.length - mark - 1 : 0;
  const [whole, fraction] =
    mark >= 0 && decimals >= 1 && decimals <= 2
      ? [text.slice(0, mark), text.slice(mark + 1)]
      : [text, ''];
  const digits = whole.replace(/[.,]/g, '');
  if (digits === '' && fraction === '') return null;
  if (!/^\d*$/.test(digits) || !/^\d*$/.test(fraction)) return null;
  const euros = digits === '' ? 0 : Number(digits);
  const cents = fraction === '' ? 0 : Number(fraction.padEnd(2, '0'));
  const total = euros * 100 + cents;
  if (!Number.isSafeInteger(total)) return null;
  return negative ? -total : total;
}

/** A plain decimal amount (`1234.56`, as the history stores it) in cents. */
export function decimalToCents(decimal: string): Cents | null {
  return /^-?\d+(\.\d{1,2})?$/.test(decimal) ? parseCents(decimal) : null;
}
