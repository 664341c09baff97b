import { useEffect, useState } from 'preact/hooks';
import { pickText, type BreakdownDimension, type LocalizedText } from '@kopir/shared';
import { send } from '../api/client.ts';
import { endpoints } from '../api/endpoints.ts';
import { useI18n, type MessageKey } from '../i18n/i18n.tsx';
import { useTaxonomy } from '../taxonomy/taxonomy.tsx';

export const dimensionLabels: Record<BreakdownDimension, MessageKey> = {
  region: 'dimension.region',
  sector: 'dimension.sector',
  field: 'dimension.field',
  organisation: 'dimension.organisation',
  territory: 'dimension.territory',
};

// Organisation names asked for once per page load, however often the breakdown is redrawn.
const organisationNames = new Map<string, Promise<LocalizedText | undefined>>();
const organisationName = (id: string) => {
  let name = organisationNames.get(id);
  if (!name) {
    // A name that cannot be read is shown as the id's start: a label, not worth an error.
    name = send(endpoints.organisation(id)).then(
      (organisation) => organisation.name,
      () => undefined,
    );
    organisationNames.set(id, name);
  }
  return name;
};

/**
 * How a breakdown key reads in the current language: taxonomy labels for codes, the name for an
 * organisation (the breakdown gives its id), and "not specified" for the API's `none` group.
 */
export function useKeyLabel(by: BreakdownDimension, keys: string[]): (key: string) => string {
  const { t, locale } = useI18n();
  const { sectorLabel, fieldLabel, regionLabel, territoryLabel } = useTaxonomy();
  const [names, setNames] = useState<Record<string, LocalizedText | undefined>>({});
  const organisationKeys = by === 'organisation' ? keys.join(',') : '';
  useEffect(() => {
    if (!organisationKeys) return;
    let current = true;
    const ids = organisationKeys.split(',');
    void Promise.all(ids.map(organisationName)).then((found) => current && setNames(Object.fromEntries(ids.map((id, index) => [id, found[index]]))));
    return () => {
      current = false;
    };
  }, [organisationKeys]);

  return (key) => {
    if (key === 'none') return t('dimension.none');
    switch (by) {
      case 'region':
        return regionLabel(key);
      case 'sector':
        return `${key} · ${sectorLabel(key)}`;
      case 'field':
        return `${key} ${fieldLabel(key)}`;
      case 'territory':
        return territoryLabel(key);
      case 'organisation': {
        const name = names[key];
        return name ? pickText(name, locale) : key.slice(0, 8);
      }
    }
  };
}
