import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { Lang } from '../bindings';
import { LanguageProvider } from '../i18n/LanguageProvider';
import { saveLanguage } from '../i18n/language';

/** Renders `ui` as the app does, in the given interface language. */
export function renderIn(lang: Lang, ui: ReactElement) {
  saveLanguage(lang);
  return render(<LanguageProvider>{ui}</LanguageProvider>);
}
