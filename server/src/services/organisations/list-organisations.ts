import { and, count, desc, eq, ilike, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import { organisations, users } from '@kopir/db';
import type { OrganisationKind } from '@kopir/shared';
import type { ServiceContext } from '../context.ts';

export interface OrganisationFilters {
  q?: string;
  kind?: OrganisationKind;
  regionCode?: string;
  verified?: boolean;
  page: number;
  pageSize: number;
}

/** Escapes LIKE wildcards so a search for "50%" means the characters, not a pattern. */
const likeContains = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function whereOf(filters: OrganisationFilters): SQL | undefined {
  const conditions: (SQL | undefined)[] = [
    filters.kind ? eq(organisations.kind, filters.kind) : undefined,
    filters.regionCode ? eq(organisations.regionCode, filters.regionCode) : undefined,
    filters.verified === undefined ? undefined : filters.verified ? isNotNull(organisations.verifiedAt) : isNull(organisations.verifiedAt),
  ];
  if (filters.q) {
    const pattern = likeContains(filters.q);
    conditions.push(
      or(
        ilike(sql`${organisations.name}->>'kk'`, pattern),
        ilike(sql`${organisations.name}->>'ru'`, pattern),
        ilike(sql`${organisations.name}->>'en'`, pattern),
        ilike(organisations.shortName, pattern),
        ilike(sql`array_to_string(${organisations.aliases}, ' ')`, pattern),
        eq(organisations.bin, filters.q),
      ),
    );
  }
  return and(...conditions.filter((condition): condition is SQL => condition !== undefined));
}

/** Organisations matching the filters, newest first, one page, with each one's member count. */
export async function listOrganisations({ ctx, input: filters }: { ctx: ServiceContext; input: OrganisationFilters }) {
  const where = whereOf(filters);
  const memberCount = ctx.db.$count(users, eq(users.organisationId, organisations.id));
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select({ organisation: organisations, memberCount })
      .from(organisations)
      .where(where)
      .orderBy(desc(organisations.createdAt), organisations.id)
      .limit(filters.pageSize)
      .offset((filters.page - 1) * filters.pageSize),
    ctx.db.select({ total: count() }).from(organisations).where(where),
  ]);
  return { rows, total: total?.total ?? 0 };
}
