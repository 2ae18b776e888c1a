/**
 * Multilingual texts (GraphQL `LocalizedText { kk ru en }`) shown in the console's language,
 * falling back in the order current → kk → ru → en (Kazakh is the original of the law).
 */
import type { LocalizedText } from '../generated/graphql';

export const LANGUAGES = ['kk', 'ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export type LocalizedTextValue = Partial<Pick<LocalizedText, Language>> | null | undefined;

/** The text to show for `locale` and the language it is actually in; undefined when all are empty. */
export function pickLocalized(text: LocalizedTextValue, locale: string): { text: string; language: Language } | undefined {
  if (!text) return undefined;
  const current = locale.toLowerCase().split(/[-_]/)[0];
  const order = [current, ...LANGUAGES.filter((language) => language !== current)];
  for (const language of order) {
    const value = text[language as Language];
    if (typeof value === 'string' && value.trim() !== '') return { text: value, language: language as Language };
  }
  return undefined;
}

/** The text to show for `locale` ('' when there is none). */
export function localized(text: LocalizedTextValue, locale: string): string {
  return pickLocalized(text, locale)?.text ?? '';
}
