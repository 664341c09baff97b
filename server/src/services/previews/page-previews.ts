import { pickText, regions, sectors, type Locale } from '@kopir/shared';
import { unlessNotFound } from '../../errors.ts';
import type { ServiceContext } from '../context.ts';
import { getLab } from '../labs/get-lab.ts';
import { getNeed } from '../needs/get-need.ts';
import { getOrganisation } from '../organisations/get-organisation.ts';
import { listOrganisationListings } from '../organisations/list-listings.ts';
import { previewWords } from './preview-words.ts';

/** What a shared link shows before anyone opens it: the page's title and a line or two about it. */
export interface PagePreview {
  title: string;
  description: string;
  /** The page's path on the web client, for its canonical address. */
  path: string;
  /** Open Graph's `og:type`: a profile for a lab or an organisation, an article for a need. */
  type: 'profile' | 'article';
}

/** Longest description a preview carries; link previews show two or three lines at most. */
const DESCRIPTION_CHARS = 200;

/** `text` cut at a word boundary to fit a preview, with an ellipsis when cut. */
function previewText(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= DESCRIPTION_CHARS) return flat;
  const cut = flat.slice(0, DESCRIPTION_CHARS - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > DESCRIPTION_CHARS / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

const regionLabel = (code: string, locale: Locale) => regions.find((region) => region.code === code)?.labels[locale] ?? code;
const sectorLabel = (code: string, locale: Locale) => sectors.find((sector) => sector.code === code)?.labels[locale] ?? code;

/**
 * A preview is what anyone may see, whoever fetched the link: a link pasted into a chat is
 * unfurled by the chat's server, and the page it gets must not depend on a session it carried.
 */
const asAnyone = (ctx: ServiceContext): ServiceContext => ({ ...ctx, actor: null });

export async function labPreview({ ctx, input: { id, locale } }: { ctx: ServiceContext; input: { id: string; locale: Locale } }): Promise<PagePreview | null> {
  const lab = await unlessNotFound(getLab({ ctx: asAnyone(ctx), input: { id } }));
  if (!lab) return null;
  const words = previewWords[locale];
  return {
    title: `${pickText(lab.name, locale)} — ${pickText(lab.organisation.name, locale)} · ${words.product}`,
    description: previewText(`${regionLabel(lab.regionCode, locale)}. ${pickText(lab.description, locale)}`),
    path: `/labs/${lab.id}`,
    type: 'profile',
  };
}

/** A confidential need previews as its search hit shows it: its title, sectors and region, never its company or text. */
export async function needPreview({ ctx, input: { id, locale } }: { ctx: ServiceContext; input: { id: string; locale: Locale } }): Promise<PagePreview | null> {
  const need = await unlessNotFound(getNeed({ ctx: asAnyone(ctx), input: { id } }));
  if (!need) return null;
  const words = previewWords[locale];
  const where = `${words.sectors}: ${need.sectors.map((code) => sectorLabel(code, locale)).join(', ')} · ${regionLabel(need.regionCode, locale)}`;
  const description =
    'restricted' in need
      ? `${words.confidentialNeed} ${where}`
      : `${words.needBy(pickText(need.organisation.name, locale))}. ${where}. ${pickText(need.description, locale)}`;
  return { title: `${need.title} · ${words.product}`, description: previewText(description), path: `/needs/${need.id}`, type: 'article' };
}

export async function organisationPreview({
  ctx,
  input: { id, locale },
}: {
  ctx: ServiceContext;
  input: { id: string; locale: Locale };
}): Promise<PagePreview | null> {
  const organisation = await unlessNotFound(getOrganisation({ ctx: asAnyone(ctx), input: { id } }));
  if (!organisation) return null;
  const words = previewWords[locale];
  const { labs } = await listOrganisationListings({ ctx: asAnyone(ctx), input: { id } });
  const parts = [words.kinds[organisation.kind], organisation.city ?? regionLabel(organisation.regionCode, locale)];
  if (organisation.kind !== 'company') parts.push(words.labs(labs.length));
  return {
    title: `${pickText(organisation.name, locale)} · ${words.product}`,
    description: previewText(parts.join(' · ')),
    path: `/organisations/${organisation.id}`,
    type: 'profile',
  };
}
