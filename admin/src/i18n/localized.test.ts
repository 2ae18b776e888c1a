import { describe, expect, it } from 'vitest';
import { localized, pickLocalized } from './localized';

const full = { kk: 'Қаржы министрлігі', ru: 'Министерство финансов', en: 'Ministry of Finance' };

describe('localized', () => {
  it('shows the text in the current language', () => {
    expect(localized(full, 'kk')).toBe(full.kk);
    expect(localized(full, 'ru')).toBe(full.ru);
    expect(localized(full, 'en')).toBe(full.en);
  });

  it('falls back to Kazakh, then Russian, then English', () => {
    expect(localized({ kk: 'Қазақша', ru: 'Русский', en: 'English' }, 'de')).toBe('Қазақша');
    expect(localized({ kk: null, ru: 'Русский', en: 'English' }, 'en')).toBe('English');
    expect(localized({ kk: 'Қазақша', ru: null, en: 'English' }, 'ru')).toBe('Қазақша');
    expect(localized({ kk: null, ru: 'Русский', en: 'English' }, 'kk')).toBe('Русский');
    expect(localized({ kk: null, ru: null, en: 'English' }, 'ru')).toBe('English');
    expect(localized({ en: 'English' }, 'kk')).toBe('English');
  });

  it('skips blank texts', () => {
    expect(localized({ kk: '  ', ru: '', en: 'English' }, 'kk')).toBe('English');
  });

  it('accepts regional locales', () => {
    expect(localized(full, 'ru-RU')).toBe(full.ru);
    expect(localized(full, 'en_GB')).toBe(full.en);
  });

  it('gives an empty string when there is no text', () => {
    expect(localized(null, 'kk')).toBe('');
    expect(localized(undefined, 'en')).toBe('');
    expect(localized({ kk: null, ru: null, en: '' }, 'en')).toBe('');
  });

  it('tells which language the text is in', () => {
    expect(pickLocalized({ kk: null, ru: 'Русский', en: 'English' }, 'kk')).toEqual({ text: 'Русский', language: 'ru' });
    expect(pickLocalized(null, 'kk')).toBeUndefined();
  });
});
