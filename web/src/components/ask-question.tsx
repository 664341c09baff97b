import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { pickText } from '@kopir/shared';
import { ApiError } from '../api/api-error.ts';
import { send } from '../api/client.ts';
import { endpoints } from '../api/endpoints.ts';
import { useApi } from '../api/use-api.ts';
import { FormError, SelectField, useFieldError } from './form.tsx';
import { useI18n } from '../i18n/i18n.tsx';

/**
 * "Ask a question" on a lab's page (for a company) or a need's (for a researcher): the question,
 * and optionally which need or lab of the asker's own it concerns. It opens the new thread; if the
 * reader's organisation has one about this already, it opens that one instead.
 */
export function AskQuestion({ subject, id }: { subject: 'lab' | 'need'; id: string }) {
  const { t, locale } = useI18n();
  const { route } = useLocation();
  const fieldError = useFieldError();
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<unknown>();
  const ownNeeds = useApi(open && subject === 'lab' ? endpoints.myNeeds() : undefined);
  const ownLabs = useApi(open && subject === 'need' ? endpoints.myLabs() : undefined);
  const choices =
    subject === 'lab'
      ? (ownNeeds.data?.items ?? []).filter((need) => need.status === 'open').map((need) => ({ id: need.id, name: need.title }))
      : (ownLabs.data?.items ?? []).map((lab) => ({ id: lab.id, name: pickText(lab.name, locale) }));

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const body = String(form.get('body') ?? '');
    const concerns = String(form.get('concerns') ?? '') || undefined;
    try {
      setProblem(undefined);
      const question = await send(
        endpoints.askQuestion(subject === 'lab' ? { subject, labId: id, needId: concerns, body } : { subject, needId: id, labId: concerns, body }),
      );
      route(`/questions/${question.id}`);
    } catch (error) {
      const existing = error instanceof ApiError && error.code === 'QUESTION_EXISTS' ? error.details.questionId : undefined;
      if (typeof existing === 'string') route(`/questions/${existing}`);
      else setProblem(error);
    }
  };
  const bodyError = fieldError(problem, 'body.body');

  return (
    <div class="ask-question">
      <button type="button" aria-expanded={open} aria-controls="ask-question-form" onClick={() => setOpen(!open)}>
        {t('question.ask')}
      </button>
      {open && (
        <form noValidate id="ask-question-form" class="card" onSubmit={submit}>
          <p class="hint">{t(subject === 'lab' ? 'question.askLabHint' : 'question.askNeedHint')}</p>
          <label class="field" data-invalid={bodyError ? 'true' : undefined}>
            <span>{t('question.yourQuestion')}</span>
            <textarea name="body" rows={4} maxLength={2000} required aria-invalid={bodyError ? 'true' : undefined} />
            {bodyError && <small class="error">{bodyError}</small>}
          </label>
          {choices.length > 0 && (
            <SelectField label={t(subject === 'lab' ? 'question.concernsNeed' : 'question.concernsLab')} name="concerns">
              <option value="">{t('question.concernsNothing')}</option>
              {choices.map((choice) => (
                <option value={choice.id}>{choice.name}</option>
              ))}
            </SelectField>
          )}
          <FormError problem={bodyError ? undefined : problem} />
          <button type="submit" class="primary">
            {t('question.send')}
          </button>
        </form>
      )}
    </div>
  );
}
