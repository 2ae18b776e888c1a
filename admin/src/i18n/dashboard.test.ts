import { describe, expect, it } from 'vitest';
import { enQuality } from './dashboard.en';
import { kkQuality } from './dashboard.kk';
import { ruQuality } from './dashboard.ru';

type Tree = { [key: string]: string | Tree };

/** Every message of a tree by its dotted key. */
const leaves = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`)));

const placeholders = (text: string) => [...text.matchAll(/%\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the dashboard\'s messages', () => {
  const english = new Map(leaves(enQuality));

  it.each([['kk', kkQuality], ['ru', ruQuality]] as const)('%s: every message is written, with the placeholders of the English one', (_language, messages) => {
    for (const [key, text] of leaves(messages)) {
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(text), key).toEqual(placeholders(english.get(key)!));
    }
    expect(leaves(messages).map(([key]) => key)).toEqual([...english.keys()]);
  });

  it.each([['en', enQuality], ['kk', kkQuality], ['ru', ruQuality]] as const)('%s: twelve month names', (_language, messages) => {
    expect(messages.months.split('|')).toHaveLength(12);
  });
});
