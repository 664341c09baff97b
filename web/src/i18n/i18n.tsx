import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { formatterFor, locales, type Locale } from '@kopir/shared';
import en from './en.json';
import kk from './kk.json';
import ru from './ru.json';
import enErrors from './errors/en.json';
import kkErrors from './errors/kk.json';
import ruErrors from './errors/ru.json';

export type MessageKey = keyof typeof en | keyof typeof enErrors;

// A catalogue missing a key fails the type check here, not in front of a user. The API's error
// codes and field rules have their own files, one per language, beside the interface's texts.
const catalogues: Record<Locale, Record<MessageKey, string>> = {
  kk: { ...kk, ...kkErrors },
  ru: { ...ru, ...ruErrors },
  en: { ...en, ...enErrors },
};

const STORAGE_KEY = 'kopir.locale';

const isLocale = (value: unknown): value is Locale => locales.includes(value as Locale);

/** The remembered choice, else the browser's first language we speak, else Russian. */
function initialLocale(): Locale {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (isLocale(stored)) return stored;
  const fromBrowser = navigator.languages.map((tag) => tag.slice(0, 2)).find(isLocale);
  return fromBrowser ?? 'ru';
}

interface I18n {
  locale: Locale;
  setLocale(locale: Locale): void;
  /** The message in the current language, with `{name}` placeholders filled in. */
  t(key: MessageKey, params?: Record<string, string | number>): string;
  /** Whether `key` is a message (for keys built at run time, such as error codes). */
  has(key: string): key is MessageKey;
}

const I18nContext = createContext<I18n | undefined>(undefined);

export function I18nProvider({ children }: { children: ComponentChildren }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLocaleState(next);
  }, []);

  const value = useMemo<I18n>(() => {
    const { number } = formatterFor(locale);
    return {
      locale,
      setLocale,
      t: (key, params) =>
        catalogues[locale][key].replace(/\{(\w+)\}/g, (placeholder, name: string) =>
          params?.[name] === undefined ? placeholder : String(typeof params[name] === 'number' ? number(params[name]) : params[name]),
        ),
      has: (key): key is MessageKey => key in catalogues.en,
    };
  }, [locale, setLocale]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n() outside <I18nProvider>');
  return i18n;
}

export const localeNames: Record<Locale, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };
