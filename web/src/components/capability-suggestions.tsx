import { useMemo } from 'preact/hooks';
import { compileCapabilityMatcher } from '@kopir/shared';
import { useI18n } from '../i18n/i18n.tsx';
import { useTaxonomy } from '../taxonomy/taxonomy.tsx';

/**
 * Capability tags the taxonomy finds in the text (in any of the three languages), offered to the
 * owner to accept: free text alone carries no tags, and tags are what matching weighs most after
 * the words.
 */
export function CapabilitySuggestions({ text, chosen, onAccept }: { text: string; chosen: string[]; onAccept: (code: string) => void }) {
  const { t, locale } = useI18n();
  const { taxonomy } = useTaxonomy();
  const suggest = useMemo(() => (taxonomy ? compileCapabilityMatcher(taxonomy.capabilities) : undefined), [taxonomy]);
  const suggestions = useMemo(() => (suggest ? suggest(text, 8).filter((suggestion) => !chosen.includes(suggestion.code)) : []), [suggest, text, chosen]);
  if (suggestions.length === 0) return null;
  const labelOf = (code: string) => taxonomy?.capabilities.find((capability) => capability.code === code)?.labels[locale] ?? code;
  return (
    <aside class="card suggestions" aria-label={t('suggest.heading')}>
      <strong>{t('suggest.heading')}</strong>
      <p class="hint">{t('suggest.hint')}</p>
      {suggestions.map((suggestion) => (
        <button type="button" class="tag-button" data-code={suggestion.code} title={suggestion.matched.join(', ')} onClick={() => onAccept(suggestion.code)}>
          + {labelOf(suggestion.code)}
        </button>
      ))}
    </aside>
  );
}
