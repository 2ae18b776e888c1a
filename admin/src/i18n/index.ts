/** The console's languages: Kazakh (default), Russian, English. */
import polyglotI18nProvider from 'ra-i18n-polyglot';
import { administrationMessages } from './administration';
import { en } from './en';
import { kk } from './kk';
import { mergeMessages } from './merge';
import { ru } from './ru';

export const LOCALES = [
  { locale: 'kk', name: 'Қазақша' },
  { locale: 'ru', name: 'Русский' },
  { locale: 'en', name: 'English' },
];

const messages = {
  kk: mergeMessages(kk, administrationMessages.kk),
  ru: mergeMessages(ru, administrationMessages.ru),
  en: mergeMessages(en, administrationMessages.en),
};

export const i18nProvider = polyglotI18nProvider(
  (locale) => messages[locale as keyof typeof messages] ?? kk,
  'kk',
  LOCALES,
  { allowMissing: true },
);

/** The current UI language, for code outside React's render (e.g. recordRepresentation functions). */
export const currentLocale = (): string => i18nProvider.getLocale();
