import { useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { pickText, regions } from '@kopir/shared';
import { send } from '../api/client.ts';
import { endpoints } from '../api/endpoints.ts';
import { useApi } from '../api/use-api.ts';
import { FormError, SelectField, TextField, useFieldError } from '../components/form.tsx';
import { usePrice } from '../components/instrument-list.tsx';
import { Fact } from '../components/listing-facts.tsx';
import { Loaded } from '../components/load-state.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useSession } from '../session/session.tsx';
import { useTaxonomy } from '../taxonomy/taxonomy.tsx';

/** The shared-equipment search: words, class and region live in the address, so a link brings the same results. */
export function EquipmentSearchPage() {
  const { t, locale } = useI18n();
  const { query, route } = useLocation();
  const { taxonomy, capabilityLabel, regionLabel } = useTaxonomy();
  const price = usePrice();
  const params = new URLSearchParams(Object.entries(query).filter(([, value]) => value !== ''));
  const results = useApi(endpoints.instruments(params.toString()), { keepPrevious: true });
  const onSubmit = (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const next = new URLSearchParams();
    for (const key of ['q', 'class', 'region']) {
      const value = String(form.get(key) ?? '');
      if (value) next.set(key, value);
    }
    route(`/equipment${next.size ? `?${next}` : ''}`);
  };
  const classes = [...(taxonomy?.capabilities ?? [])].sort((a, b) => a.labels[locale].localeCompare(b.labels[locale], locale));
  return (
    <section class="narrow">
      <h1>{t('equipment.heading')}</h1>
      <form class="search-form" aria-label={t('equipment.heading')} onSubmit={onSubmit}>
        <TextField label={t('equipment.searchLabel')} name="q" type="search" value={query.q ?? ''} />
        <SelectField label={t('equipment.class')} name="class" value={query.class ?? ''}>
          <option value="">{t('equipment.anyClass')}</option>
          {classes.map((entry) => (
            <option value={entry.code}>{entry.labels[locale]}</option>
          ))}
        </SelectField>
        <SelectField label={t('field.region')} name="region" value={query.region ?? ''}>
          <option value="">{t('equipment.anyRegion')}</option>
          {regions.map((region) => (
            <option value={region.code}>{region.labels[locale]}</option>
          ))}
        </SelectField>
        <button type="submit">{t('equipment.search')}</button>
      </form>
      <Loaded resource={results} empty={t('equipment.none')} isEmpty={(data) => data.hits.length === 0}>
        {(data) => (
          <>
            <p class="meta" aria-live="polite">
              {t('equipment.found', { count: data.total })}
            </p>
            <ul class="plain-list results">
              {data.hits.map((hit) => (
                <li key={hit.id} class="card" data-kind="instrument">
                  <a href={`/instruments/${hit.id}`}>{hit.model}</a>
                  <p class="meta">
                    {capabilityLabel(hit.classCode)} · {pickText(hit.organisation.name, locale)} · {regionLabel(hit.regionCode)}
                  </p>
                  <p>{price(hit.priceKzt, hit.priceUnit)}</p>
                </li>
              ))}
            </ul>
          </>
        )}
      </Loaded>
    </section>
  );
}

/** An instrument's page; a company asks for days of it here. */
export function InstrumentPage() {
  const { t, locale } = useI18n();
  const { params } = useRoute();
  const { state } = useSession();
  const { capabilityLabel, regionLabel } = useTaxonomy();
  const price = usePrice();
  const loaded = useApi(endpoints.instrument(params.id ?? ''));
  return (
    <Loaded resource={loaded}>
      {(instrument) => (
        <article class="narrow listing" data-kind="instrument" data-id={instrument.id}>
          <h1>{instrument.model}</h1>
          <p class="meta">
            <a href={`/organisations/${instrument.organisation.id}`}>{pickText(instrument.organisation.name, locale)}</a> · {regionLabel(instrument.regionCode)}
            {instrument.status === 'hidden' && (
              <>
                {' '}
                <span class="badge">{t('status.hidden')}</span>
              </>
            )}
          </p>
          <dl class="facts">
            <Fact label={t('equipment.class')}>{capabilityLabel(instrument.classCode)}</Fact>
            <Fact label={t('equipment.price')}>{price(instrument.priceKzt, instrument.priceUnit)}</Fact>
            <Fact label={t('equipment.location')}>{instrument.location}</Fact>
            {instrument.availability && <Fact label={t('equipment.availability')}>{instrument.availability}</Fact>}
            <Fact label={t('equipment.conditions')}>{pickText(instrument.conditions, locale)}</Fact>
          </dl>
          {state.status === 'signed-in' && state.me.can.bookInstruments && instrument.status === 'active' && <BookingForm instrumentId={instrument.id} />}
        </article>
      )}
    </Loaded>
  );
}

function BookingForm({ instrumentId }: { instrumentId: string }) {
  const { t } = useI18n();
  const { route } = useLocation();
  const fieldError = useFieldError();
  const [problem, setProblem] = useState<unknown>();
  const onSubmit = (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const endsOn = String(form.get('endsOn') ?? '');
    setProblem(undefined);
    send(
      endpoints.requestBooking(instrumentId, {
        startsOn: String(form.get('startsOn') ?? ''),
        ...(endsOn && { endsOn }),
        message: String(form.get('message') ?? ''),
      }),
    ).then((booking) => route(`/bookings/${booking.id}`), setProblem);
  };
  return (
    <form class="stack" aria-labelledby="booking-heading" onSubmit={onSubmit}>
      <h2 id="booking-heading">{t('equipment.requestBooking')}</h2>
      <TextField label={t('equipment.startsOn')} name="startsOn" type="date" required error={fieldError(problem, 'body.startsOn')} />
      <TextField label={t('equipment.endsOn')} name="endsOn" type="date" hint={t('equipment.endsOnHint')} error={fieldError(problem, 'body.endsOn')} />
      <label class="field" data-invalid={fieldError(problem, 'body.message') ? 'true' : undefined}>
        <span>{t('equipment.message')}</span>
        <textarea name="message" required rows={4} maxLength={2000} />
        {fieldError(problem, 'body.message') && <small class="error">{fieldError(problem, 'body.message')}</small>}
      </label>
      <FormError problem={problem} />
      <button type="submit">{t('equipment.sendRequest')}</button>
    </form>
  );
}
