import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { pickText, type Question } from '@kopir/shared';
import { send } from '../api/client.ts';
import { endpoints } from '../api/endpoints.ts';
import { useApi } from '../api/use-api.ts';
import { FormError, SelectField, useFieldError } from './form.tsx';
import { useI18n } from '../i18n/i18n.tsx';

/**
 * Turning a question into a collaboration: the company invites, the lab's side proposes. The side
 * starting it picks its own half of the pair when the question does not name it; when the missing
 * half is the other side's, it says so instead of offering a button that can only fail.
 */
export function StartFromQuestion({ question }: { question: Question }) {
  const { t, locale } = useI18n();
  const { route } = useLocation();
  const fieldError = useFieldError();
  const [problem, setProblem] = useState<unknown>();
  const company = question.mySide === 'company';
  const missingOwn = company ? question.need === null : question.lab === null;
  const missingTheirs = company ? question.lab === null : question.need === null;
  const ownNeeds = useApi(company && missingOwn ? endpoints.myNeeds() : undefined);
  const ownLabs = useApi(!company && missingOwn ? endpoints.myLabs() : undefined);
  const choices = company
    ? (ownNeeds.data?.items ?? []).filter((need) => need.status === 'open').map((need) => ({ id: need.id, name: need.title }))
    : (ownLabs.data?.items ?? []).filter((lab) => lab.status === 'active').map((lab) => ({ id: lab.id, name: pickText(lab.name, locale) }));

  if (missingTheirs) return <p class="hint start-from-question">{t(company ? 'question.labNotNamed' : 'question.needNotNamed')}</p>;

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const chosen = String(form.get('own') ?? '') || undefined;
    const message = String(form.get('message') ?? '').trim() || undefined;
    try {
      setProblem(undefined);
      const collaboration = await send(
        endpoints.collaborationFromQuestion(question.id, { ...(company ? { needId: chosen } : { labId: chosen }), ...(message && { message }) }),
      );
      route(`/collaborations/${collaboration.id}`);
    } catch (error) {
      setProblem(error);
    }
  };
  const ownField = company ? 'body.needId' : 'body.labId';
  return (
    <form noValidate class="card start-from-question" aria-labelledby="start-heading" onSubmit={submit}>
      <h2 id="start-heading">{t(company ? 'question.inviteHeading' : 'question.proposeHeading')}</h2>
      {missingOwn && (
        <SelectField label={t(company ? 'question.chooseNeed' : 'question.chooseLab')} name="own" required error={fieldError(problem, ownField)}>
          <option value="">{t('question.choose')}</option>
          {choices.map((choice) => (
            <option value={choice.id}>{choice.name}</option>
          ))}
        </SelectField>
      )}
      <label class="field">
        <span>{t('match.message')}</span>
        <textarea name="message" rows={3} maxLength={2000} />
      </label>
      <FormError problem={fieldError(problem, ownField) ? undefined : problem} />
      <button type="submit" class="primary">
        {t(company ? 'match.invite' : 'match.propose')}
      </button>
    </form>
  );
}
