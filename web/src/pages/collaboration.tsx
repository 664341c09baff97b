import { useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { cancelReasonCodes, declineReasonCodes, fundingSources, pickText, type CollaborationAction } from '@kopir/shared';
import { send } from '../api/client.ts';
import { endpoints } from '../api/endpoints.ts';
import { useApi } from '../api/use-api.ts';
import { FormError, SelectField, TextField, useFieldError } from '../components/form.tsx';
import { Loaded } from '../components/load-state.tsx';
import { Thread } from '../components/thread.tsx';
import { useSession } from '../session/session.tsx';
import { useFormat } from '../i18n/format.ts';
import { useI18n, type MessageKey } from '../i18n/i18n.tsx';

const outcomeFields = ['publications', 'patents', 'prototypes', 'products', 'peopleTrained'] as const;

type Transition = Parameters<typeof endpoints.transition>[1];

/** The form for one step: a reason, the contract, or the outcomes, as the step requires. */
function ActionForm({ action, onDone }: { action: CollaborationAction; onDone: (payload: Transition) => Promise<void> }) {
  const { t } = useI18n();
  const fieldError = useFieldError();
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
              // The select offers only these; its first option is also what it shows first.
              fundingSource: fundingSources.find((source) => source === text('fundingSource')) ?? fundingSources[0],
              startOn: text('startOn'),
              ...(text('endOn') && { endOn: text('endOn') }),
            },
          }
        : action === 'complete'
          ? {
              action,
              outcomes: {
                publications: number('publications'),
                patents: number('patents'),
                prototypes: number('prototypes'),
                products: number('products'),
                peopleTrained: number('peopleTrained'),
              },
            }
          : action === 'decline' || action === 'cancel'
            ? // The shared schema refuses an empty or unknown reason before anything is sent (body.reasonCode).
              { action, reasonCode: text('reasonCode'), ...(text('reason') && { reason: text('reason') }) }
            : { action };
    try {
      setProblem(undefined);
      await onDone(payload);
    } catch (error) {
      setProblem(error);
    }
  };
  return (
    <form noValidate class="card action-form" data-action={action} onSubmit={submit}>
      {(action === 'decline' || action === 'cancel') && (
        <>
          <SelectField label={t('collab.reasonCode')} name="reasonCode" required error={fieldError(problem, 'body.reasonCode')}>
            <option value="">{t('collab.reasonChoose')}</option>
            {(action === 'decline' ? declineReasonCodes : cancelReasonCodes).map((code) => (
              <option value={code}>{t(`${action}Reason.${code}` as MessageKey)}</option>
            ))}
          </SelectField>
          <TextField label={t('collab.reason')} name="reason" error={fieldError(problem, 'body.reason')} />
        </>
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

/**
 * What the need asks, in full where the reader may read it (its company, the ministry, a lab it
 * invited: a confidential need too); for anyone else the server sends its public fields only.
 */
function NeedText({ needId }: { needId: string }) {
  const { t, locale } = useI18n();
  const need = useApi(endpoints.need(needId)).data;
  if (!need || 'restricted' in need) return null;
  return (
    <section class="need-text" aria-labelledby="need-text-heading">
      <h2 id="need-text-heading">{t('collab.theNeed')}</h2>
      <p class="listing-text">{pickText(need.description, locale)}</p>
    </section>
  );
}

/** One collaboration: who, what, the contract and outcomes, the timeline, and the reader's next steps. */
export function CollaborationPage() {
  const { t, locale } = useI18n();
  const format = useFormat();
  const { params } = useRoute();
  const loaded = useApi(endpoints.collaboration(params.id ?? ''));
  const [open, setOpen] = useState<CollaborationAction>();
  const collaboration = loaded.data;
  const { state } = useSession();
  const me = state.status === 'signed-in' ? state.me : undefined;
  // The conversation is for the two parties; the ministry and admins read the rest of the page.
  const isParty =
    collaboration !== undefined &&
    me?.organisation != null &&
    ((me.user.role === 'company' && me.organisation.id === collaboration.need.organisationId) ||
      (me.user.role === 'researcher' && me.organisation.id === collaboration.lab.organisationId));
  const thread = useApi(isParty && collaboration ? endpoints.collaborationMessages(collaboration.id) : undefined);
  if (!collaboration) return <Loaded resource={loaded}>{() => null}</Loaded>;
  const act = async (payload: Transition) => {
    loaded.replace(await send(endpoints.transition(collaboration.id, payload)));
    setOpen(undefined);
  };

  return (
    <section class="narrow collaboration" data-status={collaboration.status}>
      <h1>{t('collab.heading')}</h1>
      <p>
        <strong>
          <a href={`/needs/${collaboration.need.id}`}>{collaboration.need.title}</a>
        </strong>{' '}
        ↔{' '}
        <strong>
          <a href={`/labs/${collaboration.lab.id}`}>{pickText(collaboration.lab.name, locale)}</a>
        </strong>
      </p>
      <p class="collaboration-status">{t('collab.status', { status: t(`status.${collaboration.status}` as MessageKey) })}</p>
      {collaboration.closingReasonCode && (collaboration.status === 'declined' || collaboration.status === 'cancelled') && (
        <p class="closing-reason">
          {t('collab.closedBecause', {
            reason: t(`${collaboration.status === 'declined' ? 'decline' : 'cancel'}Reason.${collaboration.closingReasonCode}` as MessageKey),
          })}
          {collaboration.closingReason && ` · ${collaboration.closingReason}`}
        </p>
      )}
      {collaboration.contract && (
        <p class="contract">
          {format.money(collaboration.contract.budgetKzt)} · {t(`funding.${collaboration.contract.fundingSource}` as MessageKey)} ·{' '}
          {collaboration.contract.endOn
            ? format.dateRange(collaboration.contract.startOn, collaboration.contract.endOn)
            : t('collab.from', { date: format.date(collaboration.contract.startOn) })}
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
      <NeedText needId={collaboration.need.id} />
      {isParty && (
        <Thread
          heading={t('thread.heading')}
          messages={thread.data?.items ?? []}
          send={(body) => send(endpoints.writeInCollaboration(collaboration.id, { body }))}
        />
      )}
      <h2>{t('collab.timeline')}</h2>
      <ol class="timeline">
        {collaboration.timeline.map((event) => (
          <li data-status={event.toStatus}>
            <time dateTime={event.occurredAt}>{format.dateTime(event.occurredAt)}</time> · <strong>{t(`status.${event.toStatus}` as MessageKey)}</strong>
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
  const list = useApi(endpoints.collaborations());
  return (
    <section>
      <h1>{t('nav.collaborations')}</h1>
      <Loaded resource={list} empty={t('collab.none')} isEmpty={({ items }) => items.length === 0}>
        {({ items }) => (
          <ul class="my-list">
            {items.map((item) => (
              <li class="card" data-id={item.id}>
                <a href={`/collaborations/${item.id}`}>
                  {item.need.title} ↔ {pickText(item.lab.name, locale)}
                </a>{' '}
                <span class="badge">{t(`status.${item.status}` as MessageKey)}</span>
              </li>
            ))}
          </ul>
        )}
      </Loaded>
    </section>
  );
}
