import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { taxonomySchema, type Taxonomy } from '@kopir/shared';
import { api } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.tsx';

const TaxonomyContext = createContext<Taxonomy | undefined>(undefined);

/** Loads the taxonomy once per page load (the browser caches it for five minutes). */
export function TaxonomyProvider({ children }: { children: ComponentChildren }) {
  const [taxonomy, setTaxonomy] = useState<Taxonomy>();
  useEffect(() => {
    void api('GET', '/api/v1/taxonomy', taxonomySchema).then(setTaxonomy);
  }, []);
  return <TaxonomyContext.Provider value={taxonomy}>{children}</TaxonomyContext.Provider>;
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
