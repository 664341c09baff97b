import type { Report } from '@kopir/shared';
import { useI18n, type MessageKey } from '../i18n/i18n.tsx';

/** A report's state as a badge: not started, draft, submitted, published; late in red. */
export function ReportStatus({ status, isLate }: Pick<Report, 'status' | 'isLate'>) {
  const { t } = useI18n();
  return (
    <span class={`badge status-${status}`} data-status={status} data-late={String(isLate)}>
      {t(`reports.status.${status}` as MessageKey)}
      {isLate && ` · ${t('reports.late')}`}
    </span>
  );
}
