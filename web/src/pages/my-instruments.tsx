import { useState } from 'preact/hooks';
import { regions } from '@kopir/shared';
import { send } from '../api/client.ts';
import { endpoints } from '../api/endpoints.ts';
import { useApi } from '../api/use-api.ts';
import { FormError, SelectField, TextField, useFieldError } from '../components/form.tsx';
import { usePrice } from '../components/instrument-list.tsx';
import { Loaded } from '../components/load-state.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useSession } from '../session/session.tsx';
import { useTaxonomy } from '../taxonomy/taxonomy.tsx';

/** A researcher's organisation's instruments: listed, hidden or shown again, and a new one added. */
export function MyInstrumentsPage() {
  const { t, locale } = useI18n();
  const { state } = useSession();
  const { taxonomy, capabilityLabel } = useTaxonomy();
  const price = usePrice();
  const fieldError = useFieldError();
  const list = useApi(endpoints.myInstruments());
  const [problem, setProblem] = useState<unknown>();
  const reload = () => list.retry();
  const onSubmit = (event: Event) => {
    event.preventDefault();
    const formElement = event.currentTarget as HTMLFormElement;
    const form = new FormData(formElement);
    const text = (key: string) => String(form.get(key) ?? '').trim();
    setProblem(undefined);
    send(
      endpoints.createInstrument({
        classCode: text('classCode'),
        model: text('model'),
        location: text('location'),
        ...(text('regionCode') && { regionCode: text('regionCode') as (typeof regions)[number]['code'] }),
        conditions: { [locale]: text('conditions') },
        ...(text('priceKzt') && { priceKzt: text('priceKzt') }),
        priceUnit: text('priceUnit') === 'sample' ? 'sample' : 'hour',
        ...(text('availability') && { availability: text('availability') }),
      }),
    ).then(() => {
      formElement.reset();
      reload();
    }, setProblem);
  };
  const toggle = (id: string, status: 'active' | 'hidden') => void send(endpoints.updateInstrument(id, { status })).then(reload, setProblem);
  const classes = [...(taxonomy?.capabilities ?? [])].sort((a, b) => a.labels[locale].localeCompare(b.labels[locale], locale));
  if (state.status === 'signed-in' && !state.me.can.manageInstruments) return <p class="narrow">{t('equipment.whoLists')}</p>;
  return (
    <section class="narrow">
      <h1>{t('nav.myInstruments')}</h1>
      <Loaded resource={list} empty={t('equipment.noneOwn')} isEmpty={(data) => data.items.length === 0}>
        {(data) => (
          <ul class="plain-list">
            {data.items.map((instrument) => (
              <li key={instrument.id} class="card" data-status={instrument.status}>
                <a href={`/instruments/${instrument.id}`}>{instrument.model}</a>
                <p class="meta">
                  {capabilityLabel(instrument.classCode)} · {price(instrument.priceKzt, instrument.priceUnit)}
                  {instrument.status === 'hidden' && ` · ${t('status.hidden')}`}
                </p>
                <button type="button" class="secondary" onClick={() => toggle(instrument.id, instrument.status === 'active' ? 'hidden' : 'active')}>
                  {instrument.status === 'active' ? t('equipment.hide') : t('equipment.show')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </Loaded>
      <form class="stack" aria-labelledby="new-instrument" onSubmit={onSubmit}>
        <h2 id="new-instrument">{t('equipment.add')}</h2>
        <SelectField label={t('equipment.class')} name="classCode" required error={fieldError(problem, 'body.classCode')}>
          <option value="">{t('equipment.chooseClass')}</option>
          {classes.map((entry) => (
            <option value={entry.code}>{entry.labels[locale]}</option>
          ))}
        </SelectField>
        <TextField label={t('equipment.model')} name="model" required maxLength={200} error={fieldError(problem, 'body.model')} />
        <TextField label={t('equipment.location')} name="location" required maxLength={200} error={fieldError(problem, 'body.location')} />
        <SelectField label={t('field.region')} name="regionCode">
          <option value="">{t('equipment.organisationRegion')}</option>
          {regions.map((region) => (
            <option value={region.code}>{region.labels[locale]}</option>
          ))}
        </SelectField>
        <TextField label={t('equipment.conditions')} name="conditions" required maxLength={2000} error={fieldError(problem, 'body.conditions')} />
        <TextField label={t('equipment.priceKzt')} name="priceKzt" inputMode="numeric" error={fieldError(problem, 'body.priceKzt')} />
        <SelectField label={t('equipment.priceUnit')} name="priceUnit">
          <option value="hour">{t('equipment.perHour')}</option>
          <option value="sample">{t('equipment.perSample')}</option>
        </SelectField>
        <TextField label={t('equipment.availability')} name="availability" maxLength={2000} error={fieldError(problem, 'body.availability')} />
        <FormError problem={problem} />
        <button type="submit">{t('equipment.addButton')}</button>
      </form>
    </section>
  );
}
