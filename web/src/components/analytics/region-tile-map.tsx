import type { ComponentChildren } from 'preact';
import { regions, type IndicatorDefinition } from '@kopir/shared';
import { useI18n } from '../../i18n/i18n.tsx';
import { useFormat } from '../../i18n/format.ts';

/**
 * Where each of the 20 regions sits on a 7 × 5 grid, west to east and north to south: a schematic
 * map rather than borders, since the platform works offline and needs no map data to draw it.
 */
const tiles: Record<string, { column: number; row: number }> = {
  'KZ-27': { column: 1, row: 1 }, // West Kazakhstan
  'KZ-39': { column: 3, row: 1 }, // Kostanay
  'KZ-59': { column: 4, row: 1 }, // North Kazakhstan
  'KZ-55': { column: 6, row: 1 }, // Pavlodar
  'KZ-23': { column: 1, row: 2 }, // Atyrau
  'KZ-15': { column: 2, row: 2 }, // Aktobe
  'KZ-11': { column: 4, row: 2 }, // Akmola
  'KZ-71': { column: 5, row: 2 }, // Astana
  'KZ-10': { column: 6, row: 2 }, // Abai
  'KZ-63': { column: 7, row: 2 }, // East Kazakhstan
  'KZ-47': { column: 1, row: 3 }, // Mangystau
  'KZ-62': { column: 3, row: 3 }, // Ulytau
  'KZ-35': { column: 4, row: 3 }, // Karaganda
  'KZ-33': { column: 6, row: 3 }, // Jetisu
  'KZ-43': { column: 2, row: 4 }, // Kyzylorda
  'KZ-61': { column: 3, row: 4 }, // Turkistan
  'KZ-31': { column: 4, row: 4 }, // Jambyl
  'KZ-19': { column: 5, row: 4 }, // Almaty Region
  'KZ-79': { column: 3, row: 5 }, // Shymkent
  'KZ-75': { column: 5, row: 5 }, // Almaty
};

interface Props {
  indicator: IndicatorDefinition;
  /** The value of each region that has one; the rest are drawn empty. */
  values: Record<string, number | null>;
  /** How a null reads (a hidden figure in open data). */
  missing?: ComponentChildren;
}

/** The regions of Kazakhstan as tiles placed roughly where they are, darker for more. */
export function RegionTileMap({ indicator, values, missing }: Props) {
  const { t, locale } = useI18n();
  const format = useFormat();
  const max = Math.max(0, ...Object.values(values).map((value) => value ?? 0));
  return (
    <ul class="region-tiles" aria-label={t('regions.map', { indicator: indicator.labels[locale] })}>
      {regions.map((region) => {
        const position = tiles[region.code]!;
        const value = values[region.code];
        // Intensity from 0.08 (the smallest non-empty) to 1 (the largest), so a small value still shows.
        const intensity = value ? 0.08 + 0.92 * (value / (max || 1)) : 0;
        return (
          <li
            class="region-tile"
            data-region={region.code}
            data-value={value ?? ''}
            data-dark={intensity > 0.55 ? 'true' : undefined}
            style={{ gridColumn: position.column, gridRow: position.row, '--intensity': `${Math.round(intensity * 100)}%` }}
          >
            <span class="region-name">{region.labels[locale]}</span>
            <span class="region-value">{value === undefined ? '—' : value === null ? (missing ?? '—') : format.value(indicator.unit, value)}</span>
          </li>
        );
      })}
    </ul>
  );
}
