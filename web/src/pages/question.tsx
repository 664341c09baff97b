import { useRoute } from 'preact-iso';
import { pickText, type Question } from '@kopir/shared';
import { send } from '../api/client.ts';
import { endpoints } from '../api/endpoints.ts';
import { useApi } from '../api/use-api.ts';
import { Loaded } from '../components/load-state.tsx';
import { StartFromQuestion } from '../components/start-from-question.tsx';
import { Thread } from '../components/thread.tsx';
import { useI18n } from '../i18n/i18n.tsx';

/** What a question is about, in the reader's language: the need's title or the lab's name. */
export function useQuestionTitle(): (question: Pick<Question, 'subject' | 'lab' | 'need'>) => string {
  const { locale } = useI18n();
  return (question) => (question.subject === 'need' ? (question.need?.title ?? '') : question.lab ? pickText(question.lab.name, locale) : '');
}

/** A question's page: what it is about, between whom, its conversation, and the way to a collaboration. */
export function QuestionPage() {
  const { t, locale } = useI18n();
  const { params } = useRoute();
  const title = useQuestionTitle();
  const loaded = useApi(endpoints.question(params.id ?? ''));
  return (
    <Loaded resource={loaded}>
      {(question) => (
        <section class="narrow question" data-id={question.id}>
          <h1>{t('question.heading', { title: title(question) })}</h1>
          <p class="meta">
            {question.companyOrganisation ? pickText(question.companyOrganisation.name, locale) : t('question.confidentialCompany')} ↔{' '}
            {pickText(question.labOrganisation.name, locale)}
          </p>
          <ul class="plain-list question-about">
            {question.lab && (
              <li>
                {t('question.lab')}: <a href={`/labs/${question.lab.id}`}>{pickText(question.lab.name, locale)}</a>
              </li>
            )}
            {question.need && (
              <li>
                {t('question.need')}: <a href={`/needs/${question.need.id}`}>{question.need.title}</a>
              </li>
            )}
          </ul>
          <Thread heading={t('thread.heading')} messages={question.messages} send={(body) => send(endpoints.writeInQuestion(question.id, { body }))} />
          {question.collaborationId ? (
            <p class="became-collaboration">
              <a href={`/collaborations/${question.collaborationId}`}>{t('question.becameCollaboration')}</a>
            </p>
          ) : (
            <StartFromQuestion question={question} />
          )}
        </section>
      )}
    </Loaded>
  );
}
