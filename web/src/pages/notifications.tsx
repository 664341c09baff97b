import { useEffect, useState } from 'preact/hooks';
import { pickText, type notificationListSchema } from '@kopir/shared';
import type { z } from 'zod';
import { send } from '../api/client.ts';
import { endpoints } from '../api/endpoints.ts';
import { useApi } from '../api/use-api.ts';
import { FormError } from '../components/form.tsx';
import { Loaded } from '../components/load-state.tsx';
import { useFormat } from '../i18n/format.ts';
import { useI18n, type MessageKey } from '../i18n/i18n.tsx';

type List = z.infer<typeof notificationListSchema>;
type Item = List['items'][number];

/** One notification in the reader's language, and where it leads. */
function useWording() {
  const { t, locale } = useI18n();
  const format = useFormat();
  return (item: Item): { text: string; href: string } => {
    // A thread is about a need (its title) or a lab (its name in the reader's language).
    const labName = 'labName' in item.payload && item.payload.labName ? pickText(item.payload.labName, locale) : '';
    const title = ('needTitle' in item.payload ? item.payload.needTitle : null) ?? labName;
    if (item.kind === 'question_received') return { text: t('notify.question', { title }), href: `/questions/${item.payload.questionId}` };
    if (item.kind === 'message_received')
      return {
        text: t('notify.message', { title }),
        href: `/${item.payload.thread === 'question' ? 'questions' : 'collaborations'}/${item.payload.threadId}`,
      };
    if (item.kind === 'proposal_received')
      return {
        text: t(item.payload.from === 'company' ? 'notify.invitation' : 'notify.proposal', { title }),
        href: `/collaborations/${item.payload.collaborationId}`,
      };
    if (item.kind === 'collaboration_updated')
      return {
        text: t('notify.updated', { title, status: t(`status.${item.payload.status}` as MessageKey) }),
        href: `/collaborations/${item.payload.collaborationId}`,
      };
    // A deadline near or passed leads to the need's editor, where it is extended.
    if (item.kind === 'need_deadline_near')
      return { text: t('notify.deadlineNear', { title, date: format.date(item.payload.deadlineOn) }), href: `/my/needs/${item.payload.needId}` };
    if (item.kind === 'need_closed_by_deadline')
      return { text: t('notify.closedByDeadline', { title, date: format.date(item.payload.deadlineOn) }), href: `/my/needs/${item.payload.needId}` };
    if (item.kind === 'lab_confirmation_due') return { text: t('notify.confirmLab', { name: labName }), href: `/my/labs/${item.payload.labId}` };
    if (item.kind === 'saved_search_match') {
      const { payload } = item;
      return 'labId' in payload
        ? { text: t('notify.savedSearch', { search: payload.searchName, name: pickText(payload.labName, locale) }), href: `/labs/${payload.labId}` }
        : { text: t('notify.savedSearch', { search: payload.searchName, name: payload.needTitle }), href: `/needs/${payload.needId}` };
    }
    // One notification names every lab of the reader's the need fits, best first; it leads to the best one.
    const labs = item.payload.labs.map((lab) => `${pickText(lab.name, locale)} (${Math.round(lab.score * 100)}%)`).join(', ');
    const best = item.payload.labs[0];
    return { text: t('notify.matching', { title, labs }), href: best ? `/my/labs/${best.labId}` : '/my/labs' };
  };
}

export function NotificationsPage() {
  const { t } = useI18n();
  const word = useWording();
  const list = useApi(endpoints.notifications());
  const [problem, setProblem] = useState<unknown>();
  const markAll = () => {
    setProblem(undefined);
    send(endpoints.markNotificationsRead()).then(list.replace, setProblem);
  };
  const format = useFormat();
  // Opening a notification reads it: it is marked on the way to what it announces.
  const open = (id: number) => void send(endpoints.markNotificationsRead([id])).catch(() => undefined);
  return (
    <section class="narrow">
      <h1>{t('nav.notifications')}</h1>
      {list.data && list.data.unread > 0 && (
        <button type="button" onClick={markAll}>
          {t('notify.markAllRead')}
        </button>
      )}
      <FormError problem={problem} />
      <Loaded resource={list} empty={t('notify.none')} isEmpty={({ items }) => items.length === 0}>
        {({ items }) => (
          <ul class="my-list notifications">
            {items.map((item) => {
              const { text, href } = word(item);
              return (
                <li class="card" data-kind={item.kind} data-read={String(item.read)}>
                  <a href={href} onClick={() => !item.read && open(item.id)}>
                    {text}
                  </a>{' '}
                  <small class="meta">{format.dateTime(item.createdAt)}</small>
                </li>
              );
            })}
          </ul>
        )}
      </Loaded>
    </section>
  );
}

/** The header's link to the notifications, with the unread count, refreshed every 30 s. */
export function NotificationLink() {
  const { t } = useI18n();
  const [unread, setUnread] = useState(0);
  useEffect(() => {
    const load = () =>
      // A badge that misses one poll shows the last count; the next poll tries again.
      void send(endpoints.notifications()).then(
        (list) => setUnread(list.unread),
        () => undefined,
      );
    load();
    const timer = setInterval(load, 30_000);
    return () => clearInterval(timer);
  }, []);
  return (
    <a href="/notifications" class="notification-link" data-unread={unread}>
      {t('nav.notifications')}
      {unread > 0 && (
        <span class="badge unread">
          <span aria-hidden="true">{unread}</span>
          <span class="visually-hidden">{t('notify.unread', { count: unread })}</span>
        </span>
      )}
    </a>
  );
}
