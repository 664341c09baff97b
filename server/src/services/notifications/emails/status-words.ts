import type { CollaborationStatus, Locale } from '@kopir/shared';

/** A collaboration's status as a word a reader understands, never its code (the web client words them the same). */
export const statusWords: Record<Locale, Record<CollaborationStatus, string>> = {
  kk: {
    proposed: 'Ұсынылды',
    accepted: 'Қабылданды',
    declined: 'Бас тартылды',
    contracted: 'Шарт жасалды',
    completed: 'Аяқталды',
    cancelled: 'Тоқтатылды',
  },
  ru: {
    proposed: 'Предложено',
    accepted: 'Принято',
    declined: 'Отклонено',
    contracted: 'Договор заключён',
    completed: 'Завершено',
    cancelled: 'Отменено',
  },
  en: {
    proposed: 'Proposed',
    accepted: 'Accepted',
    declined: 'Declined',
    contracted: 'Contracted',
    completed: 'Completed',
    cancelled: 'Cancelled',
  },
};
