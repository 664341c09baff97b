import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { Taxonomy } from '@kopir/shared';
import { endpoints } from '../api/endpoints.ts';
import { useApi } from '../api/use-api.ts';
import { ErrorNotice } from '../components/load-state.tsx';
import { useI18n } from '../i18n/i18n.tsx';

const TaxonomyContext = createContext<Taxonomy | undefined>(undefined);

/**
 * Loads the taxonomy once per page load (the browser caches it for five minutes). Without it the
 * pages still work and show codes instead of names, so a failure is a notice above them, with a retry.
 */
export function TaxonomyProvider({ children }: { children: ComponentChildren }) {
  const taxonomy = useApi(endpoints.taxonomy());
  return (
    <TaxonomyContext.Provider value={taxonomy.data}>
      {taxonomy.error && <ErrorNotice error={taxonomy.error} onRetry={taxonomy.retry} />}
      {children}
    </TaxonomyContext.Provider>
  );
}

/** The taxonomy, and the label of any code in the reader's language. */
export function useTaxonomy() {
  const taxonomy = useContext(TaxonomyContext);
  const { locale } = useI18n();
  const find = (list: { code: string; labels: Record<'kk' | 'ru' | 'en', string> }[] | undefined, code: string) =>
    list?.find((entry) => entry.code === code)?.labels[locale] ?? code;
  return {
    taxonomy,
    sectorLabel: (code: string) => find(taxonomy?.sectors, code),
    fieldLabel: (code: string) => find(taxonomy?.researchFields, code),
    capabilityLabel: (code: string) => find(taxonomy?.capabilities, code),
    regionLabel: (code: string) => find(taxonomy?.regions, code),
    territoryLabel: (code: string) => find(taxonomy?.territories, code),
  };
}
