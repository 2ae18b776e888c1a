/** The language menu (kk / ru / en) of the app bar; also keeps <html lang> in step for screen readers. */
import { useEffect } from 'react';
import { LocalesMenuButton, useLocaleState } from 'react-admin';

export const LocaleSwitcher = () => {
  const [locale] = useLocaleState();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return <LocalesMenuButton />;
};
