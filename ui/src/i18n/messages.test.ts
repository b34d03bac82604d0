import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fr } from './fr';

/** The argument names and rich-text tags of an ICU message, e.g. `count`, `<code>`. */
function placeholders(message: string): string[] {
  const names = [...message.matchAll(/\{\s*(\w+)/g)].map((match) => match[1] ?? '');
  const tags = [...message.matchAll(/<(\w+)>/g)].map((match) => `<${match[1]}>`);
  return [...new Set([...names, ...tags])].sort();
}

describe('messages', () => {
  it('have the same keys in French and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
  });

  it('use the same arguments and tags in both languages', () => {
    for (const [id, message] of Object.entries(fr)) {
      expect(placeholders(en[id as keyof typeof en]), id).toEqual(placeholders(message));
    }
  });

  it('are never empty', () => {
    for (const message of [...Object.values(fr), ...Object.values(en)]) {
      expect(message.trim()).not.toBe('');
    }
  });
});
