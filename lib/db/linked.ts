import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import { hydrate } from "./hydrate";

export type Linked<T> = T & { linkKey: string };

export interface LinkTable {
  /** Link table name. */
  table: string;
  /** Its column holding the target row's slug. */
  ownColumn: string;
  /** Its column holding the key the rows are grouped by. */
  keyColumn: string;
  /** Extra condition on the link table (alias l), a constant SQL literal. */
  condition?: string;
}

/**
 * Rows of `target` reached through a link table, each tagged with the key it was reached by: one
 * statement for any number of keys, and a row linked to several keys comes back once per key.
 */
export async function linkedRows<T extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<T>, link: LinkTable, keys: readonly string[]): Promise<Array<Linked<T>>> {
  const raws = await manager
    .createQueryBuilder()
    .select("t.*")
    .addSelect(`l.${link.keyColumn}`, "link_key")
    .from(target, "t")
    .innerJoin(link.table, "l", `l.${link.ownColumn} = t.slug${link.condition ? ` AND ${link.condition}` : ""}`)
    .where(`l.${link.keyColumn} IN (:...keys)`, { keys })
    .orderBy("t.position", "ASC")
    .getRawMany<Record<string, unknown>>();
  return raws.map((raw) => Object.assign(hydrate(manager, target, raw), { linkKey: String(raw.link_key) }));
}
