import type { Locale } from '@kopir/shared';

export type MetaField = 'scope' | 'region' | 'year' | 'status' | 'asOf' | 'submittedAt' | 'isLate' | 'checksum' | 'narrative';
type TopField = 'lab' | 'university' | 'company' | 'budgetKzt' | 'contractedAt';

/** The report CSV's headers and the names of its non-indicator lines, in each language. */
export const csvWords: Record<Locale, { columns: string[]; meta: Record<MetaField, string>; top: Record<TopField, string> }> = {
  kk: {
    columns: ['бөлім', 'топ', 'көрсеткіш', 'мәні', 'көрсеткіш атауы', 'топ атауы'],
    meta: {
      scope: 'Есеп түрі',
      region: 'Өңір',
      year: 'Жыл',
      status: 'Күйі',
      asOf: 'Деректер күні',
      submittedAt: 'Тапсырылған уақыты',
      isLate: 'Кешіктірілген',
      checksum: 'Бақылау сомасы',
      narrative: 'Түсіндірме',
    },
    top: { lab: 'Зертхана', university: 'Университет', company: 'Компания', budgetKzt: 'Бюджет, ₸', contractedAt: 'Шарт жасалған күн' },
  },
  ru: {
    columns: ['раздел', 'группа', 'показатель', 'значение', 'название показателя', 'название группы'],
    meta: {
      scope: 'Вид отчёта',
      region: 'Регион',
      year: 'Год',
      status: 'Статус',
      asOf: 'Данные на',
      submittedAt: 'Время сдачи',
      isLate: 'С опозданием',
      checksum: 'Контрольная сумма',
      narrative: 'Пояснение',
    },
    top: { lab: 'Лаборатория', university: 'Университет', company: 'Компания', budgetKzt: 'Бюджет, ₸', contractedAt: 'Дата договора' },
  },
  en: {
    columns: ['section', 'group', 'indicator', 'value', 'indicatorName', 'groupName'],
    meta: {
      scope: 'Report',
      region: 'Region',
      year: 'Year',
      status: 'Status',
      asOf: 'Figures as of',
      submittedAt: 'Submitted at',
      isLate: 'Late',
      checksum: 'Checksum',
      narrative: 'Narrative',
    },
    top: { lab: 'Lab', university: 'University', company: 'Company', budgetKzt: 'Budget, ₸', contractedAt: 'Contracted on' },
  },
};
