import { and, eq, inArray } from 'drizzle-orm';
import { instruments, type DbOrTransaction } from '@kopir/db';

/**
 * The instrument classes each organisation offers among `classes` (active instruments only): a
 * lab whose university lists a diffractometer can measure what a need asks of one, whether or not
 * the lab's own profile names it.
 */
export async function instrumentClassesByOrganisation(db: DbOrTransaction, classes: string[]): Promise<Map<string, string[]>> {
  const byOrganisation = new Map<string, string[]>();
  if (classes.length === 0) return byOrganisation;
  const rows = await db
    .selectDistinct({ organisationId: instruments.organisationId, classCode: instruments.classCode })
    .from(instruments)
    .where(and(eq(instruments.status, 'active'), inArray(instruments.classCode, classes)))
    .limit(1_000);
  for (const { organisationId, classCode } of rows) byOrganisation.set(organisationId, [...(byOrganisation.get(organisationId) ?? []), classCode]);
  return byOrganisation;
}
