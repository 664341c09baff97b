import { and, count, eq, inArray } from 'drizzle-orm';
import { collaborations, type DbOrTransaction } from '@kopir/db';

/** Completed collaborations per lab, for the labs asked about. */
export async function completedCollaborations(db: DbOrTransaction, labIds: string[]): Promise<Map<string, number>> {
  if (labIds.length === 0) return new Map();
  const rows = await db
    .select({ labId: collaborations.labId, completed: count() })
    .from(collaborations)
    .where(and(eq(collaborations.status, 'completed'), inArray(collaborations.labId, labIds)))
    .groupBy(collaborations.labId);
  return new Map(rows.map((row) => [row.labId, row.completed]));
}
