import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useLayoutEffect,
  useMemo,
  useState,
} from 'react';
import { IntlProvider } from 'react-intl';
import type { Lang } from '../bindings';
import * as ipc from '../ipc';
import { initialLanguage, localeOf, MESSAGES, saveLanguage } from './language';

type LanguageContextValue = { lang: Lang; setLang: (lang: Lang) => void };

const LanguageContext = createContext<LanguageContextValue | null>(null);

/**
 * Holds the interface language: the messages, `<html lang>`, the saved choice, and
 * the language of the Rust side's error messages all follow it.
 */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLanguage);

  // A layout effect runs before the children's effects, so Rust learns the
  // language before the first command whose error it might translate.
  useLayoutEffect(() => {
    document.documentElement.lang = lang;
    ipc.setLanguage(lang).catch((error: unknown) => {
      console.warn('set_language failed; errors may come in the other language', error);
    });
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    saveLanguage(next);
    setLangState(next);
  }, []);

  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);

  return (
    <LanguageContext.Provider value={value}>
      <IntlProvider locale={localeOf(lang)} defaultLocale="fr-FR" messages={MESSAGES[lang]}>
        {children}
      </IntlProvider>
    </LanguageContext.Provider>
  );
}

export function useLanguage(): LanguageContextValue {
  const value = useContext(LanguageContext);
  if (!value) throw new Error('useLanguage needs a LanguageProvider');
  return value;
}
