import { useEffect, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { z } from 'zod';
import { collaborationSchema, fundingSources, pickText, type Collaboration, type CollaborationAction } from '@kopir/shared';
import { api } from '../api/client.ts';
import { fieldError, FormError, SelectField, TextField } from '../components/form.tsx';
import { useI18n, type MessageKey } from '../i18n/i18n.tsx';

const outcomeFields = ['publications', 'patents', 'prototypes', 'products', 'peopleTrained'] as const;

/** The form for one step: a reason, the contract, or the outcomes, as the step requires. */
function ActionForm({ action, onDone }: { action: CollaborationAction; onDone: (payload: object) => Promise<void> }) {
  const { t } = useI18n();
  const [problem, setProblem] = useState<unknown>();
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const number = (name: string) => Number(text(name).replace(/\s/g, '') || 0);
    const payload =
      action === 'contract'
        ? {
            action,
            contract: {
              budgetKzt: number('budgetKzt'),
              fundingSource: text('fundingSource'),
              startOn: text('startOn'),
              ...(text('endOn') && { endOn: text('endOn') }),
            },
          }
        : action === 'complete'
          ? { action, outcomes: Object.fromEntries(outcomeFields.map((field) => [field, number(field)])) }
          : action === 'decline' || action === 'cancel'
            ? { action, reason: text('reason') }
            : { action };
    try {
      setProblem(undefined);
      await onDone(payload);
    } catch (error) {
      setProblem(error);
    }
  };
  return (
    <form class="card action-form" data-action={action} onSubmit={submit}>
      {(action === 'decline' || action === 'cancel') && (
        <TextField label={t('collab.reason')} name="reason" required error={fieldError(problem, 'body.reason')} />
      )}
      {action === 'contract' && (
        <>
          <TextField label={t('collab.budget')} name="budgetKzt" inputMode="numeric" required error={fieldError(problem, 'body.contract.budgetKzt')} />
          <SelectField label={t('collab.funding')} name="fundingSource">
            {fundingSources.map((source) => (
              <option value={source}>{t(`funding.${source}`)}</option>
            ))}
          </SelectField>
          <TextField label={t('collab.start')} name="startOn" type="date" required error={fieldError(problem, 'body.contract.startOn')} />
          <TextField label={t('collab.end')} name="endOn" type="date" error={fieldError(problem, 'body.contract.endOn')} />
        </>
      )}
      {action === 'complete' &&
        outcomeFields.map((field) => <TextField label={t(`collab.${field}` as MessageKey)} name={field} type="number" min={0} value="0" />)}
      <FormError problem={problem} />
      <button type="submit" class="primary">
        {t(`collab.${action}` as MessageKey)}
      </button>
    </form>
  );
}

/** One collaboration: who, what, the contract and outcomes, the timeline, and the reader's next steps. */
export function CollaborationPage() {
  const { t, locale } = useI18n();
  const { params } = useRoute();
  const [collaboration, setCollaboration] = useState<Collaboration>();
  const [problem, setProblem] = useState<unknown>();
  const [open, setOpen] = useState<CollaborationAction>();
  useEffect(() => {
    void api('GET', `/api/v1/collaborations/${params.id}`, collaborationSchema).then(setCollaboration, setProblem);
  }, [params.id]);

  if (problem) return <FormError problem={problem} />;
  if (!collaboration) return <p>{t('common.loading')}</p>;
  const act = async (payload: object) => {
    setCollaboration(await api('POST', `/api/v1/collaborations/${collaboration.id}/transitions`, collaborationSchema, payload));
    setOpen(undefined);
  };
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'KZT', maximumFractionDigits: 0 });

  return (
    <section class="narrow collaboration" data-status={collaboration.status}>
      <h1>{t('collab.heading')}</h1>
      <p>
        <strong>{collaboration.need.title}</strong> ↔ <strong>{pickText(collaboration.lab.name, locale)}</strong>
      </p>
      <p class="collaboration-status">{t('collab.status', { status: t(`status.${collaboration.status}` as MessageKey) })}</p>
      {collaboration.contract && (
        <p class="contract">
          {money.format(collaboration.contract.budgetKzt)} · {t(`funding.${collaboration.contract.fundingSource}` as MessageKey)} ·{' '}
          {collaboration.contract.startOn}
          {collaboration.contract.endOn && ` – ${collaboration.contract.endOn}`}
        </p>
      )}
      {collaboration.status === 'completed' && (
        <ul class="outcomes">
          {outcomeFields.map((field) => (
            <li>
              {t(`collab.${field}` as MessageKey)}: {collaboration.outcomes[field]}
            </li>
          ))}
        </ul>
      )}
      <div class="actions">
        {collaboration.actions.map((action) => (
          <button type="button" aria-pressed={open === action} onClick={() => setOpen(open === action ? undefined : action)}>
            {t(`collab.${action}` as MessageKey)}
          </button>
        ))}
      </div>
      {open && <ActionForm action={open} onDone={act} />}
      <h2>{t('collab.timeline')}</h2>
      <ol class="timeline">
        {collaboration.timeline.map((event) => (
          <li data-status={event.toStatus}>
            <time dateTime={event.occurredAt}>{dateTime.format(new Date(event.occurredAt))}</time> ·{' '}
            <strong>{t(`status.${event.toStatus}` as MessageKey)}</strong>
            {event.actorName && ` · ${event.actorName}`}
            {event.note && <p class="note">{event.note}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The collaborations of my organisation, newest first. */
export function CollaborationsPage() {
  const { t, locale } = useI18n();
  const [items, setItems] = useState<Collaboration[]>();
  useEffect(() => {
    void api('GET', '/api/v1/collaborations', z.object({ items: z.array(collaborationSchema) })).then(({ items }) => setItems(items));
  }, []);
  return (
    <section>
      <h1>{t('nav.collaborations')}</h1>
      {items?.length === 0 && <p>{t('collab.none')}</p>}
      <ul class="my-list">
        {items?.map((item) => (
          <li class="card" data-id={item.id}>
            <a href={`/collaborations/${item.id}`}>
              {item.need.title} ↔ {pickText(item.lab.name, locale)}
            </a>{' '}
            <span class="badge">{t(`status.${item.status}` as MessageKey)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
