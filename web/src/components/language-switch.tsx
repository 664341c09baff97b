import { locales } from '@kopir/shared';
import { localeNames, useI18n } from '../i18n/i18n.tsx';

/** Kazakh, Russian, English: the choice applies at once and is remembered. */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    // biome-ignore lint/a11y/useSemanticElements: a toolbar of toggle buttons, not a form field set
    <div class="language-switch" role="group" aria-label={t('language.label')}>
      {locales.map((option) => (
        <button type="button" lang={option} aria-pressed={option === locale} data-locale={option} onClick={() => setLocale(option)}>
          {localeNames[option]}
        </button>
      ))}
    </div>
  );
}
