import { useState } from 'preact/hooks';
import type { Lab } from '@kopir/shared';
import { send } from '../api/client.ts';
import { endpoints } from '../api/endpoints.ts';
import { useFormat } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { FormError } from './form.tsx';

/** On a stale lab's page: why search marks it, and the one button that says it is still current (editing it works too). */
export function StaleNotice({ lab, onConfirmed }: { lab: Lab; onConfirmed: (lab: Lab) => void }) {
  const { t } = useI18n();
  const format = useFormat();
  const [problem, setProblem] = useState<unknown>();
  const since = lab.confirmedAt && lab.confirmedAt > lab.updatedAt ? lab.confirmedAt : lab.updatedAt;
  const confirm = () => {
    setProblem(undefined);
    send(endpoints.confirmLab(lab.id)).then(onConfirmed, setProblem);
  };
  return (
    <aside class="card stale-notice" aria-labelledby="stale-heading">
      <h2 id="stale-heading">
        <span class="badge" data-stale="true">
          {t('lab.stale')}
        </span>
      </h2>
      <p>{t('lab.staleExplained', { date: format.date(since) })}</p>
      <button type="button" class="primary" onClick={confirm}>
        {t('lab.confirmCurrent')}
      </button>
      <FormError problem={problem} />
    </aside>
  );
}
