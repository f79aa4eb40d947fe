import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";

/**
 * Builds an entity from a raw row (database column names). Used where one joined statement returns
 * the same entity several times, once per link, which TypeORM's entity mapping would merge.
 */
export function hydrate<T extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<T>, raw: Record<string, unknown>): T {
  const metadata = manager.connection.getMetadata(target);
  const entity = metadata.create() as T;
  for (const column of metadata.columns) {
    column.setEntityValue(entity, raw[column.databaseName]);
  }
  return entity;
}
