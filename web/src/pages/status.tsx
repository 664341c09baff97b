import type { Readiness } from '@kopir/shared';
import { endpoints } from '../api/endpoints.ts';
import { useApi } from '../api/use-api.ts';
import { useI18n, type MessageKey } from '../i18n/i18n.tsx';

type State = { kind: 'checking' } | { kind: 'answered'; readiness: Readiness } | { kind: 'unreachable' };

const checkLabels: Record<keyof Readiness['checks'], MessageKey> = {
  postgres: 'status.check.postgres',
  migrations: 'status.check.migrations',
  meilisearch: 'status.check.meilisearch',
};

/** Shows `/ready` in words: overall state, then each dependency with its latency. */
export function StatusPage() {
  const { t } = useI18n();
  // A 503 from /ready is an answer (not ready); only no answer at all is "unreachable".
  const readiness = useApi(endpoints.readiness());
  const state: State = readiness.error ? { kind: 'unreachable' } : readiness.data ? { kind: 'answered', readiness: readiness.data } : { kind: 'checking' };
  const check = readiness.retry;

  return (
    <section>
      <h1>{t('status.heading')}</h1>
      <p>{t('status.intro')}</p>
      <p class="status-summary" role="status" data-state={state.kind === 'answered' ? String(state.readiness.ready) : state.kind}>
        {state.kind === 'checking' && t('status.checking')}
        {state.kind === 'unreachable' && t('status.unreachable')}
        {state.kind === 'answered' && t(state.readiness.ready ? 'status.ready' : 'status.notReady')}
      </p>
      {state.kind === 'answered' && (
        <table class="checks">
          <tbody>
            {(Object.keys(checkLabels) as (keyof Readiness['checks'])[]).map((name) => {
              const result = state.readiness.checks[name];
              return (
                <tr data-check={name} data-ok={String(result.ok)}>
                  <th scope="row">{t(checkLabels[name])}</th>
                  <td>{t(result.ok ? 'status.ok' : 'status.failed')}</td>
                  <td>{result.latencyMs !== undefined && t('status.latency', { ms: result.latencyMs })}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <button type="button" onClick={check}>
        {t('status.refresh')}
      </button>
    </section>
  );
}
