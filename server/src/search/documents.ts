import type { labs, needs, organisations } from '@kopir/db';
import type { LabStatus, LocalizedText, NeedStatus, NeedVisibility, Taxonomy } from '@kopir/shared';
import { foldedTexts } from './query/folding.ts';

type OrganisationRow = Pick<typeof organisations.$inferSelect, 'id' | 'name' | 'verifiedAt' | 'version'>;

const organisationOf = (organisation: OrganisationRow): HitOrganisation => ({
  id: organisation.id,
  name: organisation.name,
  verified: organisation.verifiedAt !== null,
});

const flatten = (text: LocalizedText) => Object.values(text).filter(Boolean).join(' · ');

/** The capability labels of `codes` in all three languages, for matching across languages. */
function capabilityText(codes: string[], taxonomy: Taxonomy): string[] {
  const byCode = new Map(taxonomy.capabilities.map((capability) => [capability.code, capability]));
  return codes.flatMap((code) => {
    const capability = byCode.get(code);
    return capability ? Object.values(capability.labels) : [];
  });
}

/** A text in three languages as flat fields (`name_kk`, `name_ru`, `name_en`): Meilisearch weighs and tokenizes each field on its own. */
type Localized<P extends string> = { [K in `${P}_${'kk' | 'ru' | 'en'}`]: string | null };

const localized = <P extends string>(prefix: P, text: LocalizedText | null) =>
  ({ [`${prefix}_kk`]: text?.kk ?? null, [`${prefix}_ru`]: text?.ru ?? null, [`${prefix}_en`]: text?.en ?? null }) as Localized<P>;

/** The organisation as a search hit shows it. */
interface HitOrganisation {
  id: string;
  name: LocalizedText;
  verified: boolean;
}

/** A lab in the labs index. Times are Unix seconds, so Meilisearch can sort on them. */
export interface LabDocument extends Localized<'name'>, Localized<'description'> {
  id: string;
  version: number;
  /** The organisation's version: its name and verification are part of the document, so a rename makes it stale too. */
  organisationVersion: number;
  capabilities: string[];
  /** The capabilities' labels in all three languages. */
  capability_text: string[];
  sectors: string[];
  researchFields: string[];
  keywords: string[];
  equipment: string[];
  trlMin: number;
  trlMax: number;
  regionCode: string;
  territoryCode: string | null;
  status: LabStatus;
  organisationId: string;
  organisation: HitOrganisation;
  organisation_name: string;
  verified: boolean;
  updatedAt: number;
  /** Not edited or confirmed for a year and not confirmed since the reminder (filterable, shown as a badge). */
  stale: boolean;
  /** The texts above that contain Kazakh letters or ё, folded, so text typed without them finds them (see query/folding.ts). */
  folded_text: string[];
}

/** A need in the needs index; a confidential need has its public fields only, the rest empty (see `needDocument`). */
export interface NeedDocument extends Localized<'description'> {
  id: string;
  version: number;
  /** As in LabDocument. */
  organisationVersion: number;
  title: string;
  sectors: string[];
  regionCode: string;
  status: NeedStatus;
  visibility: NeedVisibility;
  publishedAt: number;
  capabilities: string[];
  capability_text: string[];
  researchFields: string[];
  trlTarget: number | null;
  territoryCode: string | null;
  organisationId: string | null;
  organisation: HitOrganisation | null;
  organisation_name: string | null;
  verified: boolean | null;
  deadlineOn: number | null;
  /** As in `LabDocument`. */
  folded_text: string[];
}

const textsOf = (text: LocalizedText | null) => [text?.kk, text?.ru, text?.en];

export function labDocument(lab: typeof labs.$inferSelect, organisation: OrganisationRow, taxonomy: Taxonomy): LabDocument {
  const capability_text = capabilityText(lab.capabilities, taxonomy);
  const organisation_name = flatten(organisation.name);
  return {
    id: lab.id,
    version: lab.version,
    organisationVersion: organisation.version,
    ...localized('name', lab.name),
    ...localized('description', lab.description),
    capabilities: lab.capabilities,
    capability_text,
    sectors: lab.sectors,
    researchFields: lab.researchFields,
    keywords: lab.keywords,
    equipment: lab.equipment,
    trlMin: lab.trlMin,
    trlMax: lab.trlMax,
    regionCode: lab.regionCode,
    territoryCode: lab.territoryCode,
    status: lab.status,
    organisationId: organisation.id,
    organisation: organisationOf(organisation),
    organisation_name,
    verified: organisation.verifiedAt !== null,
    updatedAt: Math.floor(lab.updatedAt.getTime() / 1000),
    stale: lab.staleSince !== null,
    folded_text: foldedTexts([...textsOf(lab.name), ...capability_text, ...lab.keywords, ...textsOf(lab.description), ...lab.equipment, organisation_name]),
  };
}

/**
 * A need as the index may hold it. A confidential need is indexed with its public fields only
 * (title, sectors, region, status): its description, capabilities, budget and company never
 * reach Meilisearch, so no search response can leak them.
 */
export function needDocument(need: typeof needs.$inferSelect, organisation: OrganisationRow, taxonomy: Taxonomy): NeedDocument {
  const base = {
    id: need.id,
    version: need.version,
    organisationVersion: organisation.version,
    title: need.title,
    sectors: need.sectors,
    regionCode: need.regionCode,
    status: need.status,
    visibility: need.visibility,
    publishedAt: Math.floor(need.publishedAt.getTime() / 1000),
  };
  if (need.visibility === 'confidential') {
    return {
      ...base,
      ...localized('description', null),
      capabilities: [],
      capability_text: [],
      researchFields: [],
      trlTarget: null,
      territoryCode: null,
      organisationId: null,
      organisation: null,
      organisation_name: null,
      verified: null,
      deadlineOn: null,
      folded_text: foldedTexts([need.title]),
    };
  }
  const capability_text = capabilityText(need.capabilities, taxonomy);
  const organisation_name = flatten(organisation.name);
  return {
    ...base,
    ...localized('description', need.description),
    capabilities: need.capabilities,
    capability_text,
    researchFields: need.researchFields,
    trlTarget: need.trlTarget,
    territoryCode: need.territoryCode,
    organisationId: organisation.id,
    organisation: organisationOf(organisation),
    organisation_name,
    verified: organisation.verifiedAt !== null,
    deadlineOn: need.deadlineOn ? Math.floor(new Date(need.deadlineOn).getTime() / 1000) : null,
    folded_text: foldedTexts([need.title, ...capability_text, ...textsOf(need.description), organisation_name]),
  };
}
