import { useMemo } from 'react';
import type { Cents } from '../bindings';
import {
  formatDateTime,
  formatDayMonth,
  formatEuros,
  formatFromNow,
  formatIsoDate,
  formatMinutes,
  formatNumber,
  formatPercent,
  formatSpan,
  formatTime,
  localDecimal,
} from './format';
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
      /** `3 nov.`: a date without its year. */
      dayMonth: (iso: string) => formatDayMonth(locale, iso),
      dateTime: (iso: string) => formatDateTime(locale, iso),
      /** `09:30:12`: the time of day of an instant. */
      time: (iso: string) => formatTime(locale, iso),
      decimal: (decimal: string) => localDecimal(locale, decimal),
      percent: (value: number) => formatPercent(locale, value),
      /** `dans 2 h` for an instant `milliseconds` ahead. */
      fromNow: (milliseconds: number) => formatFromNow(locale, milliseconds),
      /** `3 h`: a length of time, without direction. */
      span: (milliseconds: number) => formatSpan(locale, milliseconds),
      /** `2 h 30 min`: business minutes. */
      minutes: (minutes: number) => formatMinutes(locale, minutes),
    };
  }, [lang]);
}
