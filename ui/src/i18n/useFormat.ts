import { useMemo } from 'react';
import type { Cents } from '../bindings';
import { formatDateTime, formatEuros, formatIsoDate, formatNumber, localDecimal } from './format';
import { useLanguage } from './LanguageProvider';
import { localeOf } from './language';

/** The formatters bound to the current interface language. */
export function useFormat() {
  const { lang } = useLanguage();
  return useMemo(() => {
    const locale = localeOf(lang);
    return {
      number: (value: number) => formatNumber(locale, value),
      euros: (cents: Cents) => formatEuros(locale, cents),
      isoDate: (iso: string) => formatIsoDate(locale, iso),
      dateTime: (iso: string) => formatDateTime(locale, iso),
      decimal: (decimal: string) => localDecimal(locale, decimal),
    };
  }, [lang]);
}
