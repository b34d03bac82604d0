import { describe, expect, it, vi } from 'vitest';
import { initialLanguage, saveLanguage } from './language';

function systemLanguage(language: string) {
  vi.spyOn(navigator, 'language', 'get').mockReturnValue(language);
}

describe('initialLanguage', () => {
  it('prefers the saved choice', () => {
    systemLanguage('en-US');
    saveLanguage('fr');
    expect(initialLanguage()).toBe('fr');
  });

  it('follows an English-speaking system', () => {
    systemLanguage('en-GB');
    expect(initialLanguage()).toBe('en');
  });

  it('falls back to French otherwise', () => {
    systemLanguage('de-DE');
    expect(initialLanguage()).toBe('fr');
  });

  it('ignores a saved value it does not know', () => {
    systemLanguage('fr-FR');
    localStorage.setItem('parc.lang', 'klingon');
    expect(initialLanguage()).toBe('fr');
  });
});
