import type { Region } from './types.ts';

/**
 * The 20 first-level divisions of Kazakhstan since the 2022 reform: 17 regions (oblys / область)
 * and 3 cities of republican significance. Codes are ISO 3166-2:KZ (numeric since 2022), so they
 * stay stable and can be joined with official statistics.
 */
export const regions = [
  { code: 'KZ-10', kind: 'region', labels: { kk: 'Абай облысы', ru: 'область Абай', en: 'Abai Region' } },
  { code: 'KZ-11', kind: 'region', labels: { kk: 'Ақмола облысы', ru: 'Акмолинская область', en: 'Akmola Region' } },
  { code: 'KZ-15', kind: 'region', labels: { kk: 'Ақтөбе облысы', ru: 'Актюбинская область', en: 'Aktobe Region' } },
  { code: 'KZ-19', kind: 'region', labels: { kk: 'Алматы облысы', ru: 'Алматинская область', en: 'Almaty Region' } },
  { code: 'KZ-23', kind: 'region', labels: { kk: 'Атырау облысы', ru: 'Атырауская область', en: 'Atyrau Region' } },
  { code: 'KZ-27', kind: 'region', labels: { kk: 'Батыс Қазақстан облысы', ru: 'Западно-Казахстанская область', en: 'West Kazakhstan Region' } },
  { code: 'KZ-31', kind: 'region', labels: { kk: 'Жамбыл облысы', ru: 'Жамбылская область', en: 'Jambyl Region' } },
  { code: 'KZ-33', kind: 'region', labels: { kk: 'Жетісу облысы', ru: 'область Жетісу', en: 'Jetisu Region' } },
  { code: 'KZ-35', kind: 'region', labels: { kk: 'Қарағанды облысы', ru: 'Карагандинская область', en: 'Karaganda Region' } },
  { code: 'KZ-39', kind: 'region', labels: { kk: 'Қостанай облысы', ru: 'Костанайская область', en: 'Kostanay Region' } },
  { code: 'KZ-43', kind: 'region', labels: { kk: 'Қызылорда облысы', ru: 'Кызылординская область', en: 'Kyzylorda Region' } },
  { code: 'KZ-47', kind: 'region', labels: { kk: 'Маңғыстау облысы', ru: 'Мангистауская область', en: 'Mangystau Region' } },
  { code: 'KZ-55', kind: 'region', labels: { kk: 'Павлодар облысы', ru: 'Павлодарская область', en: 'Pavlodar Region' } },
  { code: 'KZ-59', kind: 'region', labels: { kk: 'Солтүстік Қазақстан облысы', ru: 'Северо-Казахстанская область', en: 'North Kazakhstan Region' } },
  { code: 'KZ-61', kind: 'region', labels: { kk: 'Түркістан облысы', ru: 'Туркестанская область', en: 'Turkistan Region' } },
  { code: 'KZ-62', kind: 'region', labels: { kk: 'Ұлытау облысы', ru: 'область Улытау', en: 'Ulytau Region' } },
  { code: 'KZ-63', kind: 'region', labels: { kk: 'Шығыс Қазақстан облысы', ru: 'Восточно-Казахстанская область', en: 'East Kazakhstan Region' } },
  { code: 'KZ-71', kind: 'city', labels: { kk: 'Астана', ru: 'Астана', en: 'Astana' } },
  { code: 'KZ-75', kind: 'city', labels: { kk: 'Алматы', ru: 'Алматы', en: 'Almaty' } },
  { code: 'KZ-79', kind: 'city', labels: { kk: 'Шымкент', ru: 'Шымкент', en: 'Shymkent' } },
] as const satisfies readonly Region[];

export type RegionCode = (typeof regions)[number]['code'];
export const regionCodes = regions.map((region) => region.code) as [RegionCode, ...RegionCode[]];
