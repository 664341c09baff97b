import { cancelReasonCodes, declineReasonCodes, type ClosingReasonCode } from '../domain.ts';
import type { Trilingual } from '../locales.ts';
import type { IndicatorDefinition } from './definitions.ts';

// "Why matches fail": the declines and the cancellations of the period by the reason their
// party chose (domain.ts), one additive count per step and reason. Each is a part of `cancelled`,
// and together they sum to it: the database requires a reason of exactly that step's list on
// every declined or cancelled collaboration.

const declineLabels: Record<(typeof declineReasonCodes)[number], Trilingual> = {
  out_of_scope: { kk: 'бейінге сәйкес емес', ru: 'вне профиля', en: 'out of scope' },
  no_capacity: { kk: 'бос ресурс жоқ', ru: 'нет свободных ресурсов', en: 'no capacity' },
  budget_mismatch: { kk: 'бюджет сәйкес емес', ru: 'не подходит бюджет', en: 'budget does not fit' },
  timeline_mismatch: { kk: 'мерзімдер сәйкес емес', ru: 'не подходят сроки', en: 'timeline does not fit' },
  confidentiality_terms: { kk: 'құпиялылық немесе зияткерлік меншік шарттары', ru: 'условия конфиденциальности или ИС', en: 'confidentiality or IP terms' },
  already_solved: { kk: 'мәселе шешіліп қойған', ru: 'задача уже решена', en: 'already solved' },
  other: { kk: 'басқа себеп', ru: 'другая причина', en: 'other reason' },
};

const cancelLabels: Record<(typeof cancelReasonCodes)[number], Trilingual> = {
  funding_withdrawn: { kk: 'қаржыландыру тоқтатылды', ru: 'финансирование отозвано', en: 'funding withdrawn' },
  priorities_changed: { kk: 'басымдықтар өзгерді', ru: 'изменились приоритеты', en: 'priorities changed' },
  terms_not_agreed: { kk: 'шарттар келісілмеді', ru: 'не согласованы условия', en: 'terms not agreed' },
  partner_unresponsive: { kk: 'серіктес жауап бермейді', ru: 'партнёр не отвечает', en: 'partner unresponsive' },
  technically_infeasible: { kk: 'техникалық тұрғыдан мүмкін емес', ru: 'технически неосуществимо', en: 'technically infeasible' },
  other: { kk: 'басқа себеп', ru: 'другая причина', en: 'other reason' },
};

/** `out_of_scope` → `OutOfScope`, for indicator codes in the API's camelCase. */
const pascal = (code: string) => code.replace(/(^|_)(\w)/g, (_, __, letter: string) => letter.toUpperCase());

const steps = {
  declined: { prefix: { kk: 'Бас тартылды', ru: 'Отклонено', en: 'Declined' }, when: 'declined' },
  cancelled: { prefix: { kk: 'Тоқтатылды', ru: 'Отменено', en: 'Cancelled' }, when: 'cancelled (or withdrawn by the proposer)' },
} as const;

/** An indicator of "why matches fail": always names its step and reason. */
export type ClosingReasonIndicator = IndicatorDefinition & Required<Pick<IndicatorDefinition, 'closingReason'>>;

function reasonIndicator(step: keyof typeof steps, reasonCode: ClosingReasonCode, label: Trilingual): ClosingReasonIndicator {
  const { prefix, when } = steps[step];
  const code = `${step}${pascal(reasonCode)}`;
  return {
    scope: 'collaborations',
    code,
    basis: code,
    partOf: 'cancelled',
    closingReason: { step, reasonCode },
    unit: 'count',
    additive: true,
    sources: ['collaborations'],
    formula: `Collaborations ${when} in the period with the reason \`${reasonCode}\`, by the date they ended. With the other reasons, sums to \`cancelled\`.`,
    labels: { kk: `${prefix.kk}: ${label.kk}`, ru: `${prefix.ru}: ${label.ru}`, en: `${prefix.en}: ${label.en}` },
  };
}

/** One count per decline reason, then one per cancellation reason, in the order of domain.ts. */
export const closingReasonIndicators: ClosingReasonIndicator[] = [
  ...declineReasonCodes.map((reason) => reasonIndicator('declined', reason, declineLabels[reason])),
  ...cancelReasonCodes.map((reason) => reasonIndicator('cancelled', reason, cancelLabels[reason])),
];
