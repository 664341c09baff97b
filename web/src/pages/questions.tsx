import { pickText } from '@kopir/shared';
import { endpoints } from '../api/endpoints.ts';
import { useApi } from '../api/use-api.ts';
import { Loaded } from '../components/load-state.tsx';
import { useFormat } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useQuestionTitle } from './question.tsx';

/** The questions the reader's organisation asked or was asked, latest activity first. */
export function QuestionsPage() {
  const { t, locale } = useI18n();
  const format = useFormat();
  const title = useQuestionTitle();
  const list = useApi(endpoints.questions());
  return (
    <section class="narrow">
      <h1>{t('nav.questions')}</h1>
      <Loaded resource={list} empty={t('question.none')} isEmpty={({ items }) => items.length === 0}>
        {({ items }) => (
          <ul class="my-list questions">
            {items.map((question) => {
              const other =
                question.mySide === 'company'
                  ? pickText(question.labOrganisation.name, locale)
                  : question.companyOrganisation
                    ? pickText(question.companyOrganisation.name, locale)
                    : t('question.confidentialCompany');
              return (
                <li class="card" data-id={question.id}>
                  <a href={`/questions/${question.id}`}>{title(question)}</a>
                  <p class="meta">
                    {t(question.askerSide === question.mySide ? 'question.askedBy.us' : 'question.askedBy.them')} · {other} ·{' '}
                    <time dateTime={question.lastMessageAt}>{format.dateTime(question.lastMessageAt)}</time>
                  </p>
                  {question.lastMessage && <p class="last-message">{question.lastMessage.body.slice(0, 200)}</p>}
                </li>
              );
            })}
          </ul>
        )}
      </Loaded>
    </section>
  );
}
