import type { ComponentChildren } from 'preact';
import { ApiError } from '../api/api-error.ts';
import type { Resource } from '../api/use-api.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useErrorText } from './error-text.ts';

// Asking again helps when the server or the network failed, or asked us to slow down; not when
// the request itself is refused (not signed in, not allowed, not found).
const worthRetrying = (error: unknown) => !(error instanceof ApiError) || error.status === 0 || error.status === 429 || error.status >= 500;

/** Why a page's data did not come, in the reader's language, and a button to ask again where that can help. */
export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useI18n();
  const text = useErrorText();
  return (
    <div class="load-error" role="alert" data-code={error instanceof ApiError ? error.code : undefined}>
      <p>{text(error)}</p>
      {worthRetrying(error) && (
        <button type="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}

/**
 * The one way a page shows data it loads: "Loading…" until it comes, the failure with a retry
 * button if it does not, `empty` when it came and holds nothing, else the page's own rendering.
 */
export function Loaded<T>(props: {
  resource: Omit<Resource<T>, 'replace'>;
  empty?: string;
  isEmpty?: (data: T) => boolean;
  children: (data: T) => ComponentChildren;
}) {
  const { t } = useI18n();
  const { resource, empty, isEmpty, children } = props;
  if (resource.status === 'idle') return null;
  if (resource.error) return <ErrorNotice error={resource.error} onRetry={resource.retry} />;
  if (resource.data === undefined) {
    return (
      <p class="hint" data-state="loading">
        {t('common.loading')}
      </p>
    );
  }
  if (empty !== undefined && isEmpty?.(resource.data)) return <p class="empty">{empty}</p>;
  return <>{children(resource.data)}</>;
}
