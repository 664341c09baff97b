import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { createLabSchema, createNeedSchema, organisationKindSchema, regionCodeSchema } from '@kopir/shared';

/**
 * The demo catalogue, kept as data in this folder (organisations.json, labs.json, needs.json) and
 * checked at load by the same schemas that guard the API, so a typo in the data fails the start
 * loudly instead of loading something the API would refuse. Where it comes from: README.md here.
 */
const organisationSchema = z.strictObject({
  kind: organisationKindSchema,
  name: z.strictObject({ kk: z.string().min(1), ru: z.string().min(1), en: z.string().min(1) }),
  shortName: z.string().optional(),
  aliases: z.array(z.string().min(1)).optional(),
  bin: z.string().optional(),
  regionCode: regionCodeSchema,
  city: z.string(),
  website: z.url().optional(),
  verified: z.boolean(),
});
// Labs and needs name their organisation by its English name, exactly as in organisations.json.
const labEntry = z.strictObject({ organisation: z.string(), lab: createLabSchema });
const needEntry = z.strictObject({ organisation: z.string(), need: createNeedSchema });

const read = <T extends z.ZodType>(file: string, schema: T): z.infer<T>[] => {
  const parsed = z.array(schema).safeParse(JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8')));
  if (!parsed.success) throw new Error(`server/src/demo/${file} does not fit its schema: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
};

/** The demo catalogue as the catalogue import takes it. A verified university's web domain counts as proven. */
export function demoCatalogue() {
  const organisations = read('organisations.json', organisationSchema).map((organisation) => ({
    ...organisation,
    key: organisation.name.en,
    ...(organisation.verified && organisation.website && { verifiedDomain: new URL(organisation.website).hostname.replace(/^www\./, '') }),
  }));
  return { organisations, labs: read('labs.json', labEntry), needs: read('needs.json', needEntry) };
}
