import { useState } from 'preact/hooks';
import type { ShortlistKind } from '@kopir/shared';
import { send } from '../api/client.ts';
import { endpoints } from '../api/endpoints.ts';
import { useApi } from '../api/use-api.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useAbilities } from '../session/session.tsx';
import { FormError } from './form.tsx';

/** The reader's shortlist, loaded once per page, and the way to change it; nothing for a reader who keeps none. */
export function useShortlist() {
  const allowed = useAbilities()?.keepShortlist === true;
  const list = useApi(allowed ? endpoints.shortlist() : undefined);
  const kept = new Set((list.data?.items ?? []).map((item) => `${item.kind}:${item.kind === 'lab' ? item.lab.id : item.need.id}`));
  return {
    allowed,
    list,
    has: (kind: ShortlistKind, id: string) => kept.has(`${kind}:${id}`),
    /** Adds or removes, then reloads the list, so every button on the page agrees with the server. */
    toggle: async (kind: ShortlistKind, id: string) => {
      await send(kept.has(`${kind}:${id}`) ? endpoints.dropFromShortlist(kind, id) : endpoints.keepOnShortlist(kind, id));
      list.retry();
    },
  };
}

type Shortlist = ReturnType<typeof useShortlist>;

/**
 * Keeps a lab or need on the reader's shortlist, or takes it off: the button says which it will do,
 * and (for a screen reader, among many on a search page) which item it is about.
 */
export function ShortlistButton({ shortlist, kind, id, name }: { shortlist: Shortlist; kind: ShortlistKind; id: string; name: string }) {
  const { t } = useI18n();
  const [problem, setProblem] = useState<unknown>();
  if (!shortlist.allowed) return null;
  const kept = shortlist.has(kind, id);
  return (
    <>
      <button
        type="button"
        class="shortlist-button"
        data-kept={kept}
        // The visible words first, then which item: what a speech user says is the start of the name.
        aria-label={`${t(kept ? 'shortlist.remove' : 'shortlist.add')}: ${name}`}
        onClick={() => {
          setProblem(undefined);
          shortlist.toggle(kind, id).catch(setProblem);
        }}
      >
        {t(kept ? 'shortlist.remove' : 'shortlist.add')}
      </button>
      <FormError problem={problem} />
    </>
  );
}
