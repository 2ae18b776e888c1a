import { describe, expect, it } from 'vitest';
import { administrationMessages } from './administration';

/** Every key path of a message tree. */
const paths = (tree: object, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === 'object' && value ? paths(value, `${prefix}${key}.`) : [`${prefix}${key}`]));

describe('administration messages', () => {
  it('have the same keys in Kazakh, Russian and English, none empty', () => {
    const en = paths(administrationMessages.en).sort();
    expect(paths(administrationMessages.kk).sort()).toEqual(en);
    expect(paths(administrationMessages.ru).sort()).toEqual(en);
    for (const language of ['kk', 'ru', 'en'] as const) {
      const flat = JSON.stringify(administrationMessages[language]);
      expect(flat).not.toMatch(/:""/);
    }
  });

  it('are translated, not copied from English', () => {
    const { kk, ru, en } = administrationMessages;
    expect(kk.resources['calendar-days'].months[3]).toBe('Наурыз');
    expect(ru.resources['api-keys'].secret.warning).not.toBe(en.resources['api-keys'].secret.warning);
    expect(kk.resources.users.roles.analyst).not.toBe(en.resources.users.roles.analyst);
  });
});
