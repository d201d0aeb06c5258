import type { ObjectLiteral, Repository, SelectQueryBuilder } from "typeorm";

export interface FirstPerGroupOptions<T extends ObjectLiteral> {
  /** The property rows are grouped by, e.g. `leadAgencyId`. */
  groupBy: keyof T & string;
  /** The groups wanted. */
  keys: readonly string[];
  /** Order within a group: property and direction. */
  orderBy: readonly [keyof T & string, "ASC" | "DESC"][];
  /** How many rows to keep per group. */
  limit: number;
  /** Extra conditions on the ranked rows (e.g. need-to-know), given the inner builder and its alias. */
  where?: (sub: SelectQueryBuilder<T>, alias: string) => SelectQueryBuilder<T>;
}

/**
 * The first `limit` rows of each of many groups in one statement: the rows are ranked by
 * ROW_NUMBER() OVER (PARTITION BY ...) in a derived table (SQLite 3.25+ and PostgreSQL) and
 * joined back to the entity. The caller adds the outer order.
 */
export function firstPerGroup<T extends ObjectLiteral>(
  repository: Repository<T>,
  alias: string,
  options: FirstPerGroupOptions<T>,
): SelectQueryBuilder<T> {
  const order = options.orderBy.map(([property, direction]) => `g.${property} ${direction}`).join(", ");
  return repository
    .createQueryBuilder(alias)
    .innerJoin(
      (sub) => {
        const ranked = sub
          .select("g.id", "ranked_id")
          .addSelect(`ROW_NUMBER() OVER (PARTITION BY g.${options.groupBy} ORDER BY ${order})`, "ranked_rn")
          .from(repository.target, "g")
          .where(`g.${options.groupBy} IN (:...rankedKeys)`, { rankedKeys: [...options.keys] }) as SelectQueryBuilder<T>;
        return options.where ? options.where(ranked, "g") : ranked;
      },
      "ranked",
      `ranked.ranked_id = ${alias}.id AND ranked.ranked_rn <= :rankedLimit`,
      { rankedLimit: options.limit },
    );
}
