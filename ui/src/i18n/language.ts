import type { Lang } from '../bindings';
import { en } from './en';
import { fr, type MessageId } from './fr';

/** The languages of the interface, each named in its own language. */
export const LANGUAGES: ReadonlyArray<{ lang: Lang; name: string }> = [
  { lang: 'fr', name: 'Français' },
  { lang: 'en', name: 'English' },
];

export const MESSAGES: Record<Lang, Record<MessageId, string>> = { fr, en };

const STORAGE_KEY = 'parc.lang';

/**
 * The locale used for numbers, euros and dates. English uses British conventions
 * (day before month), closer to what a French-speaking team expects.
 */
export function localeOf(lang: Lang): string {
  return lang === 'fr' ? 'fr-FR' : 'en-GB';
}

export function isLang(value: string | null): value is Lang {
  return value === 'fr' || value === 'en';
}

/** The saved choice if any, else English for an English-speaking system, else French. */
export function initialLanguage(): Lang {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (isLang(saved)) return saved;
  return navigator.language.toLowerCase().startsWith('en') ? 'en' : 'fr';
}

export function saveLanguage(lang: Lang): void {
  localStorage.setItem(STORAGE_KEY, lang);
}
