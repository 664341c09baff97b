import { useEffect, useState } from 'preact/hooks';
import { labSchema, needSchema, pickText } from '@kopir/shared';
import { z } from 'zod';
import { api } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useSession } from '../session/session.tsx';

const labList = z.object({ items: z.array(labSchema) });
const needList = z.object({ items: z.array(needSchema) });

/** A researcher's labs or a company's needs, each linking to its editor. */
export function MyCataloguePage({ kind }: { kind: 'labs' | 'needs' }) {
  const { t, locale } = useI18n();
  const session = useSession();
  const role = session.state.status === 'signed-in' ? session.state.me.user.role : undefined;
  const allowed = kind === 'labs' ? role === 'researcher' : role === 'company';
  const [items, setItems] = useState<{ id: string; title: string; status: string; confidential: boolean }[]>();

  useEffect(() => {
    if (!allowed) return;
    if (kind === 'labs')
      void api('GET', '/api/v1/my/labs', labList).then(({ items }) =>
        setItems(items.map((lab) => ({ id: lab.id, title: pickText(lab.name, locale), status: lab.status, confidential: false }))),
      );
    else
      void api('GET', '/api/v1/my/needs', needList).then(({ items }) =>
        setItems(items.map((need) => ({ id: need.id, title: need.title, status: need.status, confidential: need.visibility === 'confidential' }))),
      );
  }, [allowed, kind, locale]);

  if (session.state.status === 'loading') return <p>{t('common.loading')}</p>;
  if (!allowed) return <p>{t(kind === 'labs' ? 'catalogue.onlyResearchers' : 'catalogue.onlyCompanies')}</p>;
  return (
    <section>
      <h1>{t(kind === 'labs' ? 'nav.myLabs' : 'nav.myNeeds')}</h1>
      <p>
        <a class="button primary" href={`/my/${kind}/new`}>
          {t('catalogue.new')}
        </a>
      </p>
      {items?.length === 0 && <p>{t('catalogue.empty')}</p>}
      <ul class="my-list">
        {items?.map((item) => (
          <li class="card" data-id={item.id}>
            <a href={`/my/${kind}/${item.id}`}>{item.title}</a> <span class="badge">{t(`status.${item.status}` as 'status.open')}</span>
            {item.confidential && <span class="badge">{t('catalogue.confidential')}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
