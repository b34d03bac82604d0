import { describe, expect, it } from 'vitest';
import { decimalToCents, parseCents } from './money';

describe('parseCents', () => {
  it('reads French and English writing, as Rust does', () => {
    expect(parseCents('1234.56')).toBe(123456);
    expect(parseCents('1 234,56 €')).toBe(123456);
    expect(parseCents('1\u202f234,56\u00a0€')).toBe(123456);
    expect(parseCents('1,234.56')).toBe(123456);
    expect(parseCents('1.234,5')).toBe(123450);
    expect(parseCents('€899')).toBe(89900);
    expect(parseCents('1,234')).toBe(123400);
    expect(parseCents('0,99')).toBe(99);
    expect(parseCents('-12.50')).toBe(-1250);
  });

  it('refuses what is not an amount', () => {
    for (const text of ['', 'abc', '12a', '€', '1.2.3x']) {
      expect(parseCents(text), text).toBeNull();
    }
  });
});

describe('decimalToCents', () => {
  it('reads the plain decimals of the history only', () => {
    expect(decimalToCents('1299.00')).toBe(129900);
    expect(decimalToCents('1 299,00')).toBeNull();
  });
});
